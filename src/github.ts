import type { Snapshot } from "./counters.js";
import type { Answer, GraphqlClient, GraphqlError } from "./github-client.js";
import { GitHubError } from "./github-client.js";
import type { Repository } from "./inputs.js";
import { checkSize, decodeText, FileError } from "./text-files.js";
import type { CommitLink } from "./update.js";

/** A commit as the snapshot sees it: enough to tell whether it is one the action made. */
export interface CommitInfo {
  readonly oid: string;
  readonly url: string;
  readonly headline: string;
  readonly parent: string | undefined;
}

/** What one query reads: the files at one commit of a branch, and that commit. */
export interface RemoteSnapshot extends Snapshot {
  readonly branch: string;
  readonly head: CommitInfo;
}

export interface SnapshotRequest {
  readonly repository: Repository;
  /** The branch to read; the default branch when undefined. */
  readonly branch: string | undefined;
  readonly paths: readonly string[];
  /** Paths that may be missing (a template's output that does not exist yet). */
  readonly optional: readonly string[];
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
  | { readonly kind: "lost"; readonly reason: string }
  /** A ruleset or branch protection refuses direct commits to the branch. */
  | { readonly kind: "guarded"; readonly message: string };

/** Everything readme-counters asks of GitHub; the rest of the code never sees GraphQL. */
export interface GitHub {
  readSnapshot(request: SnapshotRequest): Promise<RemoteSnapshot>;
  /** One verified commit of the files on top of `expectedHeadOid`. */
  commit(request: CommitRequest): Promise<CommitResult>;
}

export function gitHub(client: GraphqlClient): GitHub {
  return {
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

interface SnapshotData {
  readonly repository: {
    readonly createdAt: string;
    /** The branch's ref or the default branch's, under one alias. */
    readonly branch: {
      readonly name: string;
      readonly target: (CommitFields & { readonly [file: `f${number}`]: FileFields }) | null;
    } | null;
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
  // The blobs are read through the head commit itself, so the texts and the
  // oid that the commit will expect always belong together.
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${request.branch === undefined ? "" : ", $ref: String!"}${variables}) {
  repository(owner: $owner, name: $name) {
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
  }
}`;
}

function snapshotVariables(request: SnapshotRequest): Record<string, string> {
  const variables: Record<string, string> = { owner: request.repository.owner, name: request.repository.repo };
  if (request.branch !== undefined) variables.ref = `refs/heads/${request.branch}`;
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
  return { files, repoStart: new Date(repository.createdAt), branch, head: commitInfo(target) };
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
