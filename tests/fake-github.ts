import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { schema as githubSchema } from "@octokit/graphql-schema";
import { buildSchema, GraphQLError, graphql, parse, validate } from "graphql";

// GitHub's published schema, so that a query GitHub would reject fails here too.
// Its SDL repeats one field, hence assumeValidSDL.
const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });

export const TOKEN = "ghs_fakeTokenForTests0123456789";

interface Commit {
  readonly oid: string;
  readonly files: ReadonlyMap<string, Buffer>;
  readonly message: string;
}

export interface RecordedRequest {
  readonly path: string;
  readonly operation: "query" | "mutation" | "other";
  readonly status: number;
}

/** A failure to answer with instead of executing the next request. */
export interface ScriptedFailure {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A GitHub API on 127.0.0.1 that executes GraphQL against GitHub's schema for
 * one repository, answers createCommitOnBranch as GitHub does (STALE_DATA
 * included), and records every request.
 */
export class FakeGitHub {
  readonly owner = "octo";
  readonly name = "diary";
  createdAt = "2025-09-01T22:30:00Z";
  defaultBranch = "main";
  readonly branches = new Map<string, Commit[]>();
  readonly requests: RecordedRequest[] = [];
  readonly mutationInputs: unknown[] = [];
  /** Answered, in order, instead of the next requests. */
  readonly failures: ScriptedFailure[] = [];
  /** Branches whose rules refuse direct commits. */
  readonly protectedBranches = new Set<string>();
  /** The token may read but not write (no `contents: write`). */
  readOnlyToken = false;
  /** Runs once, just before the next commit is applied: someone else's push. */
  beforeNextCommit: (() => void) | undefined;
  private server: Server | undefined;

  constructor(files: Record<string, string | Buffer>) {
    this.branches.set("main", [
      makeCommit(new Map(Object.entries(files).map(([p, t]) => [p, Buffer.from(t)])), "first"),
    ]);
  }

  get repository(): string {
    return `${this.owner}/${this.name}`;
  }

  get url(): string {
    if (!this.server) throw new Error("the fake GitHub is not started");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error) => {
        response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  head(branch = "main"): Commit {
    const commits = this.branches.get(branch);
    if (!commits) throw new Error(`no branch ${branch}`);
    return commits.at(-1) as Commit;
  }

  commits(branch = "main"): number {
    return this.branches.get(branch)?.length ?? 0;
  }

  file(path: string, branch = "main"): string | undefined {
    return this.head(branch).files.get(path)?.toString("utf8");
  }

  /** A push by someone else. */
  push(branch: string, changes: Record<string, string>, message = "a person's edit"): void {
    const files = new Map(this.branches.has(branch) ? this.head(branch).files : this.head().files);
    for (const [path, text] of Object.entries(changes)) files.set(path, Buffer.from(text));
    const commits = this.branches.get(branch) ?? [];
    commits.push(makeCommit(files, message));
    this.branches.set(branch, commits);
  }

  count(operation: RecordedRequest["operation"]): number {
    return this.requests.filter((request) => request.operation === operation).length;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = request.url ?? "";
    const isGraphql = request.method === "POST" && (path === "/graphql" || path === "/api/graphql");
    const payload = isGraphql
      ? (JSON.parse(body) as { query: string; variables?: Record<string, unknown> })
      : undefined;
    const operation = payload ? (/^\s*mutation\b/.test(payload.query) ? "mutation" : "query") : "other";
    const answer = (status: number, json: unknown) => {
      this.requests.push({ path, operation, status });
      response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(json));
    };

    const failure = this.failures.shift();
    if (failure) return answer(failure.status, failure.body);
    if (request.headers.authorization !== `token ${TOKEN}`) {
      return answer(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
    }
    if (!payload) return answer(404, { message: "Not Found" });

    const document = parse(payload.query);
    const invalid = validate(schema, document);
    if (invalid.length > 0) return answer(200, { errors: invalid.map((error) => ({ message: error.message })) });
    const result = await graphql({
      schema,
      source: payload.query,
      rootValue: this.root(),
      variableValues: payload.variables ?? {},
    });
    return answer(200, {
      data: result.data,
      ...(result.errors && {
        errors: result.errors.map((error) => ({
          type: error.extensions.type,
          path: error.path,
          locations: error.locations,
          message: error.message,
        })),
      }),
    });
  }

  private root() {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (owner !== this.owner || name !== this.name) {
          throw failure("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        }
        return {
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
    if (!this.branches.has(branch)) return null;
    const commit = this.head(branch);
    return { __typename: "Ref", name: branch, target: this.commitObject(commit) };
  }

  private commitObject(commit: Commit) {
    return {
      __typename: "Commit",
      oid: commit.oid,
      url: `https://github.com/${this.repository}/commit/${commit.oid}`,
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
    if (input.branch.repositoryNameWithOwner !== this.repository || !this.branches.has(branch)) {
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
    const commit = makeCommit(files, [input.message.headline, input.message.body].filter(Boolean).join("\n\n"));
    this.branches.get(branch)?.push(commit);
    return { commit: this.commitObject(commit) };
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

let commitCounter = 0;

function makeCommit(files: ReadonlyMap<string, Buffer>, message: string): Commit {
  const oid = createHash("sha1")
    .update(`${commitCounter++}:${message}`)
    .update(JSON.stringify([...files].map(([path, bytes]) => [path, bytes.toString("base64")])))
    .digest("hex");
  return { oid, files, message };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
