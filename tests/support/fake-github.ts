import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { schema as githubSchema } from "@octokit/graphql-schema";
import { buildSchema, GraphQLError, graphql, parse, validate } from "graphql";

// GitHub's published schema, so that a query GitHub would reject fails here too.
// Its SDL repeats one field, hence assumeValidSDL.
const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });

export const TOKEN = "ghs_fakeTokenForTests0123456789";

export interface Commit {
  readonly oid: string;
  readonly parent: string | undefined;
  readonly files: ReadonlyMap<string, Buffer>;
  readonly message: string;
}

export interface RecordedRequest {
  readonly path: string;
  readonly operation: "query" | "mutation" | "other";
  /** The operation's name, `ReadmeCountersSnapshot`, or the mutations a request ran. */
  readonly name: string;
  readonly status: number;
  readonly userAgent: string;
}

/** An answer given instead of the next request's, or after running it (an answer lost on the way back). */
export type ScriptedFailure =
  | {
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
      readonly afterRunning?: boolean;
    }
  /** The connection fails as fetch reports it (ECONNRESET, ECONNREFUSED…); in memory only. */
  | { readonly network: string; readonly afterRunning?: boolean };

/**
 * GitHub for one repository, in memory or on 127.0.0.1: it runs GraphQL on
 * GitHub's published schema, answers createCommitOnBranch as GitHub does
 * (STALE_DATA, rules, permissions), keeps a graph of commits and branches,
 * and records every request.
 */
export class FakeGitHub {
  readonly owner = "octo";
  readonly name = "diary";
  readonly id = "R_kgDOdiary";
  createdAt = "2025-09-01T22:30:00Z";
  defaultBranch = "main";
  readonly commits = new Map<string, Commit>();
  readonly refs = new Map<string, string>();
  readonly requests: RecordedRequest[] = [];
  readonly mutationInputs: unknown[] = [];
  /** Answered, in order, instead of (or after) the next requests. */
  readonly failures: ScriptedFailure[] = [];
  /** Branches whose rules refuse direct commits. */
  readonly protectedBranches = new Set<string>();
  /** The token may read but not write (no `contents: write`). */
  readOnlyToken = false;
  /** Runs once, just before the next commit is applied: someone else's push. */
  beforeNextCommit: (() => void) | undefined;
  private server: Server | undefined;

  constructor(files: Record<string, string | Buffer>) {
    this.refs.set("main", this.addCommit(undefined, toBuffers(files), "first"));
  }

  get repository(): string {
    return `${this.owner}/${this.name}`;
  }

  get url(): string {
    if (!this.server) throw new Error("the fake GitHub is not started");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** fetch as the action's client calls it, answered in memory: no socket, no waiting. */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const failure = this.failures[0];
    if (failure && "network" in failure) {
      this.failures.shift();
      if (failure.afterRunning) await this.answer(request);
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(failure.network), { code: failure.network }),
      });
    }
    return this.answer(request);
  };

  async start(): Promise<this> {
    this.server = createServer((incoming, outgoing) => {
      toRequest(incoming)
        .then((request) => this.answer(request))
        .then(async (response) => {
          outgoing.writeHead(response.status, Object.fromEntries(response.headers));
          outgoing.end(Buffer.from(await response.arrayBuffer()));
        })
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

  /** How many commits a branch's history holds. */
  history(branch = "main"): number {
    let count = 0;
    for (let oid = this.refs.get(branch); oid !== undefined; oid = this.commits.get(oid)?.parent) count++;
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
    const oid = this.addCommit(parent, files, message);
    this.refs.set(branch, oid);
    return oid;
  }

  count(operation: RecordedRequest["operation"]): number {
    return this.requests.filter((request) => request.operation === operation).length;
  }

  private addCommit(parent: string | undefined, files: ReadonlyMap<string, Buffer>, message: string): string {
    const oid = createHash("sha1")
      .update(`${this.commits.size}:${parent}:${message}`)
      .update(JSON.stringify([...files].map(([path, bytes]) => [path, bytes.toString("base64")])))
      .digest("hex");
    this.commits.set(oid, { oid, parent, files, message });
    return oid;
  }

  private async answer(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname;
    const userAgent = request.headers.get("user-agent") ?? "";
    const isGraphql = request.method === "POST" && (path === "/graphql" || path === "/api/graphql");
    const payload = isGraphql
      ? ((await request.json()) as { query: string; variables?: Record<string, unknown> })
      : undefined;
    const operation = payload ? (/^\s*mutation\b/.test(payload.query) ? "mutation" : "query") : "other";
    const name = payload ? (/^\s*(?:query|mutation)\s+(\w+)/.exec(payload.query)?.[1] ?? "") : "";
    const respond = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ path, operation, name, status, userAgent });
      return Response.json(json, { status, headers });
    };

    const failure = this.failures.shift();
    if (failure && "status" in failure) {
      if (failure.afterRunning && payload) await this.execute(payload);
      return respond(failure.status, failure.body, failure.headers);
    }
    if (request.headers.get("authorization") !== `token ${TOKEN}`) {
      return respond(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
    }
    if (!payload) return respond(404, { message: "Not Found" });
    return respond(200, await this.execute(payload));
  }

  private async execute(payload: { query: string; variables?: Record<string, unknown> }): Promise<unknown> {
    const invalid = validate(schema, parse(payload.query));
    if (invalid.length > 0) return { errors: invalid.map((error) => ({ message: error.message })) };
    const result = await graphql({
      schema,
      source: payload.query,
      rootValue: this.root(),
      variableValues: payload.variables ?? {},
    });
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
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner.toLowerCase() !== this.owner || name.toLowerCase() !== this.name) {
          throw failure("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        }
        return {
          id: this.id,
          createdAt: this.createdAt,
          nameWithOwner: this.repository,
          defaultBranchRef: () => this.ref(this.defaultBranch),
          ref: ({ qualifiedName }: { qualifiedName: string }) => this.ref(qualifiedName.replace(/^refs\/heads\//, "")),
        };
      },
      createCommitOnBranch: ({ input }: { input: CreateCommitOnBranchInput }) => this.createCommitOnBranch(input),
    };
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
      parents: () => ({
        nodes: commit.parent === undefined ? [] : [{ oid: commit.parent }],
        totalCount: commit.parent === undefined ? 0 : 1,
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
    this.mutationInputs.push(input);
    if (this.readOnlyToken) throw failure("FORBIDDEN", "Resource not accessible by integration");
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
    const oid = this.addCommit(head.oid, files, message);
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

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  return new Request(`http://127.0.0.1${incoming.url ?? "/"}`, {
    method: incoming.method ?? "GET",
    headers,
    ...(body && { body }),
  });
}
