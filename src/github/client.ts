import { getOctokit } from "@actions/github";
import { defaults } from "@actions/github/lib/utils";
import type { Octokit } from "@octokit/core";
import { GraphqlResponseError } from "@octokit/graphql";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { RequestError } from "@octokit/request-error";
import Bottleneck from "bottleneck/light.js";
import type { Shell } from "../outcome.js";

/**
 * GitHub's API through @actions/github's Octokit, with @octokit/plugin-retry
 * and @octokit/plugin-throttling. Octokit brings the API's address, the
 * runner's proxy and the user agent; this module decides what is retried and
 * says each failure in one line.
 *
 * - A query is tried up to QUERY_ATTEMPTS times while GitHub answers 5xx or
 *   the connection drops. A mutation is sent once (`retries: 0`): when its
 *   answer is lost it may have landed, so the caller reads again and decides.
 * - The throttling plugin puts every GraphQL request, queries too, in its
 *   `write` group, a second apart. That group is replaced by one with no gap,
 *   so nothing waits before the first write, and GitHub's advice of a second
 *   between writes is kept in `mutate` itself, on the run's clock.
 * - Every wait is taken on the run's clock (a test's takes no time): the
 *   plugins decide, with no timer of their own (`retryAfterBaseValue: 0`).
 */

/** One entry of a GraphQL answer's `errors`. */
export interface GraphqlError {
  readonly type?: string;
  readonly message: string;
  /** The field that failed, from the query's root: `["repository", "date0", "issues"]`. */
  readonly path?: ReadonlyArray<string | number>;
}

export type Answer<T> =
  | { readonly kind: "data"; readonly data: T }
  /**
   * GitHub refused the request: a GraphQL error, or a 4xx that is not a rate
   * limit. `data`: what a GraphQL answer held beside its errors, where the
   * fields that failed are null.
   */
  | {
      readonly kind: "errors";
      readonly errors: readonly GraphqlError[];
      readonly status: number;
      readonly data?: unknown;
    };

/** A mutation's answer, or that it never came: GitHub may or may not have applied it. */
export type MutationAnswer<T> = Answer<T> | { readonly kind: "lost"; readonly reason: string };

/** A failure that ends the run, said in one line with what to do. */
export class GitHubError extends Error {
  override name = "GitHubError";
}

export interface GitHubClient {
  /** A query: retried while GitHub fails or the connection drops; its errors are returned. */
  query<T>(document: string, variables: Readonly<Record<string, unknown>>): Promise<Answer<T>>;
  /** A mutation (or several in one document): sent once. */
  mutate<T>(document: string, variables: Readonly<Record<string, unknown>>): Promise<MutationAnswer<T>>;
  /** A REST request that may be repeated safely (a read, or a PUT that sets a state), retried as a query is. */
  rest<T>(route: string, parameters: Readonly<Record<string, unknown>>): Promise<Answer<T>>;
}

export interface ClientOptions {
  readonly token: string;
  /** GITHUB_API_URL: `https://api.github.com`, or a GitHub Enterprise Server's `https://host/api/v3`. */
  readonly apiUrl: string;
  /** readme-counters' own; Octokit adds its own and the runner's orchestration id. */
  readonly userAgent: string;
  /** How requests are sent; @actions/github's fetch, which goes through the runner's proxy, when undefined. */
  readonly fetch: typeof fetch | undefined;
  readonly sleep: (milliseconds: number) => Promise<void>;
  readonly now: () => Date;
  readonly log: (message: string) => void;
  /** Who runs the client, whose settings the fixes name: the action's inputs, or the CLI's environment. */
  readonly shell: Shell;
}

/** What to do about a refused token or an unreachable API, in the words of who runs the client. */
const FIXES: Readonly<Record<Shell, { readonly token: string; readonly network: string }>> = {
  action: {
    token: "pass a valid token, e.g. token: ${{ github.token }}",
    network: "check the runner's network and GITHUB_API_URL",
  },
  cli: { token: "set GITHUB_TOKEN (or GH_TOKEN) to a valid token", network: "check this machine's network" },
};

const QUERY_ATTEMPTS = 3;
/** How often a request is tried again after a rate limit, and the longest wait for one. */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_RATE_LIMIT_WAIT_S = 60;
/** GitHub's advice: a second between requests that write. */
const BETWEEN_WRITES_MS = 1000;
/** An attempt that has no answer after this long is given up, as a dropped connection is. */
const ATTEMPT_TIMEOUT_MS = 60_000;

