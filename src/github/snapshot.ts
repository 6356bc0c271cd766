import picomatch from "picomatch";
import { isGlob, matchFiles } from "../file-patterns.js";
import { NO_README, notMarkdown, README_FOLDERS, shownReadme } from "../readme.js";
import type { PullRequestLink, Snapshot } from "../road.js";
import type { Repository, RepositoryReference } from "../settings.js";
import { checkSize, decodeText, FileError } from "../text-files.js";
import { type GitHubClient, GitHubError } from "./client.js";
import { groupsOf } from "./groups.js";
import { dataOf } from "./refusals.js";
import { type DateData, dateFields, datesOf, withoutRefusedDates } from "./repository-dates.js";

/** A commit as the snapshot sees it: enough to tell whether it is one the action made. */
export interface CommitInfo {
  readonly oid: string;
  readonly url: string;
  readonly headline: string;
  readonly parent: string | undefined;
}

/** The files at the head of a branch, that commit, and what else the sinks need, read together. */
export interface RemoteSnapshot extends Snapshot {
  readonly branch: string;
  readonly head: CommitInfo;
  /** Read when the request names a pull-request branch. */
  readonly pullRequest?: PullRequestSide;
  /** The default branch and when its last commit was made, for keep-alive. */
  readonly defaultBranch: { readonly name: string; readonly committedDate: Date } | undefined;
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
  readonly open: OpenPullRequest | undefined;
  /** What requires status checks on the base, when something does: a ruleset, or classic branch protection. */
  readonly requiredChecks: "ruleset" | "branch protection" | undefined;
}

export interface OpenPullRequest extends PullRequestLink {
  readonly id: string;
  /** Who opened it: `github-actions` for GITHUB_TOKEN; undefined for a deleted account. */
  readonly author: string | undefined;
  /** Whether auto-merge is enabled on it, waiting for what the base requires. */
  readonly autoMerge: boolean;
}

export interface PullRequestBranch {
  readonly id: string;
  readonly head: CommitInfo;
  /** How many commits the branch holds that the base does not. */
  readonly aheadBy: number;
  /** Those commits, oldest first (the first hundred). */
  readonly ahead: ReadonlyArray<{ readonly headline: string; readonly parent: string | undefined }>;
  /** The git blob oid of each file at its head, at the snapshot's paths; undefined where missing. */
  readonly blobs: ReadonlyMap<string, string | undefined>;
}

export interface SnapshotRequest {
  readonly repository: Repository;
  /** The branch to read; the default branch when undefined. */
  readonly branch: string | undefined;
  /** Paths and globs; empty: the README GitHub shows. */
  readonly paths: readonly string[];
  /** Paths that may be missing (a template's output that does not exist yet). */
  readonly optional: readonly string[];
  /** What the `dates` lines name in the repository, by NAME, read with the latest release in the first query. */
  readonly repositoryDates: ReadonlyMap<string, RepositoryReference>;
  /** The pull-request branch and its scratch branch, to read with the base (`branch` must be set then). */
  readonly pullRequest?: { readonly branch: string; readonly scratch: string };
}

/**
 * How many files one query reads, and how much of their text: GitHub
 * documents no limit on aliases, but a query must answer within 10 s.
 */
export const FILES_PER_QUERY = 100;
const TEXT_BYTES_PER_QUERY = 10 * 1024 * 1024;
/** GitHub's GraphQL API cuts Blob.text here and sets isTruncated; the REST git blobs API gives the whole blob. */
const BLOB_TEXT_BYTES = 512_000;
/** The spellings of a README that the snapshot query asks for, so that the usual ones cost no second query. */
const LIKELY_README_NAMES = ["README.md", "readme.md", "Readme.md", "README"];
const READS_OF_A_MOVING_BRANCH = 3;

/**
 * Reads a branch's snapshot in as few requests as GitHub's limits allow:
 * - listed paths: one query, which also reads the commit, the repository's
 *   creation time and the pull request's side;
 * - no paths: the same query also lists the folders GitHub looks in for the
 *   README it shows, and reads its likely spellings (one more query for an
 *   unusual one);
 * - globs: the branch's tree through the REST git trees API (its subtrees
 *   one by one where GitHub truncates it), then the matched files, up to
 *   FILES_PER_QUERY a query, pinned to the head commit the first one read;
 * - a blob over 512,000 bytes, which GraphQL truncates: the REST git blobs API.
 */
