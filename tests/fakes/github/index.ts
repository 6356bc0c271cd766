import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type GraphqlPayload, graphqlAnswer } from "./graphql.js";
import { type Actor, FakeRepository } from "./repository.js";
import { restAnswer, restName, TREE_ENTRY_LIMIT } from "./rest.js";

export type { Commit } from "./git.js";
export type { PullRequest } from "./repository.js";

/** The workflow's own token: GitHub shows what it makes as made by github-actions. */
export const TOKEN = "ghs_fakeTokenForTests0123456789";
/** A GitHub App's installation token (actions/create-github-app-token's). */
export const APP_TOKEN = "ghs_fakeAppTokenForTests987654321";

const ACTORS: Readonly<Record<string, Actor>> = {
  [TOKEN]: { login: "github-actions", kind: "Bot" },
  [APP_TOKEN]: { login: "readme-counters-app", kind: "Bot" },
};

export interface RecordedRequest {
  readonly path: string;
  readonly operation: "query" | "mutation" | "rest";
  /** The GraphQL operation's name (`ReadmeCountersSnapshot`), or the REST route's (`Tree`, `Blob`). */
  readonly name: string;
  readonly status: number;
  readonly userAgent: string;
  /** The size of the request's body. */
  readonly bytes: number;
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
  /** The connection fails (ECONNRESET, ECONNREFUSED…), or `timeout`: no answer before the client's signal ends the wait; in memory only. */
  | { readonly network: string; readonly afterRunning?: boolean; readonly operation?: string };

/** GitHub refusing a GraphQL request as it does: answered 200, with no data and these errors. */
export function refusal(errors: readonly object[], operation?: string): ScriptedFailure {
  return { status: 200, body: { data: null, errors }, ...(operation !== undefined && { operation }) };
}

/**
 * GitHub for one repository (repository.ts), reached in memory through a
 * fetch of its own or over HTTP on 127.0.0.1: GraphQL on GitHub's published
 * schema (graphql.ts) and the REST endpoints the action uses (rest.ts). It
 * checks the token, records every request, and answers scripted failures.
 */
export class FakeGitHub extends FakeRepository {
  readonly requests: RecordedRequest[] = [];
  /** Answered, in order, instead of (or after) the next requests. */
  readonly failures: ScriptedFailure[] = [];
  /** How many entries the recursive trees API lists before it answers `truncated`. */
  treeEntryLimit = TREE_ENTRY_LIMIT;
  private server: Server | undefined;

  get url(): string {
    if (!this.server) throw new Error("the fake GitHub is not started");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The action's fetch, answered in memory: no socket, no waiting. */
  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const request = {
      method: init?.method ?? "GET",
      url,
      headers,
      body: typeof init?.body === "string" ? init.body : "",
    };
    const failure = this.nextFailure(request);
    if (failure && "network" in failure) {
      this.failures.splice(this.failures.indexOf(failure), 1);
      if (failure.afterRunning) await this.answer(request);
      // What Node's fetch throws when AbortSignal.timeout ends the wait, and when the connection fails.
      if (failure.network === "timeout")
        throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(`read ${failure.network}`), { code: failure.network, syscall: "read" }),
      });
    }
    const answer = await this.answer(request);
    return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
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

  count(operation: RecordedRequest["operation"]): number {
    return this.requests.filter((request) => request.operation === operation).length;
  }

  /** The names of the operations the action asked for, in order (GraphQL's without ReadmeCounters). */
  get operations(): string[] {
    return this.requests.map((request) => request.name.replace(/^ReadmeCounters/, ""));
  }

  /** The scripted failure that answers this request, if any: the first that waits for its operation, or for any. */
  private nextFailure(request: FakeRequest): ScriptedFailure | undefined {
    const name = operationName(request);
    return this.failures.find((failure) => failure.operation === undefined || failure.operation === name);
  }

  private async answer(
    request: FakeRequest,
  ): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const path = request.url.pathname;
    const userAgent = request.headers["user-agent"] ?? "";
    const isGraphql = request.method === "POST" && (path === "/graphql" || path === "/api/graphql");
    const payload = isGraphql ? (JSON.parse(request.body) as GraphqlPayload) : undefined;
    const operation = payload ? (/^\s*mutation\b/.test(payload.query) ? "mutation" : "query") : "rest";
    const bytes = Buffer.byteLength(request.body);
    const name = operationName(request);
    const respond = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ path, operation, name, status, userAgent, bytes });
      // Header names in lower case, as a client reads them.
      const lowerCase = Object.entries(headers).map(([header, value]) => [header.toLowerCase(), value]);
      return {
        status,
        headers: { "content-type": "application/json; charset=utf-8", ...Object.fromEntries(lowerCase) },
        body: json === undefined ? "" : JSON.stringify(json),
      };
    };

    const failure = this.nextFailure(request);
    if (failure && "status" in failure) this.failures.splice(this.failures.indexOf(failure), 1);
    const actor = ACTORS[(request.headers.authorization ?? "").replace(/^token /, "")];
    if (failure && "status" in failure) {
      if (failure.afterRunning && payload && actor) await graphqlAnswer(this, payload, actor, bytes);
      return respond(failure.status, failure.body, failure.headers);
    }
    if (!actor) {
      return respond(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
    }
    if (payload) return respond(200, await graphqlAnswer(this, payload, actor, bytes));
    const answered = restAnswer(this, request.method, request.url, { treeEntries: this.treeEntryLimit });
    return respond(answered.status, answered.body);
  }
}

/** The GraphQL operation's name, or the REST route's. */
function operationName(request: FakeRequest): string {
  const isGraphql = request.method === "POST" && /^\/(?:api\/)?graphql$/.test(request.url.pathname);
  if (!isGraphql) return restName(request.method, request.url);
  const { query } = JSON.parse(request.body) as GraphqlPayload;
  return /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "";
}

/** A request as the fake reads it: header names in lower case. */
interface FakeRequest {
  readonly method: string;
  readonly url: URL;
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
    url: new URL(incoming.url ?? "/", "http://127.0.0.1"),
    headers,
    body: Buffer.concat(chunks).toString("utf8"),
  };
}
