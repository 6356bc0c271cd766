import type { CommitLink, PullRequestLink, Snapshot } from "../road.js";
import type { MergeMethod, Repository } from "../settings.js";
import { checkSize, decodeText, FileError } from "../text-files.js";
import { type Answer, type GitHubClient, GitHubError, type GraphqlError } from "./client.js";

/** A commit as the snapshot sees it: enough to tell whether it is one the action made. */
export interface CommitInfo {
  readonly oid: string;
  readonly url: string;
  readonly headline: string;
  readonly parent: string | undefined;
}

/** What one query reads: the files at the head of a branch, and that commit. */
export interface RemoteSnapshot extends Snapshot {
  readonly branch: string;
  readonly head: CommitInfo;
  /** Read when the request names a pull-request branch. */
  readonly pullRequest?: PullRequestSide;
}

/** Where the action's pull request stands, read in the same query. */
export interface PullRequestSide {
  readonly repositoryId: string;
  readonly autoMergeAllowed: boolean;
  /** The pull-request branch, when it exists. */
  readonly branch: PullRequestBranch | undefined;
  /** The scratch branch's ref id, when a failed run left it behind. */
  readonly scratchId: string | undefined;
  /** The open pull request from the branch into the base, when there is one. */
  readonly open: (PullRequestLink & { readonly id: string }) | undefined;
}

export interface PullRequestBranch {
  readonly id: string;
  readonly head: CommitInfo;
  /** How many commits the branch holds that the base does not. */
  readonly aheadBy: number;
  /** The files at its head, at the snapshot's paths; undefined where missing. */
  readonly files: ReadonlyMap<string, string | undefined>;
}

export interface SnapshotRequest {
  readonly repository: Repository;
  /** The branch to read; the default branch when undefined. */
  readonly branch: string | undefined;
  readonly paths: readonly string[];
  /** Paths that may be missing (a template's output that does not exist yet). */
  readonly optional: readonly string[];
  /** The pull-request branch and its scratch branch, to read with the base (`branch` must be set then). */
  readonly pullRequest?: { readonly branch: string; readonly scratch: string };
}

export interface CommitRequest {
  readonly repository: Repository;
  readonly branch: string;
  readonly expectedHeadOid: string;
  readonly message: string;
  readonly files: ReadonlyArray<{ readonly path: string; readonly text: string }>;
}

export type CommitResult =
  | { readonly kind: "committed"; readonly commit: CommitLink }
  /** The branch no longer points at `expectedHeadOid`. */
  | { readonly kind: "stale" }
  /** The answer was lost: the commit may or may not have landed. */
  | Lost
  /** A ruleset or branch protection refuses direct commits to the branch. */
  | { readonly kind: "guarded"; readonly message: string };

/** A mutation's answer that never came: read again to know what happened. */
export interface Lost {
  readonly kind: "lost";
  readonly reason: string;
}

/** Everything readme-counters asks of GitHub; the rest of the code never sees GraphQL. */
export interface GitHub {
  /** The name of the repository's default branch. */
  defaultBranch(repository: Repository): Promise<string>;
  readSnapshot(request: SnapshotRequest): Promise<RemoteSnapshot>;
  /** One verified commit of the files on top of `expectedHeadOid`. */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** A new branch at `oid`; its ref id. */
  createBranch(repositoryId: string, name: string, oid: string): Promise<{ readonly id: string } | Lost>;
  /** Points a branch of the action's own at `oid`, whatever it held (force). */
  moveBranch(refId: string, oid: string): Promise<undefined | Lost>;
  /** Points a branch at `oid` (force) and deletes another, in one request. */
  moveAndDelete(refId: string, oid: string, deleteRefId: string): Promise<undefined | Lost>;
  openPullRequest(request: PullRequestRequest): Promise<(PullRequestLink & { readonly id: string }) | Lost | "exists">;
  /** Auto-merge with `method`; "clean" when there is nothing left to wait for; a warning when GitHub refuses. */
  enableAutoMerge(
    pullRequestId: string,
    method: MergeMethod,
  ): Promise<"enabled" | "clean" | { readonly warning: string }>;
  /** Merges now with `method`; a warning when GitHub refuses. */
  merge(pullRequestId: string, method: MergeMethod): Promise<"merged" | Lost | { readonly warning: string }>;
}

export interface PullRequestRequest {
  readonly repositoryId: string;
  readonly base: string;
  readonly head: string;
  readonly title: string;
  readonly body: string;
}

