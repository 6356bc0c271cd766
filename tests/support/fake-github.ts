import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { schema as githubSchema } from "@octokit/graphql-schema";
import { buildSchema, type DocumentNode, execute, GraphQLError, parse, validate } from "graphql";
import type { HttpAnswer, HttpPost } from "../../src/github/client.js";

// GitHub's published schema, so that a query GitHub would reject fails here too.
// Its SDL repeats one field, hence assumeValidSDL.
const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });

export const TOKEN = "ghs_fakeTokenForTests0123456789";

/** Queries parsed and validated once: a run sends the same few again and again. */
const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

function parsed(query: string): DocumentNode | readonly GraphQLError[] {
  let found = documents.get(query);
  if (!found) {
    const document = parse(query);
    const invalid = validate(schema, document);
    found = invalid.length > 0 ? invalid : document;
    documents.set(query, found);
  }
  return found;
}

export interface Commit {
  readonly oid: string;
  /** The first parent first; a merge commit has two. */
  readonly parents: readonly string[];
  readonly files: ReadonlyMap<string, Buffer>;
  readonly message: string;
}

export interface PullRequest {
  readonly id: string;
  readonly number: number;
  readonly url: string;
  readonly head: string;
  readonly base: string;
  title: string;
  body: string;
  state: "OPEN" | "CLOSED" | "MERGED";
  autoMerge: string | undefined;
}

export interface RecordedRequest {
  readonly path: string;
  readonly operation: "query" | "mutation" | "other";
  /** The operation's name: `ReadmeCountersSnapshot`, `ReadmeCountersCommit`… */
  readonly name: string;
  readonly status: number;
  readonly userAgent: string;
}

/**
 * An answer given instead of the next request's (or the next one of an
 * operation), or after running it: an answer lost on the way back.
 */
export type ScriptedFailure =
  | {
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
      readonly afterRunning?: boolean;
      /** The operation it waits for, `ReadmeCountersCommit`; the next request when undefined. */
      readonly operation?: string;
    }
  /** The connection fails (ECONNRESET, ECONNREFUSED…); in memory only. */
  | { readonly network: string; readonly afterRunning?: boolean };

/**
 * GitHub for one repository, in memory or on 127.0.0.1. It runs GraphQL on
 * GitHub's published schema and answers as GitHub does where it matters
 * here: createCommitOnBranch (STALE_DATA, rulesets, permissions), refs,
 * pull requests (one open per head and base; one whose branch has no
 * commits ahead of its base is closed, for good), auto-merge and merging,
 * and the repository settings that refuse them. It records every request.
 */
