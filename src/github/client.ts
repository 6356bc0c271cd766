/**
 * GraphQL over HTTP to GitHub, with what a run needs and nothing more: the
 * address and user agent as @actions/github makes them, retries of 5xx and
 * dropped connections, and GitHub's rate limits.
 *
 * It is not Octokit. Octokit's request layer now needs Node 22, its REST
 * surface takes most of a run's start to load, its throttling plugin spaces
 * every GraphQL request a second apart (a query is no write), and its retry
 * plugin sends a mutation again blindly, which can commit twice when only
 * the answer was lost. Here a mutation is never sent twice: when its answer
 * is lost the caller is told, reads the branch again, and decides.
 *
 * Requests go through `post` (see http.ts), not fetch: Node's fetch takes
 * some 40 ms to set itself up at a run's start.
 */

/** One entry of a GraphQL answer's `errors`. */
export interface GraphqlError {
  readonly type?: string;
  readonly message: string;
}

export type Answer<T> =
  | { readonly kind: "data"; readonly data: T }
  /** GitHub refused the request: a GraphQL error, or a 4xx that is not a rate limit. */
  | { readonly kind: "errors"; readonly errors: readonly GraphqlError[]; readonly status: number }
  /** A mutation whose answer never came: GitHub may or may not have applied it. */
  | { readonly kind: "lost"; readonly reason: string };

/** A failure that ends the run, said in one line with what to do. */
export class GitHubError extends Error {
  override name = "GitHubError";
}

export interface GraphqlClient {
  /** A query: retried while GitHub fails or the connection drops; its errors are returned. */
  query<T>(document: string, variables: Readonly<Record<string, unknown>>): Promise<Answer<T>>;
  /** A mutation (or several in one document): sent once, or again only when GitHub surely did not run it. */
  mutate<T>(document: string, variables: Readonly<Record<string, unknown>>): Promise<Answer<T>>;
}

/** One HTTP answer, whole. */
export interface HttpAnswer {
  readonly status: number;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/**
 * POSTs a body and reads the whole answer; rejects when no answer came (the
 * error's `code` says why: ECONNREFUSED, ECONNRESET, ETIMEDOUT…).
 */
export type HttpPost = (url: string, headers: Readonly<Record<string, string>>, body: string) => Promise<HttpAnswer>;

export interface ClientOptions {
  /** GITHUB_API_URL: `https://api.github.com`, or a GitHub Enterprise Server's `https://host/api/v3`. */
  readonly apiUrl: string;
  readonly token: string;
  readonly userAgent: string;
  readonly post: HttpPost;
  readonly sleep: (milliseconds: number) => Promise<void>;
  readonly now: () => Date;
  readonly log: (message: string) => void;
}

/** How often a query is tried while GitHub answers 5xx or the connection drops. */
const QUERY_ATTEMPTS = 3;
/** How often a request is tried again after a rate limit, and the longest wait for one. */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_RATE_LIMIT_WAIT_S = 60;
/** GitHub's advice when a secondary rate limit gives no Retry-After. */
const SECONDARY_LIMIT_WAIT_S = 60;
export const REQUEST_TIMEOUT_MS = 60_000;

/** The GraphQL endpoint beside a REST base URL, as Octokit derives it. */
export function graphqlUrl(apiUrl: string): string {
  return `${apiUrl.replace(/\/+$/, "").replace(/\/api\/v3$/, "/api")}/graphql`;
}

export function graphqlClient(options: ClientOptions): GraphqlClient {
  const url = graphqlUrl(options.apiUrl);
  const headers = {
    authorization: `token ${options.token}`,
    "content-type": "application/json; charset=utf-8",
    accept: "application/json",
    "user-agent": options.userAgent,
  };

  async function request<T>(
    document: string,
    variables: Readonly<Record<string, unknown>>,
    idempotent: boolean,
  ): Promise<Answer<T>> {
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: HttpAnswer;
      try {
        response = await options.post(url, headers, JSON.stringify({ query: document, variables }));
      } catch (error) {
        const failure = networkFailure(error);
        if (failure.unreachable)
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} is out of reach (${failure.reason}): check the runner's network and GITHUB_API_URL`,
          );
        if (!idempotent) return { kind: "lost", reason: failure.reason };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} kept dropping the connection (${failure.reason}): run the workflow again later`,
          );
        }
        options.log(`The connection to GitHub dropped (${failure.reason}); trying again`);
        await options.sleep(1000 * failures);
        continue;
      }

      const body = parseBody<T>(response.body);
      const limit = rateLimit(response, body, options.now());
      if (limit) {
        if (limit.waitSeconds > LONGEST_RATE_LIMIT_WAIT_S || rateLimited++ >= RATE_LIMIT_RETRIES) {
          throw new GitHubError(limit.giveUp);
        }
        options.log(`${limit.reached}; trying again in ${limit.waitSeconds} s`);
        await options.sleep(limit.waitSeconds * 1000);
        continue;
      }
      if (response.status === 401) {
        throw new GitHubError(
          "GitHub refused the token (401 Bad credentials): pass a valid token, e.g. token: ${{ github.token }}",
        );
      }
      if (response.status >= 500) {
        if (!idempotent) return { kind: "lost", reason: `GitHub answered ${response.status}` };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub kept failing (${response.status}) after ${QUERY_ATTEMPTS} tries: run the workflow again later`,
          );
        }
        options.log(`GitHub answered ${response.status}; trying again`);
        await options.sleep(1000 * failures);
        continue;
      }
      if (response.status >= 400 || body?.errors?.length) {
        return {
          kind: "errors",
          errors: body?.errors?.length ? body.errors : [httpError(response.status, body)],
          status: response.status,
        };
      }
      if (body?.data === undefined) {
        throw new GitHubError(`GitHub answered ${response.status} with no data: run the workflow again later`);
      }
      return { kind: "data", data: body.data };
    }
  }

  return {
    query: (document, variables) => request(document, variables, true),
    mutate: (document, variables) => request(document, variables, false),
  };
}