export async function readSnapshot(client: GitHubClient, asked: SnapshotRequest): Promise<RemoteSnapshot> {
  const globs = asked.paths.some(isGlob);
  // The trees API takes a branch by its name, which must then be known.
  const request =
    globs && asked.branch === undefined ? { ...asked, branch: await defaultBranch(client, asked.repository) } : asked;
  const where = (branch: string) => `branch ${branch} of ${request.repository.owner}/${request.repository.repo}`;
  for (let read = 1; ; read++) {
    const tree = globs && request.branch !== undefined ? await branchTree(client, request, request.branch) : undefined;
    const paths = tree
      ? matchFiles(request.paths, [...tree.blobs.keys()], where(request.branch ?? ""))
      : request.paths.length > 0
        ? request.paths
        : README_FOLDERS.flatMap((folder) =>
            LIKELY_README_NAMES.map((name) => (folder === "" ? name : `${folder}/${name}`)),
          );
    // The first query reads the head and the repository even when there is no file to read.
    const batches = batchesOf(paths, tree);
    const { answer, refused } = withoutRefusedDates(
      await client.query<FirstData>(firstQuery(request, batches[0] ?? []), {
        ...firstVariables(request),
        ...pathVariables(batches[0] ?? []),
      }),
    );
    const repository = dataOf(answer, request.repository).repository;
    const target = repository?.branch?.target;
    if (!repository?.branch || !target) throw missingBranch(request);
    // The tree was listed a moment before the query read the head: a push in between moved the branch.
    if (tree && target.tree.oid !== tree.oid) {
      if (read === READS_OF_A_MOVING_BRANCH)
        throw new GitHubError(`${where(repository.branch.name)} kept moving while it was read`);
      continue;
    }
    const blobs = new Map<string, BlobFields | undefined>();
    const pullRequestBlobs = new Map<string, string | undefined>();
    collect(batches[0] ?? [], target, repository.pullRequestBranch?.target, blobs, pullRequestBlobs);
    for (const batch of batches.slice(1)) {
      const more = await query<LaterData>(client, request, laterQuery(request, batch), {
        owner: request.repository.owner,
        name: request.repository.repo,
        head: target.oid,
        ...(request.pullRequest && { pullRequestHead: repository.pullRequestBranch?.target?.oid ?? target.oid }),
        ...pathVariables(batch),
      });
      collect(
        batch,
        more.repository?.head ?? {},
        more.repository?.pullRequestHead ?? undefined,
        blobs,
        pullRequestBlobs,
      );
    }

    const branch = repository.branch.name;
    let readme: string | undefined;
    if (request.paths.length === 0) {
      readme = shownReadme(
        new Map([
          ["", namesOf(target.tree.entries)],
          [".github", namesOf(repository.readmeGithub?.entries)],
          ["docs", namesOf(repository.readmeDocs?.entries)],
        ]),
      );
      if (readme === undefined) throw new FileError("README", `${NO_README} (${where(branch)})`);
      const notCountable = notMarkdown(readme);
      if (notCountable) throw new FileError(readme, notCountable);
      if (!blobs.has(readme)) {
        const more = await query<LaterData>(client, request, laterQuery(request, [readme]), {
          owner: request.repository.owner,
          name: request.repository.repo,
          head: target.oid,
          ...(request.pullRequest && { pullRequestHead: repository.pullRequestBranch?.target?.oid ?? target.oid }),
          ...pathVariables([readme]),
        });
        collect(
          [readme],
          more.repository?.head ?? {},
          more.repository?.pullRequestHead ?? undefined,
          blobs,
          pullRequestBlobs,
        );
      }
    }

    const files = new Map<string, string | undefined>();
    for (const path of readme === undefined ? paths : [readme]) {
      const blob = blobs.get(path);
      if (blob) files.set(path, await blobText(client, request.repository, path, blob));
      else if (request.optional.includes(path)) files.set(path, undefined);
      else throw new FileError(path, `not found on ${where(branch)}: check the files input`);
    }
    return {
      files,
      repoStart: new Date(repository.createdAt),
      repositoryDates: datesOf(repository, request.repositoryDates, refused),
      branch,
      head: commitInfo(target),
      defaultBranch: lastCommitOf(repository.defaultBranch),
      ...(readme !== undefined && { readme }),
      ...(request.pullRequest && { pullRequest: pullRequestSide(repository, pullRequestBlobs, files) }),
    };
  }
}

/** The name of the repository's default branch: one query. */
export async function defaultBranch(client: GitHubClient, repository: Repository): Promise<string> {
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
}

interface BlobFields {
  readonly oid: string;
  readonly text: string | null;
  readonly isBinary: boolean | null;
  readonly byteSize: number;
  readonly isTruncated: boolean;
}

type FileFields = { readonly object: BlobFields | null } | null;
type OidFields = { readonly oid: string } | null;