/** Codes of a connection that never reached GitHub, where trying again does not help. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

export function gitHubClient(options: ClientOptions): GitHubClient {
  /** Why the rate-limit handlers stopped retrying, for the line that ends the run. */
  let rateLimitStop: string | undefined;
  const send = options.fetch ?? (defaults.request?.fetch as typeof fetch);
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ""),
      userAgent: options.userAgent,
      // `request` replaces @actions/github's defaults whole: they are kept, its proxy-aware fetch among them.
      request: {
        ...defaults.request,
        fetch: (url: string, init: RequestInit) =>
          send(url, { ...init, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) }),
      },
      // Rate limits (403, 429) are the throttling plugin's to wait for.
      retry: {
        retries: QUERY_ATTEMPTS - 1,
        retryAfterBaseValue: 0,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        retryAfterBaseValue: 0,
        onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) =>
          waitForRateLimit(
            retryAfter,
            retryCount,
            "GitHub's secondary rate limit was reached",
            "GitHub's secondary rate limit stopped the run (too many requests in a short time, by this and other jobs): run the workflow again later",
          ),
        onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) =>
          waitForRateLimit(
            retryAfter,
            retryCount,
            "GitHub's rate limit for this token was reached",
            // The plugin counts the wait from this machine's clock, so the time is said from it too.
            `GitHub's rate limit for this token is used up until ${new Date(Date.now() + retryAfter * 1000).toISOString().slice(11, 16)} UTC: the next run will catch up, or use a token of its own (a GitHub App's)`,
          ),
      },
    },
    // First, so that its hook runs inside the retries, once for each attempt.
    waitsOnTheClock(options),
    retry,
    throttling,
  );

  async function waitForRateLimit(retryAfter: number, retryCount: number, reached: string, stop: string) {
    if (retryAfter > LONGEST_RATE_LIMIT_WAIT_S || retryCount >= RATE_LIMIT_RETRIES) {
      rateLimitStop = stop;
      return false;
    }
    options.log(`${reached}; trying again in ${retryAfter} s`);
    await options.sleep(retryAfter * 1000);
    return true;
  }

  /** What went wrong, as the caller is told it, or a GitHubError that ends the run: only a mutation is ever lost. */
  function failure(error: unknown, idempotent: true): Answer<never>;
  function failure(error: unknown, idempotent: false): MutationAnswer<never>;
  function failure(error: unknown, idempotent: boolean): MutationAnswer<never> {
    if (rateLimitStop !== undefined) throw new GitHubError(rateLimitStop);
    if (error instanceof GraphqlResponseError) {
      return { kind: "errors", errors: error.errors ?? [], status: 200, data: error.data };
    }
    if (!(error instanceof RequestError)) throw error;
    if (error.status === 401) {
      throw new GitHubError(`GitHub refused the token (401 Bad credentials): ${FIXES[options.shell].token}`);
    }
    const dropped = error.status === 500 && error.response === undefined;
    if (error.status >= 500) {
      const reason = dropped ? (connectionCode(error) ?? error.message) : `GitHub answered ${error.status}`;
      if (!idempotent) return { kind: "lost", reason };
      throw new GitHubError(
        dropped
          ? `GitHub's API at ${options.apiUrl} kept dropping the connection (${reason}): run the workflow again later`
          : `GitHub kept failing (${error.status}) after ${QUERY_ATTEMPTS} tries: run the workflow again later`,
      );
    }
    const message = (error.response?.data as { message?: string } | undefined)?.message ?? error.message;
    const type = { 403: "FORBIDDEN", 404: "NOT_FOUND" }[error.status];
    return { kind: "errors", errors: [type === undefined ? { message } : { type, message }], status: error.status };
  }

  let lastWrite: number | undefined;
  return {
    async query<T>(document: string, variables: Readonly<Record<string, unknown>>) {
      let data: T | undefined;
      try {
        data = await octokit.graphql<T>(document, { ...variables, request: {} });
      } catch (error) {
        return failure(error, true);
      }
      // An answer that is not GraphQL's (a proxy's page, say) has no data.
      if (data == null) throw new GitHubError("GitHub answered with no data: run the workflow again later");
      return { kind: "data", data };
    },
    async mutate<T>(document: string, variables: Readonly<Record<string, unknown>>) {
      const since = lastWrite === undefined ? undefined : options.now().getTime() - lastWrite;
      if (since !== undefined && since < BETWEEN_WRITES_MS) await options.sleep(BETWEEN_WRITES_MS - since);
      lastWrite = options.now().getTime();
      let data: T | undefined;
      try {
        data = await octokit.graphql<T>(document, { ...variables, request: { retries: 0 } });
      } catch (error) {
        return failure(error, false);
      }
      return data == null ? { kind: "lost", reason: "GitHub answered with no data" } : { kind: "data", data };
    },
    async rest<T>(route: string, parameters: Readonly<Record<string, unknown>>) {
      try {
        return { kind: "data", data: (await octokit.request(route, { ...parameters, request: {} })).data as T };
      } catch (error) {
        return failure(error, true);
      }
    },
  };
}

/**
 * A plugin whose hook wraps each attempt: before a retry it says why and
 * waits on the run's clock (1 s, then 2 s), and a connection that never
 * reached GitHub ends the run at once, naming the address, instead of being
 * retried. (Each call passes its own `request` options: plugin-retry counts
 * its retries in them, and would otherwise carry the count from one call
 * into the defaults of the next.)
 */
function waitsOnTheClock(options: ClientOptions) {
  return (octokit: Octokit) => {
    // A retry is the same request options again: what went wrong with them last.
    const lastFailure = new WeakMap<object, string>();
    octokit.hook.wrap("request", async (request, parameters) => {
      const failed = lastFailure.get(parameters);
      if (failed !== undefined) {
        options.log(`${failed}; trying again`);
        await options.sleep(1000 * ((parameters.request as { retryCount?: number }).retryCount ?? 1));
      }
      try {
        return await request(parameters);
      } catch (error) {
        const code = connectionCode(error);
        if (code !== undefined && UNREACHABLE.has(code)) {
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} is out of reach (${code}): ${FIXES[options.shell].network}`,
          );
        }
        // What plugin-retry tries again; the throttling plugin's handlers wait for rate limits themselves.
        if (error instanceof RequestError && error.status >= 500) {
          lastFailure.set(
            parameters,
            code === undefined ? `GitHub answered ${error.status}` : `The connection to GitHub dropped (${code})`,
          );
        }
        throw error;
      }
    });
  };
}

/** The code of a connection that failed (ECONNRESET…), which fetch gives as the cause of its TypeError. */
function connectionCode(error: unknown): string | undefined {
  if (!(error instanceof RequestError) || error.response !== undefined) return undefined;
  const cause = error.cause as { name?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof cause?.cause?.code === "string") return cause.cause.code;
  return cause?.name === "TimeoutError" ? `no answer in ${ATTEMPT_TIMEOUT_MS / 1000} s` : undefined;
}