/** A REST-style refusal (`{"message": …}` with a 4xx) as a GraphQL error of the type GitHub gives it there. */
function httpError(status: number, body: GraphqlBody<unknown> | undefined): GraphqlError {
  const message = body?.message ?? `HTTP ${status}`;
  const type = { 403: "FORBIDDEN", 404: "NOT_FOUND" }[status];
  return type === undefined ? { message } : { type, message };
}

function parseBody<T>(text: string): GraphqlBody<T> | undefined {
  try {
    return JSON.parse(text) as GraphqlBody<T>;
  } catch {
    return undefined;
  }
}

interface GraphqlBody<T> {
  readonly data?: T;
  readonly errors?: GraphqlError[];
  readonly message?: string;
}

/** Codes of a connection that never reached GitHub, where trying again at once does not help. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

function networkFailure(error: unknown): { readonly reason: string; readonly unreachable: boolean } {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === "ETIMEDOUT") return { reason: `no answer in ${REQUEST_TIMEOUT_MS / 1000} s`, unreachable: false };
  const reason = error instanceof Error ? error.message : String(error);
  return { reason, unreachable: typeof code === "string" && UNREACHABLE.has(code) };
}

interface RateLimit {
  readonly waitSeconds: number;
  /** Logged before a wait. */
  readonly reached: string;
  /** The line that ends the run when waiting is not worth it. */
  readonly giveUp: string;
}

/** GitHub's two rate limits, as its documentation and Octokit's throttling plugin read them. */
function rateLimit(response: HttpAnswer, body: GraphqlBody<unknown> | undefined, now: Date): RateLimit | undefined {
  const messages = [body?.message ?? "", ...(body?.errors ?? []).map((error) => error.message)].join("\n");
  const limited = response.status === 403 || response.status === 429;
  if (limited && (/\bsecondary rate limit/i.test(messages) || response.headers["retry-after"] !== undefined)) {
    return {
      waitSeconds: Number(response.headers["retry-after"]) || SECONDARY_LIMIT_WAIT_S,
      reached: "GitHub's secondary rate limit was reached",
      giveUp:
        "GitHub's secondary rate limit stopped the run (too many requests in a short time, by this and other jobs): run the workflow again later",
    };
  }
  const primary =
    (limited && response.headers["x-ratelimit-remaining"] === "0") ||
    (body?.errors ?? []).some((error) => error.type === "RATE_LIMITED" || error.type === "RATE_LIMIT");
  if (!primary) return undefined;
  const reset = Number(response.headers["x-ratelimit-reset"]);
  const waitSeconds = reset > 0 ? Math.max(1, Math.ceil(reset - now.getTime() / 1000)) : SECONDARY_LIMIT_WAIT_S;
  const until = reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : "";
  return {
    waitSeconds,
    reached: "GitHub's rate limit for this token was reached",
    giveUp: `GitHub's rate limit for this token is used up${until}: the next run will catch up, or use a token of its own (a GitHub App's)`,
  };
}