export function gitHub(client: GitHubClient): GitHub {
  return {
    async defaultBranch(repository) {
      const answer = await client.query<{ repository: { defaultBranchRef: { name: string } | null } | null }>(
        "query ReadmeCountersDefaultBranch($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name } } }",
        { owner: repository.owner, name: repository.repo },
      );
      const name = dataOf(answer, repository).repository?.defaultBranchRef?.name;
      if (name === undefined) {
        throw new GitHubError(
          `Repository ${repository.owner}/${repository.repo} has no default branch, or the token cannot see it`,
        );
      }
      return name;
    },

    async readSnapshot(request) {
      const answer = await client.query<SnapshotData>(snapshotQuery(request), snapshotVariables(request));
      return snapshotFrom(dataOf(answer, request.repository), request);
    },

    async commit(request) {
      const answer = await client.mutate<CommitData>(COMMIT_MUTATION, { input: commitInput(request) });
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        if (hasType(answer.errors, "STALE_DATA") || /Expected branch to point to/.test(text(answer.errors))) {
          return { kind: "stale" };
        }
        if (isGuarded(answer.errors)) return { kind: "guarded", message: firstLine(text(answer.errors)) };
        throw refusal(answer.errors, `commit to ${request.branch}`, "contents: write");
      }
      const commit = answer.data.createCommitOnBranch?.commit;
      if (!commit) throw new GitHubError(`GitHub did not return the commit on ${request.branch}`);
      return { kind: "committed", commit: { sha: commit.oid, url: commit.url } };
    },

    async createBranch(repositoryId, name, oid) {
      const answer = await client.mutate<{ createRef: { ref: { id: string } | null } | null }>(
        `mutation ReadmeCountersCreateBranch($input: CreateRefInput!) { createRef(input: $input) { ref { id } } }`,
        { input: { repositoryId, name: `refs/heads/${name}`, oid } },
      );
      const id = dataOrLost(answer, `create branch ${name}`, "contents: write")?.createRef?.ref?.id;
      if (typeof id === "string") return { id };
      if (answer.kind === "lost") return answer;
      throw new GitHubError(`GitHub did not return branch ${name}`);
    },

    async moveBranch(refId, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveBranch($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }`,
        { input: { refId, oid, force: true } },
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : undefined;
    },

    async moveAndDelete(refId, oid, deleteRefId) {
      // Two mutations in one request run in order: the pull request's branch takes the new commit,
      // then the scratch branch that held it goes.
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveAndDelete($move: UpdateRefInput!, $delete: DeleteRefInput!) {
  updateRef(input: $move) { ref { id } }
  deleteRef(input: $delete) { clientMutationId }
}`,
        { move: { refId, oid, force: true }, delete: { refId: deleteRefId } },
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : undefined;
    },

    async openPullRequest(request) {
      const answer = await client.mutate<{
        createPullRequest: { pullRequest: { id: string; number: number; url: string } | null } | null;
      }>(
        `mutation ReadmeCountersOpenPullRequest($input: CreatePullRequestInput!) {
  createPullRequest(input: $input) { pullRequest { id number url } }
}`,
        {
          input: {
            repositoryId: request.repositoryId,
            baseRefName: request.base,
            headRefName: request.head,
            title: request.title,
            body: request.body,
          },
        },
      );
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        const said = text(answer.errors);
        if (/A pull request already exists/i.test(said)) return "exists";
        if (/not permitted to create or approve pull requests/i.test(said)) {
          throw new GitHubError(
            `GitHub refused to open the pull request (${firstLine(said)}): turn on the repository setting ` +
              '"Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions), or pass a GitHub App token',
          );
        }
        throw refusal(
          answer.errors,
          `open a pull request from ${request.head} into ${request.base}`,
          "pull-requests: write",
        );
      }
      const pullRequest = answer.data.createPullRequest?.pullRequest;
      if (!pullRequest) throw new GitHubError(`GitHub did not return the pull request from ${request.head}`);
      return pullRequest;
    },

    async enableAutoMerge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersAutoMerge($input: EnablePullRequestAutoMergeInput!) {
  enablePullRequestAutoMerge(input: $input) { pullRequest { id } }
}`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } },
      );
      if (answer.kind === "data") return "enabled";
      if (answer.kind === "lost")
        return { warning: `GitHub's answer to enabling auto-merge was lost (${answer.reason})` };
      const said = firstLine(text(answer.errors));
      if (/clean status/i.test(said)) return "clean";
      if (/auto.?merge is not allowed/i.test(said)) {
        return {
          warning: `auto-merge is not allowed in this repository (${said}): turn on "Allow auto-merge" in Settings → General → Pull Requests; the pull request is open`,
        };
      }
      return { warning: `GitHub did not enable auto-merge (${said}); the pull request is open` };
    },

    async merge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMerge($input: MergePullRequestInput!) { mergePullRequest(input: $input) { pullRequest { id } } }`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } },
      );
      if (answer.kind === "data") return "merged";
      if (answer.kind === "lost") return answer;
      return { warning: `GitHub did not merge the pull request (${firstLine(text(answer.errors))}); it is open` };
    },
  };
}

interface BlobFields {
  readonly text: string | null;
  readonly isBinary: boolean | null;
  readonly byteSize: number;
  readonly isTruncated: boolean;
}

type FileFields = { readonly object: BlobFields | null } | null;

interface CommitFields {
  readonly oid: string;
  readonly url: string;
  readonly messageHeadline: string;
  readonly parents: { readonly nodes: ReadonlyArray<{ readonly oid: string } | null> | null };
}

type CommitWithFiles = CommitFields & { readonly [file: `f${number}`]: FileFields };

interface SnapshotData {
  readonly repository: {
    readonly id: string;
    readonly createdAt: string;
    readonly autoMergeAllowed?: boolean;
    /** The branch's ref or the default branch's, under one alias. */
    readonly branch: {
      readonly name: string;
      readonly target: CommitWithFiles | null;
    } | null;
    /** Its comparison with the base counts the commits the base lacks as behindBy (the base is the head there). */
    readonly pullRequestBranch?: {
      readonly id: string;
      readonly compare: { readonly behindBy: number } | null;
      readonly target: CommitWithFiles | null;
    } | null;
    readonly scratchBranch?: { readonly id: string } | null;
    readonly pullRequests?: {
      readonly nodes: ReadonlyArray<{
        readonly id: string;
        readonly number: number;
        readonly url: string;
      } | null> | null;
    };
  } | null;
}

interface CommitData {
  readonly createCommitOnBranch: { readonly commit: { readonly oid: string; readonly url: string } | null } | null;
}

const COMMIT_FIELDS = "oid url messageHeadline parents(first: 1) { nodes { oid } }";

function snapshotQuery(request: SnapshotRequest): string {
  const variables = request.paths.map((_, index) => `, $p${index}: String!`).join("");
  const files = request.paths
    .map(
      (_, index) =>
        `f${index}: file(path: $p${index}) { object { ... on Blob { text isBinary byteSize isTruncated } } }`,
    )
    .join("\n          ");
  const ref = request.branch === undefined ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  const pullRequest = request.pullRequest
    ? `autoMergeAllowed
    pullRequestBranch: ref(qualifiedName: $pullRequestRef) {
      id
      compare(headRef: $base) { behindBy }
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    scratchBranch: ref(qualifiedName: $scratchRef) { id }
    pullRequests(headRefName: $pullRequestBranch, baseRefName: $base, states: [OPEN], first: 1) { nodes { id number url } }`
    : "";
  const declared = [
    request.branch === undefined ? "" : ", $ref: String!",
    request.pullRequest
      ? ", $base: String!, $pullRequestBranch: String!, $pullRequestRef: String!, $scratchRef: String!"
      : "",
  ].join("");
  // The blobs are read through the head commit itself, so the texts and the
  // oid that the commit will expect always belong together.
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${declared}${variables}) {
  repository(owner: $owner, name: $name) {
    id
    createdAt
    branch: ${ref} {
      name
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    ${pullRequest}
  }
}`;
}