interface CommitFields {
  readonly oid: string;
  readonly url: string;
  readonly messageHeadline: string;
  readonly parents: { readonly nodes: ReadonlyArray<{ readonly oid: string } | null> | null };
}

type Files = { readonly [file: `f${number}`]: FileFields };
type Oids = { readonly [file: `g${number}`]: OidFields };
type Entries = ReadonlyArray<{ readonly name: string; readonly type: string }> | null | undefined;

interface FirstData {
  readonly repository:
    | (DateData & {
        readonly id: string;
        readonly createdAt: string;
        readonly autoMergeAllowed?: boolean;
        /** The branch's ref or the default branch's, under one alias. */
        readonly branch: {
          readonly name: string;
          readonly target:
            | (CommitFields & Files & { readonly tree: { readonly oid: string; readonly entries?: Entries } })
            | null;
          /** The base compared with the pull request's branch: the commits that branch holds and the base does not. */
          readonly compare?: {
            readonly aheadBy: number;
            readonly commits: {
              readonly nodes: ReadonlyArray<{
                readonly messageHeadline: string;
                readonly parents: CommitFields["parents"];
              } | null> | null;
            };
          } | null;
          readonly rules?: { readonly nodes: ReadonlyArray<{ readonly type: string } | null> | null } | null;
          readonly refUpdateRule?: {
            readonly requiredStatusCheckContexts: ReadonlyArray<string | null> | null;
          } | null;
        } | null;
        readonly defaultBranch: {
          readonly name: string;
          readonly target: { readonly committedDate?: string } | null;
        } | null;
        readonly readmeGithub?: { readonly entries?: Entries } | null;
        readonly readmeDocs?: { readonly entries?: Entries } | null;
        readonly pullRequestBranch?: {
          readonly id: string;
          readonly target: (CommitFields & Oids) | null;
        } | null;
        readonly scratchBranch?: { readonly id: string } | null;
        readonly pullRequests?: {
          readonly nodes: ReadonlyArray<{
            readonly id: string;
            readonly number: number;
            readonly url: string;
            readonly author: { readonly login: string } | null;
            readonly autoMergeRequest: { readonly enabledAt: string | null } | null;
          } | null> | null;
        };
      })
    | null;
}

interface LaterData {
  readonly repository: {
    readonly head: Files | null;
    readonly pullRequestHead?: Oids | null;
  } | null;
}

const COMMIT_FIELDS = "oid url messageHeadline parents(first: 1) { nodes { oid } }";

/**
 * What says the base requires status checks: a ruleset's rule, or classic
 * branch protection as those who are not admins may read it
 * (`branchProtectionRule` needs an admin's token).
 */
const REQUIRED_CHECKS_FIELDS = "rules(first: 100) { nodes { type } } refUpdateRule { requiredStatusCheckContexts }";

function fileAliases(paths: readonly string[]): string {
  return paths
    .map(
      (_, index) =>
        `f${index}: file(path: $p${index}) { object { ... on Blob { oid text isBinary byteSize isTruncated } } }`,
    )
    .join("\n");
}

function oidAliases(paths: readonly string[]): string {
  return paths.map((_, index) => `g${index}: file(path: $p${index}) { oid }`).join("\n");
}

function pathDeclarations(paths: readonly string[]): string {
  return paths.map((_, index) => `, $p${index}: String!`).join("");
}

function pathVariables(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path, index) => [`p${index}`, path]));
}