export class FakeGitHub {
  readonly owner = "octo";
  readonly name = "diary";
  readonly id = "R_kgDOdiary";
  createdAt = "2025-09-01T22:30:00Z";
  defaultBranch = "main";
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly pullRequests: PullRequest[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly mutationInputs: unknown[] = [];
  /** Answered, in order, instead of (or after) the next requests. */
  readonly failures: ScriptedFailure[] = [];
  /** Branches whose ruleset requires a pull request: direct commits are refused. */
  readonly protectedBranches = new Set<string>();
  /** The token may read but not write contents (no `contents: write`). */
  readOnlyToken = false;
  /** The token may not write pull requests (no `pull-requests: write`). */
  noPullRequestsPermission = false;
  /** The setting "Allow GitHub Actions to create and approve pull requests". */
  actionsMayCreatePullRequests = true;
  /** The setting "Allow auto-merge". */
  autoMergeAllowed = true;
  /** Whether the base has required checks; without them auto-merge has nothing to wait for. */
  requiredChecks = true;
  /** Runs once, just before the next commit is applied: someone else's push. */
  beforeNextCommit: (() => void) | undefined;
  /** Runs once, just before the next pull request is opened: another run's. */
  beforeNextPullRequest: (() => void) | undefined;
  private server: Server | undefined;

  constructor(files: Record<string, string | Buffer>) {
    this.refs.set("main", this.addCommit([], toBuffers(files), "first"));
  }

  get repository(): string {
    return `${this.owner}/${this.name}`;
  }

  get url(): string {
    if (!this.server) throw new Error("the fake GitHub is not started");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The action's HTTP transport, answered in memory: no socket, no waiting. */
  readonly post: HttpPost = async (url, headers, body) => {
    const failure = this.failures[0];
    const request: FakeRequest = {
      method: "POST",
      path: new URL(url).pathname,
      headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
      body,
    };
    if (failure && "network" in failure) {
      this.failures.shift();
      if (failure.afterRunning) await this.answer(request);
      throw Object.assign(new Error(failure.network), { code: failure.network });
    }
    return this.answer(request);
  };

  async start(): Promise<this> {
    this.server = createServer((incoming, outgoing) => {
      toRequest(incoming)
        .then((request) => this.answer(request))
        .then((response) => outgoing.writeHead(response.status, response.headers).end(response.body))
        .catch((error) => outgoing.writeHead(500).end(String(error)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  head(branch = "main"): Commit {
    const oid = this.refs.get(branch);
    const commit = oid === undefined ? undefined : this.commits.get(oid);
    if (!commit) throw new Error(`no branch ${branch}`);
    return commit;
  }

  /** How many commits a branch's first-parent history holds. */
  history(branch = "main"): number {
    let count = 0;
    for (let oid = this.refs.get(branch); oid !== undefined; oid = this.commits.get(oid)?.parents[0]) count++;
    return count;
  }

  file(path: string, branch = "main"): string | undefined {
    return this.head(branch).files.get(path)?.toString("utf8");
  }

  /** A push by someone else: a commit on `branch` (created from the default branch when missing). */
  push(branch: string, changes: Record<string, string | Buffer>, message = "a person's edit"): string {
    const parent = this.refs.get(branch) ?? this.refs.get(this.defaultBranch);
    const files = new Map(parent === undefined ? [] : this.commits.get(parent)?.files);
    for (const [path, bytes] of toBuffers(changes)) files.set(path, bytes);
    const oid = this.addCommit(parent === undefined ? [] : [parent], files, message);
    this.refs.set(branch, oid);
    this.closeEmptyPullRequests();
    return oid;
  }

  /** The pull requests in a state, oldest first. */
  pulls(state: PullRequest["state"] = "OPEN"): PullRequest[] {
    return this.pullRequests.filter((pull) => pull.state === state);
  }

  /** A pull request opened by someone else (another run, a person). */
  openByHand(head: string, base = this.defaultBranch): PullRequest {
    const number = this.pullRequests.length + 1;
    const pull: PullRequest = {
      id: `PR_${number}`,
      number,
      url: `https://github.com/${this.repository}/pull/${number}`,
      head,
      base,
      title: "by hand",
      body: "",
      state: "OPEN",
      autoMerge: undefined,
    };
    this.pullRequests.push(pull);
    return pull;
  }

  /** A person merges a pull request, as the merge button does. */
  mergeByHand(number: number, method: "MERGE" | "SQUASH" | "REBASE" = "SQUASH"): void {
    const pull = this.pullRequests.find((candidate) => candidate.number === number);
    if (!pull) throw new Error(`no pull request #${number}`);
    this.mergePull(pull, method);
  }

  count(operation: RecordedRequest["operation"]): number {
    return this.requests.filter((request) => request.operation === operation).length;
  }

  /** The names of the operations the action asked for, in order. */
  get operations(): string[] {
    return this.requests.map((request) => request.name.replace(/^ReadmeCounters/, ""));
  }

  private addCommit(parents: readonly string[], files: ReadonlyMap<string, Buffer>, message: string): string {
    const oid = createHash("sha1")
      .update(`${this.commits.size}:${parents.join(",")}:${message}`)
      .update(JSON.stringify([...files].map(([path, bytes]) => [path, bytes.toString("base64")])))
      .digest("hex");
    this.commits.set(oid, { oid, parents, files, message });
    return oid;
  }

  /** Every commit reachable from `oid`. */
  private ancestry(oid: string | undefined): Set<string> {
    const seen = new Set<string>();
    const stack = oid === undefined ? [] : [oid];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** Commits on `head` that `base` does not have. */
  private aheadBy(base: string, head: string): number {
    const baseCommits = this.ancestry(this.refs.get(base));
    return [...this.ancestry(this.refs.get(head))].filter((oid) => !baseCommits.has(oid)).length;
  }

  /** GitHub closes an open pull request whose branch is gone or has no commits ahead of its base. */
  private closeEmptyPullRequests(): void {
    for (const pull of this.pulls("OPEN")) {
      if (!this.refs.has(pull.head) || this.aheadBy(pull.base, pull.head) === 0) pull.state = "CLOSED";
    }
  }

  private mergePull(pull: PullRequest, method: string): void {
    const base = this.head(pull.base);
    const head = this.head(pull.head);
    // What the pull request changed: its head against its first parent, where that is on the base.
    const parent = head.parents[0];
    const mergeBase = parent !== undefined && this.ancestry(base.oid).has(parent) ? parent : undefined;
    const changes = new Map(base.files);
    const before =
      mergeBase === undefined ? new Map<string, Buffer>() : (this.commits.get(mergeBase)?.files ?? new Map());
    for (const [path, bytes] of head.files) if (!before.get(path)?.equals(bytes)) changes.set(path, bytes);
    const parents = method === "MERGE" ? [base.oid, head.oid] : [base.oid];
    const message = method === "MERGE" ? `Merge pull request #${pull.number}` : head.message;
    this.refs.set(pull.base, this.addCommit(parents, changes, message));
    pull.state = "MERGED";
  }

  private async answer(request: FakeRequest): Promise<HttpAnswer> {
    const { path } = request;
    const userAgent = request.headers["user-agent"] ?? "";
    const isGraphql = request.method === "POST" && (path === "/graphql" || path === "/api/graphql");
    const payload = isGraphql
      ? (JSON.parse(request.body) as { query: string; variables?: Record<string, unknown> })
      : undefined;
    const operation = payload ? (/^\s*mutation\b/.test(payload.query) ? "mutation" : "query") : "other";
    const name = payload ? (/^\s*(?:query|mutation)\s+(\w+)/.exec(payload.query)?.[1] ?? "") : "";
    const respond = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ path, operation, name, status, userAgent });
      // Header names in lower case, as a client reads them from Node's http module.
      const lowerCase = Object.entries(headers).map(([header, value]) => [header.toLowerCase(), value]);
      return {
        status,
        headers: { "content-type": "application/json", ...Object.fromEntries(lowerCase) },
        body: JSON.stringify(json),
      };
    };

    const index = this.failures.findIndex((failure) => !("operation" in failure) || failure.operation === name);
    const [failure] = index === -1 ? [] : this.failures.splice(index, 1);
    if (failure && "status" in failure) {
      if (failure.afterRunning && payload) await this.execute(payload);
      return respond(failure.status, failure.body, failure.headers);
    }
    if (request.headers.authorization !== `token ${TOKEN}`) {
      return respond(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
    }
    if (!payload) return respond(404, { message: "Not Found" });
    return respond(200, await this.execute(payload));
  }

  private async execute(payload: { query: string; variables?: Record<string, unknown> }): Promise<unknown> {
    const document = parsed(payload.query);
    if (!("definitions" in document)) return { errors: document.map((error) => ({ message: error.message })) };
    const result = await execute({ schema, document, rootValue: this.root(), variableValues: payload.variables ?? {} });
    return {
      data: result.data,
      ...(result.errors && {
        errors: result.errors.map((error) => ({
          type: error.extensions.type,
          path: error.path,
          locations: error.locations,
          message: error.message,
        })),
      }),
    };
  }

  private root() {
    const mutation = <T>(input: T, run: (input: T) => unknown) => {
      this.mutationInputs.push(input);
      const result = run(input);
      this.closeEmptyPullRequests();
      return result;
    };
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner.toLowerCase() !== this.owner || name.toLowerCase() !== this.name) {
          throw failure("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        }
        return {
          id: this.id,
          createdAt: this.createdAt,
          nameWithOwner: this.repository,
          autoMergeAllowed: this.autoMergeAllowed,
          defaultBranchRef: () => this.ref(this.defaultBranch),
          ref: ({ qualifiedName }: { qualifiedName: string }) => this.ref(qualifiedName.replace(/^refs\/heads\//, "")),
          pullRequests: (args: { headRefName?: string; baseRefName?: string; states?: string[]; first?: number }) => ({
            nodes: this.pullRequests
              .filter(
                (pull) =>
                  (args.headRefName === undefined || pull.head === args.headRefName) &&
                  (args.baseRefName === undefined || pull.base === args.baseRefName) &&
                  (args.states === undefined || args.states.includes(pull.state)),
              )
              .slice(0, args.first ?? 100),
          }),
        };
      },
      createCommitOnBranch: ({ input }: { input: CreateCommitOnBranchInput }) =>
        mutation(input, (i) => this.createCommitOnBranch(i)),
      createRef: ({ input }: { input: { repositoryId: string; name: string; oid: string } }) =>
        mutation(input, ({ name, oid }) => {
          this.mayWriteContents();
          const branch = name.replace(/^refs\/heads\//, "");
          if (this.refs.has(branch))
            throw failure("UNPROCESSABLE", `A ref named "${name}" already exists in the repository.`);
          if (!this.commits.has(oid))
            throw failure("NOT_FOUND", `Could not resolve to a commit with the oid '${oid}'.`);
          this.refs.set(branch, oid);
          return { ref: this.ref(branch) };
        }),
      updateRef: ({ input }: { input: { refId: string; oid: string; force?: boolean } }) =>
        mutation(input, ({ refId, oid, force }) => {
          this.mayWriteContents();
          const branch = this.branchOf(refId);
          const current = this.refs.get(branch) ?? "";
          if (!force && !this.ancestry(oid).has(current))
            throw failure("UNPROCESSABLE", "Update is not a fast forward");
          this.refs.set(branch, oid);
          return { ref: this.ref(branch) };
        }),
      deleteRef: ({ input }: { input: { refId: string } }) =>
        mutation(input, ({ refId }) => {
          this.mayWriteContents();
          this.refs.delete(this.branchOf(refId));
          return { clientMutationId: null };
        }),
      createPullRequest: ({
        input,
      }: {
        input: { baseRefName: string; headRefName: string; title: string; body?: string };
      }) =>
        mutation(input, ({ baseRefName, headRefName, title, body }) => {
          const before = this.beforeNextPullRequest;
          this.beforeNextPullRequest = undefined;
          before?.();
          if (this.noPullRequestsPermission) throw failure("FORBIDDEN", "Resource not accessible by integration");
          if (!this.actionsMayCreatePullRequests) {
            throw failure("FORBIDDEN", "GitHub Actions is not permitted to create or approve pull requests.");
          }
          if (this.pulls("OPEN").some((pull) => pull.head === headRefName && pull.base === baseRefName)) {
            throw failure("UNPROCESSABLE", `A pull request already exists for ${this.owner}:${headRefName}.`);
          }
          if (!this.refs.has(headRefName) || this.aheadBy(baseRefName, headRefName) === 0) {
            throw failure("UNPROCESSABLE", `No commits between ${baseRefName} and ${headRefName}`);
          }
          return { pullRequest: Object.assign(this.openByHand(headRefName, baseRefName), { title, body: body ?? "" }) };
        }),
      enablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string; mergeMethod?: string } }) =>
        mutation(input, ({ pullRequestId, mergeMethod }) => {
          const pull = this.pull(pullRequestId);
          if (!this.autoMergeAllowed)
            throw failure("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
          if (!this.requiredChecks) throw failure("UNPROCESSABLE", "Pull request Pull request is in clean status");
          pull.autoMerge = mergeMethod ?? "MERGE";
          return { pullRequest: pull };
        }),
      mergePullRequest: ({ input }: { input: { pullRequestId: string; mergeMethod?: string } }) =>
        mutation(input, ({ pullRequestId, mergeMethod }) => {
          const pull = this.pull(pullRequestId);
          this.mergePull(pull, mergeMethod ?? "MERGE");
          return { pullRequest: pull };
        }),
    };
  }

  private mayWriteContents(): void {
    if (this.readOnlyToken) throw failure("FORBIDDEN", "Resource not accessible by integration");
  }

  private branchOf(refId: string): string {
    const branch = refId.replace(/^REF_/, "");
    if (!refId.startsWith("REF_") || !this.refs.has(branch))
      throw failure("NOT_FOUND", `Could not resolve to a node with the global id of '${refId}'`);
    return branch;
  }

  private pull(id: string): PullRequest {
    const pull = this.pullRequests.find((candidate) => candidate.id === id);
    if (!pull) throw failure("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
    return pull;
  }

  private ref(branch: string) {
    const oid = this.refs.get(branch);
    if (oid === undefined) return null;
    return {
      __typename: "Ref",
      id: `REF_${branch}`,
      name: branch,
      prefix: "refs/heads/",
      target: this.commitObject(oid),
      // This ref as the base of a comparison with another.
      compare: ({ headRef }: { headRef: string }) => {
        const head = headRef.replace(/^refs\/heads\//, "");
        if (!this.refs.has(head)) return null;
        return { __typename: "Comparison", aheadBy: this.aheadBy(branch, head), behindBy: this.aheadBy(head, branch) };
      },
    };
  }

  private commitObject(oid: string) {
    const commit = this.commits.get(oid);
    if (!commit) throw new Error(`no commit ${oid}`);
    const [headline = "", ...body] = commit.message.split("\n");
    return {
      __typename: "Commit",
      oid,
      url: `https://github.com/${this.repository}/commit/${oid}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: body.join("\n").trim(),
      parents: ({ first }: { first?: number }) => ({
        nodes: commit.parents.slice(0, first ?? 100).map((parent) => ({ oid: parent })),
        totalCount: commit.parents.length,
      }),
      file: ({ path }: { path: string }) => {
        const bytes = commit.files.get(path);
        if (!bytes) return null;
        const isBinary = bytes.includes(0);
        const isTruncated = bytes.length > 1024 * 1024;
        return {
          path,
          object: {
            __typename: "Blob",
            byteSize: bytes.length,
            isBinary,
            isTruncated,
            text: isBinary || isTruncated ? null : bytes.toString("utf8"),
          },
        };
      },
    };
  }

  private createCommitOnBranch(input: CreateCommitOnBranchInput) {
    this.mayWriteContents();
    const branch = input.branch.branchName ?? "";
    if (input.branch.repositoryNameWithOwner?.toLowerCase() !== this.repository || !this.refs.has(branch)) {
      throw failure("NOT_FOUND", `Could not resolve to a branch '${branch}'.`);
    }
    if (this.protectedBranches.has(branch)) {
      throw failure(
        "UNPROCESSABLE",
        "Repository rule violations found\n\nChanges must be made through a pull request.\n\n",
      );
    }
    const before = this.beforeNextCommit;
    this.beforeNextCommit = undefined;
    before?.();
    const head = this.head(branch);
    if (head.oid !== input.expectedHeadOid) {
      throw failure(
        "STALE_DATA",
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    }
    const files = new Map(head.files);
    for (const { path, contents } of input.fileChanges?.additions ?? [])
      files.set(path, Buffer.from(contents, "base64"));
    for (const { path } of input.fileChanges?.deletions ?? []) files.delete(path);
    const message = [input.message.headline, input.message.body].filter(Boolean).join("\n\n");
    const oid = this.addCommit([head.oid], files, message);
    this.refs.set(branch, oid);
    return { commit: this.commitObject(oid) };
  }
}

interface CreateCommitOnBranchInput {
  readonly branch: { readonly repositoryNameWithOwner?: string; readonly branchName?: string };
  readonly expectedHeadOid: string;
  readonly message: { readonly headline: string; readonly body?: string };
  readonly fileChanges?: {
    readonly additions?: ReadonlyArray<{ readonly path: string; readonly contents: string }>;
    readonly deletions?: ReadonlyArray<{ readonly path: string }>;
  };
}

function failure(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

function toBuffers(files: Record<string, string | Buffer>): Map<string, Buffer> {
  return new Map(Object.entries(files).map(([path, text]) => [path, Buffer.from(text)]));
}

/** A request as the fake reads it: header names in lower case, as Node gives them. */
interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

async function toRequest(incoming: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers[name] = value;
  return {
    method: incoming.method ?? "GET",
    path: new URL(incoming.url ?? "/", "http://127.0.0.1").pathname,
    headers,
    body: Buffer.concat(chunks).toString("utf8"),
  };
}
