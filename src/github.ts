import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { Snapshot } from "./counters.js";
import { decodeText, FileError, MAX_FILE_BYTES } from "./workspace.js";

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** What one query reads: the files at one commit, and that commit's oid. */
export interface RemoteSnapshot extends Snapshot {
  readonly branch: string;
  readonly headOid: string;
}

export interface SnapshotRequest {
  readonly repository: Repository;
  /** The branch to read; the default branch when absent. */
  readonly branch?: string | undefined;
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

export type CommitResult = { readonly sha: string; readonly url: string } | "stale";

/** Everything readme-counters asks of GitHub. */
export interface GitHub {
  readSnapshot(request: SnapshotRequest): Promise<RemoteSnapshot>;
  /** Commits the files on top of `expectedHeadOid`; "stale" when the branch has moved since. */
  commit(request: CommitRequest): Promise<CommitResult>;
}

/** A failure GitHub reported, said in one line with what to do about it. */
export class GitHubError extends Error {
  override name = "GitHubError";
}

interface BlobFields {
  readonly text: string | null;
  readonly isBinary: boolean | null;
  readonly byteSize: number;
  readonly isTruncated: boolean;
}

interface RefFields {
  readonly name: string;
  readonly target: ({ readonly oid: string } & Record<string, { object: BlobFields | null } | null>) | null;
}

interface SnapshotData {
  readonly repository: {
    readonly createdAt: string;
    /** The branch's ref or the default branch's, under one alias. */
    readonly branch: RefFields | null;
  } | null;
}

interface CommitData {
  readonly createCommitOnBranch: { readonly commit: { readonly oid: string; readonly url: string } | null } | null;
}

const COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/**
 * A GitHub client for a token. The API's address comes from GITHUB_API_URL
 * (through @actions/github), so GitHub Enterprise Server works the same way.
 * 5xx answers and rate limits are retried; other failures are not.
 */
export function connect(token: string, log: (message: string) => void): GitHub {
  const octokit = getOctokit(
    token,
    {
      throttle: {
        onRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          log(`GitHub's rate limit was reached; trying again in ${after} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          log(`GitHub's secondary rate limit was reached; trying again in ${after} s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );

  return {
    async readSnapshot(request) {
      const data = await call(() => octokit.graphql<SnapshotData>(snapshotQuery(request), snapshotVariables(request)));
      return snapshotFrom(data, request);
    },
    async commit(request) {
      const [headline, ...body] = request.message.split("\n");
      const input = {
        branch: {
          repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
          branchName: request.branch,
        },
        expectedHeadOid: request.expectedHeadOid,
        message: { headline, body: body.join("\n").trim() || undefined },
        fileChanges: {
          additions: request.files.map(({ path, text }) => ({
            path,
            contents: Buffer.from(text, "utf8").toString("base64"),
          })),
        },
      };
      try {
        const data = await call(() => octokit.graphql<CommitData>(COMMIT_MUTATION, { input }), request.branch);
        const commit = data.createCommitOnBranch?.commit;
        if (!commit) throw new GitHubError(`GitHub did not return the commit on ${request.branch}`);
        return { sha: commit.oid, url: commit.url };
      } catch (error) {
        if (error === STALE) return "stale";
        throw error;
      }
    },
  };
}

function snapshotQuery(request: SnapshotRequest): string {
  const variables = request.paths.map((_, index) => `, $p${index}: String!`).join("");
  const files = request.paths
    .map(
      (_, index) =>
        `f${index}: file(path: $p${index}) { object { ... on Blob { text isBinary byteSize isTruncated } } }`,
    )
    .join("\n          ");
  // The blobs are read through the head commit itself, so the text and the
  // oid that the commit will expect always belong together.
  const ref = request.branch === undefined ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${request.branch === undefined ? "" : ", $ref: String!"}${variables}) {
  repository(owner: $owner, name: $name) {
    createdAt
    branch: ${ref} {
      name
      target {
        oid
        ... on Commit {
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
  request.paths.forEach((path, index) => {
    variables[`p${index}`] = path;
  });
  return variables;
}

function snapshotFrom(data: SnapshotData, request: SnapshotRequest): RemoteSnapshot {
  const { owner, repo } = request.repository;
  const repository = data.repository;
  if (!repository) throw new GitHubError(`Repository ${owner}/${repo} was not found, or the token cannot see it`);
  const branch = repository.branch;
  if (!branch?.target) {
    throw new GitHubError(
      request.branch === undefined
        ? `Repository ${owner}/${repo} has no default branch yet: push a first commit`
        : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`,
    );
  }
  const files = new Map<string, string | undefined>();
  for (const [index, path] of request.paths.entries()) {
    const blob = branch.target[`f${index}`]?.object;
    if (blob) files.set(path, blobText(path, blob));
    else if (request.optional.includes(path)) files.set(path, undefined);
    else throw new FileError(path, `not found on branch ${branch.name} of ${owner}/${repo}: check the files input`);
  }
  return { files, createdAt: new Date(repository.createdAt), branch: branch.name, headOid: branch.target.oid };
}

function blobText(path: string, blob: BlobFields): string {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  if (blob.byteSize > MAX_FILE_BYTES || blob.isTruncated || blob.text === null) {
    throw new FileError(path, `is ${blob.byteSize} bytes, over the 1 MiB limit`);
  }
  return decodeText(path, Buffer.from(blob.text, "utf8"));
}

const STALE = Symbol("stale");

interface GraphqlFailure {
  readonly status?: number;
  readonly message?: string;
  readonly errors?: ReadonlyArray<{ readonly type?: string; readonly message?: string }>;
  readonly response?: { readonly data?: { readonly message?: string } };
}

/** Runs a request and turns GitHub's failures into one line that says what to do. */
async function call<T>(request: () => Promise<T>, branch?: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw explain(error as GraphqlFailure, branch);
  }
}

function explain(failure: GraphqlFailure, branch: string | undefined): unknown {
  const messages = [failure.message ?? "", ...(failure.errors ?? []).map((error) => error.message ?? "")].join("\n");
  const types = (failure.errors ?? []).map((error) => error.type);
  if (types.includes("STALE_DATA") || /Expected branch to point to/.test(messages)) return STALE;
  if (failure.status === 401) {
    return new GitHubError(
      "GitHub refused the token (401 Bad credentials): pass a valid token, e.g. token: ${{ github.token }}",
    );
  }
  if (/Repository rule violations found|protected branch|branch protection/i.test(messages)) {
    return new GitHubError(
      `Branch ${branch ?? ""} is protected by a ruleset or branch protection, so this token may not push to it: ` +
        "use a GitHub App token whose app is on the ruleset's bypass list, or set the branch input to another branch",
    );
  }
  if (
    types.includes("FORBIDDEN") ||
    failure.status === 403 ||
    /Resource not accessible by integration/.test(messages)
  ) {
    return new GitHubError(
      `GitHub refused access (${firstLine(messages)}): give the job \`permissions: contents: write\`, ` +
        "or for another repository a token that may write to it",
    );
  }
  if (types.includes("NOT_FOUND") || failure.status === 404) {
    return new GitHubError(
      `GitHub found no such repository or branch (${firstLine(messages)}): check the repository and branch inputs`,
    );
  }
  if (failure.status !== undefined && failure.status >= 500) {
    return new GitHubError(`GitHub kept failing (${failure.status}) after retries: try the run again later`);
  }
  return failure instanceof Error ? failure : new GitHubError(firstLine(messages));
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