/** The query that reads the head, the repository and the first batch of files. */
function firstQuery(request: SnapshotRequest, paths: readonly string[]): string {
  const ref = request.branch === undefined ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  const readme = request.paths.length === 0;
  const dates = dateFields(request.repositoryDates);
  const pullRequest = request.pullRequest
    ? `autoMergeAllowed
    pullRequestBranch: ref(qualifiedName: $pullRequestRef) {
      id
      target { ... on Commit { ${COMMIT_FIELDS} ${oidAliases(paths)} } }
    }
    scratchBranch: ref(qualifiedName: $scratchRef) { id }
    pullRequests(headRefName: $pullRequestBranch, baseRefName: $base, states: [OPEN], first: 1) {
      nodes { id number url author { login } autoMergeRequest { enabledAt } }
    }`
    : "";
  const declared = [
    request.branch === undefined ? "" : ", $ref: String!",
    readme ? ", $readmeGithub: String!, $readmeDocs: String!" : "",
    request.pullRequest
      ? ", $base: String!, $pullRequestBranch: String!, $pullRequestRef: String!, $scratchRef: String!"
      : "",
    dates.declarations,
  ].join("");
  // The blobs are read through the head commit itself, so the texts and the
  // oid that the commit will expect always belong together.
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${declared}${pathDeclarations(paths)}) {
  repository(owner: $owner, name: $name) {
    id
    createdAt
    branch: ${ref} {
      name
      target { ... on Commit { ${COMMIT_FIELDS} tree { oid${readme ? " entries { name type }" : ""} } ${fileAliases(paths)} } }
      ${request.pullRequest ? "compare(headRef: $pullRequestRef) { aheadBy commits(first: 100) { nodes { messageHeadline parents(first: 1) { nodes { oid } } } } }" : ""}
      ${request.pullRequest ? REQUIRED_CHECKS_FIELDS : ""}
    }
    defaultBranch: defaultBranchRef { name target { ... on Commit { committedDate } } }
    ${readme ? "readmeGithub: object(expression: $readmeGithub) { ... on Tree { entries { name type } } }\n    readmeDocs: object(expression: $readmeDocs) { ... on Tree { entries { name type } } }" : ""}
    ${pullRequest}
    ${dates.fields}
  }
}`;
}

function firstVariables(request: SnapshotRequest): Record<string, string> {
  const variables: Record<string, string> = {
    owner: request.repository.owner,
    name: request.repository.repo,
    ...dateFields(request.repositoryDates).variables,
  };
  if (request.branch !== undefined) variables.ref = `refs/heads/${request.branch}`;
  if (request.paths.length === 0) {
    // HEAD names the default branch in a revision expression.
    const revision = request.branch ?? "HEAD";
    variables.readmeGithub = `${revision}:.github`;
    variables.readmeDocs = `${revision}:docs`;
  }
  if (request.pullRequest && request.branch !== undefined) {
    variables.base = request.branch;
    variables.pullRequestBranch = request.pullRequest.branch;
    variables.pullRequestRef = `refs/heads/${request.pullRequest.branch}`;
    variables.scratchRef = `refs/heads/${request.pullRequest.scratch}`;
  }
  return variables;
}

/** A later batch of files, at the head commit the first query read (and the pull request's branch's head). */
function laterQuery(request: SnapshotRequest, paths: readonly string[]): string {
  const pullRequest = request.pullRequest
    ? `pullRequestHead: object(oid: $pullRequestHead) { ... on Commit { ${oidAliases(paths)} } }`
    : "";
  return `query ReadmeCountersFiles($owner: String!, $name: String!, $head: GitObjectID!${request.pullRequest ? ", $pullRequestHead: GitObjectID!" : ""}${pathDeclarations(paths)}) {
  repository(owner: $owner, name: $name) {
    head: object(oid: $head) { ... on Commit { ${fileAliases(paths)} } }
    ${pullRequest}
  }
}`;
}

async function query<T>(
  client: GitHubClient,
  request: SnapshotRequest,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
  return dataOf(await client.query<T>(document, variables), request.repository);
}

/** The files of a batch, as the query answered them: the base's blobs, and the pull request's branch's blob oids. */
function collect(
  paths: readonly string[],
  base: Files,
  pullRequest: Oids | null | undefined,
  blobs: Map<string, BlobFields | undefined>,
  pullRequestBlobs: Map<string, string | undefined>,
): void {
  for (const [index, path] of paths.entries()) {
    blobs.set(path, base[`f${index}`]?.object ?? undefined);
    pullRequestBlobs.set(path, pullRequest?.[`g${index}`]?.oid);
  }
}

/** Batches of at most FILES_PER_QUERY files, and of at most TEXT_BYTES_PER_QUERY of text where the tree gave sizes. */
function batchesOf(paths: readonly string[], tree: BranchTree | undefined): string[][] {
  return groupsOf(paths, FILES_PER_QUERY, TEXT_BYTES_PER_QUERY, (path) =>
    Math.min(tree?.blobs.get(path)?.size ?? 0, BLOB_TEXT_BYTES),
  );
}

interface BranchTree {
  readonly oid: string;
  /** Every blob by its path, with its size. */
  readonly blobs: ReadonlyMap<string, { readonly sha: string; readonly size: number }>;
}

interface RestTree {
  readonly sha: string;
  readonly truncated: boolean;
  readonly tree: ReadonlyArray<{
    readonly path: string;
    readonly type: string;
    readonly sha: string;
    readonly size?: number;
  }>;
}

/**
 * Every blob of the branch's tree, for globs to match. Where GitHub
 * truncates a recursive listing (past 100,000 entries or 7 MB), each
 * subtree a glob could match in is listed on its own, as GitHub advises.
 */
async function branchTree(client: GitHubClient, request: SnapshotRequest, branch: string): Promise<BranchTree> {
  const { owner, repo } = request.repository;
  const list = async (sha: string, recursive: boolean) =>
    dataOf(
      await client.rest<RestTree>("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        owner,
        repo,
        tree_sha: sha,
        ...(recursive && { recursive: "1" }),
      }),
      request.repository,
    );
  const bases = request.paths
    .filter((path) => !path.startsWith("!") && isGlob(path))
    .map((glob) => picomatch.scan(glob).base);
  // Whether a glob could match a file inside `folder`.
  const mayHold = (folder: string) =>
    bases.some(
      (base) => base === "" || base === folder || base.startsWith(`${folder}/`) || folder.startsWith(`${base}/`),
    );
  const blobs = new Map<string, { sha: string; size: number }>();
  const walk = async (sha: string, prefix: string): Promise<string> => {
    const listed = await list(sha, true);
    const entries = listed.truncated ? (await list(sha, false)).tree : listed.tree;
    for (const entry of entries) {
      const path = prefix + entry.path;
      if (entry.type === "blob") blobs.set(path, { sha: entry.sha, size: entry.size ?? 0 });
      else if (entry.type === "tree" && listed.truncated && mayHold(path)) await walk(entry.sha, `${path}/`);
    }
    return listed.sha;
  };
  const oid = await walk(branch, "");
  return { oid, blobs };
}

/** A blob's text; one that GraphQL truncated is read whole through the REST git blobs API, by its oid. */
async function blobText(client: GitHubClient, repository: Repository, path: string, blob: BlobFields): Promise<string> {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  checkSize(path, blob.byteSize);
  if (!blob.isTruncated && blob.text !== null) return decodeText(path, Buffer.from(blob.text, "utf8"));
  const whole = dataOf(
    await client.rest<{ readonly content: string }>("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
      owner: repository.owner,
      repo: repository.repo,
      file_sha: blob.oid,
    }),
    repository,
  );
  return decodeText(path, Buffer.from(whole.content, "base64"));
}

function namesOf(entries: Entries): string[] {
  return (entries ?? []).filter((entry) => entry.type === "blob").map((entry) => entry.name);
}

function missingBranch(request: SnapshotRequest): GitHubError {
  const { owner, repo } = request.repository;
  return new GitHubError(
    request.branch === undefined
      ? `Repository ${owner}/${repo} has no default branch yet: push a first commit`
      : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`,
  );
}