function snapshotVariables(request: SnapshotRequest): Record<string, string> {
  const variables: Record<string, string> = { owner: request.repository.owner, name: request.repository.repo };
  if (request.branch !== undefined) variables.ref = `refs/heads/${request.branch}`;
  if (request.pullRequest && request.branch !== undefined) {
    variables.base = request.branch;
    variables.pullRequestBranch = request.pullRequest.branch;
    variables.pullRequestRef = `refs/heads/${request.pullRequest.branch}`;
    variables.scratchRef = `refs/heads/${request.pullRequest.scratch}`;
  }
  for (const [index, path] of request.paths.entries()) variables[`p${index}`] = path;
  return variables;
}

function snapshotFrom(data: SnapshotData, request: SnapshotRequest): RemoteSnapshot {
  const { owner, repo } = request.repository;
  const repository = data.repository;
  if (!repository) throw new GitHubError(`Repository ${owner}/${repo} was not found, or the token cannot see it`);
  const target = repository.branch?.target;
  if (!repository.branch || !target) {
    throw new GitHubError(
      request.branch === undefined
        ? `Repository ${owner}/${repo} has no default branch yet: push a first commit`
        : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`,
    );
  }
  const branch = repository.branch.name;
  const files = new Map<string, string | undefined>();
  for (const [index, path] of request.paths.entries()) {
    const blob = target[`f${index}`]?.object;
    if (blob) files.set(path, blobText(path, blob));
    else if (request.optional.includes(path)) files.set(path, undefined);
    else throw new FileError(path, `not found on branch ${branch} of ${owner}/${repo}: check the files input`);
  }
  const snapshot = { files, repoStart: new Date(repository.createdAt), branch, head: commitInfo(target) };
  if (!request.pullRequest) return snapshot;
  const pullRequestTarget = repository.pullRequestBranch?.target;
  const open = repository.pullRequests?.nodes?.[0] ?? undefined;
  return {
    ...snapshot,
    pullRequest: {
      repositoryId: repository.id,
      autoMergeAllowed: repository.autoMergeAllowed ?? false,
      branch:
        repository.pullRequestBranch && pullRequestTarget
          ? {
              id: repository.pullRequestBranch.id,
              head: commitInfo(pullRequestTarget),
              aheadBy: repository.pullRequestBranch.compare?.behindBy ?? 0,
              files: new Map(
                request.paths.map((path, index) => {
                  const blob = pullRequestTarget[`f${index}`]?.object;
                  return [path, blob ? blobText(path, blob) : undefined];
                }),
              ),
            }
          : undefined,
      scratchId: repository.scratchBranch?.id,
      open: open ?? undefined,
    },
  };
}

function commitInfo(commit: CommitFields): CommitInfo {
  return {
    oid: commit.oid,
    url: commit.url,
    headline: commit.messageHeadline,
    parent: commit.parents.nodes?.[0]?.oid,
  };
}

function blobText(path: string, blob: BlobFields): string {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  checkSize(path, blob.byteSize);
  if (blob.isTruncated || blob.text === null) throw new FileError(path, "could not be read whole from GitHub");
  return decodeText(path, Buffer.from(blob.text, "utf8"));
}

const COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/** No author: GitHub then signs the commit itself, and shows it as Verified. */
function commitInput(request: CommitRequest) {
  const [headline = "", ...body] = request.message.split("\n");
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch,
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body.join("\n").trim() ? { headline, body: body.join("\n").trim() } : { headline },
    fileChanges: {
      additions: request.files.map(({ path, text }) => ({
        path,
        contents: Buffer.from(text, "utf8").toString("base64"),
      })),
    },
  };
}

/** The data of a query's answer; its errors said in one line. */
function dataOf<T>(answer: Answer<T>, repository: Repository): T {
  if (answer.kind === "data") return answer.data;
  if (answer.kind === "lost") throw new GitHubError(`GitHub's answer was lost (${answer.reason})`);
  const { owner, repo } = repository;
  if (hasType(answer.errors, "NOT_FOUND")) {
    throw new GitHubError(
      `GitHub found no repository ${owner}/${repo} that this token can see (${firstLine(text(answer.errors))}): check the repository input and the token`,
    );
  }
  throw refusal(answer.errors, `read ${owner}/${repo}`, "contents: read");
}

/** A mutation's data, undefined when its answer was lost; GitHub's refusal said in one line. */
function dataOrLost<T>(answer: Answer<T>, action: string, permission: string): T | undefined {
  if (answer.kind === "errors") throw refusal(answer.errors, action, permission);
  return answer.kind === "data" ? answer.data : undefined;
}

function isGuarded(errors: readonly GraphqlError[]): boolean {
  return /Repository rule violations found|protected branch/i.test(text(errors));
}

/** A refusal of `action`, with the permission it needs when that is what is missing. */
function refusal(errors: readonly GraphqlError[], action: string, permission: string): GitHubError {
  const said = firstLine(text(errors));
  if (hasType(errors, "FORBIDDEN") || /Resource not accessible by integration/.test(said)) {
    return new GitHubError(
      `GitHub refused to ${action} (${said}): give the job \`permissions: ${permission}\`, or for another repository a token that may`,
    );
  }
  return new GitHubError(`GitHub refused to ${action}: ${said}`);
}

function hasType(errors: readonly GraphqlError[], type: string): boolean {
  return errors.some((error) => error.type === type);
}

function text(errors: readonly GraphqlError[]): string {
  return errors.map((error) => error.message).join("\n");
}

function firstLine(message: string): string {
  return message.trim().split("\n")[0] ?? "";
}