function pullRequestSide(
  repository: NonNullable<FirstData["repository"]>,
  blobs: ReadonlyMap<string, string | undefined>,
  files: ReadonlyMap<string, string | undefined>,
): PullRequestSide {
  const branch = repository.pullRequestBranch;
  const target = branch?.target;
  const compare = repository.branch?.compare;
  const open = repository.pullRequests?.nodes?.[0] ?? undefined;
  return {
    repositoryId: repository.id,
    autoMergeAllowed: repository.autoMergeAllowed ?? false,
    branch:
      branch && target
        ? {
            id: branch.id,
            head: commitInfo(target),
            aheadBy: compare?.aheadBy ?? 0,
            ahead: (compare?.commits.nodes ?? []).flatMap((commit) =>
              commit ? [{ headline: commit.messageHeadline, parent: commit.parents.nodes?.[0]?.oid }] : [],
            ),
            blobs: new Map([...files.keys()].map((path) => [path, blobs.get(path)])),
          }
        : undefined,
    scratchId: repository.scratchBranch?.id,
    open: open && {
      id: open.id,
      number: open.number,
      url: open.url,
      author: open.author?.login,
      autoMerge: open.autoMergeRequest !== null,
    },
    requiredChecks: requiredChecks(repository.branch),
  };
}

function requiredChecks(base: NonNullable<FirstData["repository"]>["branch"]): PullRequestSide["requiredChecks"] {
  if (base?.rules?.nodes?.some((rule) => rule?.type === "REQUIRED_STATUS_CHECKS")) return "ruleset";
  if ((base?.refUpdateRule?.requiredStatusCheckContexts?.length ?? 0) > 0) return "branch protection";
  return undefined;
}

function lastCommitOf(branch: NonNullable<FirstData["repository"]>["defaultBranch"]): RemoteSnapshot["defaultBranch"] {
  const committed = branch?.target?.committedDate;
  return branch && committed ? { name: branch.name, committedDate: new Date(committed) } : undefined;
}

function commitInfo(commit: CommitFields): CommitInfo {
  return {
    oid: commit.oid,
    url: commit.url,
    headline: commit.messageHeadline,
    parent: commit.parents.nodes?.[0]?.oid,
  };
}
