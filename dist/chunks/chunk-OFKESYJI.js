#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/github-client.ts
var GitHubError = class extends Error {
  name = "GitHubError";
};
var QUERY_ATTEMPTS = 3;
var RATE_LIMIT_RETRIES = 2;
var LONGEST_RATE_LIMIT_WAIT_S = 60;
var SECONDARY_LIMIT_WAIT_S = 60;
var REQUEST_TIMEOUT_MS = 6e4;
function graphqlUrl(apiUrl) {
  return `${apiUrl.replace(/\/+$/, "").replace(/\/api\/v3$/, "/api")}/graphql`;
}
function graphqlClient(options) {
  const url = graphqlUrl(options.apiUrl);
  const headers = {
    authorization: `token ${options.token}`,
    "content-type": "application/json; charset=utf-8",
    accept: "application/json",
    "user-agent": options.userAgent
  };
  async function request(document, variables, idempotent) {
    let failures = 0;
    let rateLimited = 0;
    for (; ; ) {
      let response;
      try {
        response = await options.post(url, headers, JSON.stringify({ query: document, variables }));
      } catch (error) {
        const failure = networkFailure(error);
        if (failure.unreachable)
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} is out of reach (${failure.reason}): check the runner's network and GITHUB_API_URL`
          );
        if (!idempotent) return { kind: "lost", reason: failure.reason };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} kept dropping the connection (${failure.reason}): run the workflow again later`
          );
        }
        options.log(`The connection to GitHub dropped (${failure.reason}); trying again`);
        await options.sleep(1e3 * failures);
        continue;
      }
      const body = parseBody(response.body);
      const limit = rateLimit(response, body, options.now());
      if (limit) {
        if (limit.waitSeconds > LONGEST_RATE_LIMIT_WAIT_S || rateLimited++ >= RATE_LIMIT_RETRIES) {
          throw new GitHubError(limit.giveUp);
        }
        options.log(`${limit.reached}; trying again in ${limit.waitSeconds} s`);
        await options.sleep(limit.waitSeconds * 1e3);
        continue;
      }
      if (response.status === 401) {
        throw new GitHubError(
          "GitHub refused the token (401 Bad credentials): pass a valid token, e.g. token: ${{ github.token }}"
        );
      }
      if (response.status >= 500) {
        if (!idempotent) return { kind: "lost", reason: `GitHub answered ${response.status}` };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub kept failing (${response.status}) after ${QUERY_ATTEMPTS} tries: run the workflow again later`
          );
        }
        options.log(`GitHub answered ${response.status}; trying again`);
        await options.sleep(1e3 * failures);
        continue;
      }
      if (response.status >= 400 || body?.errors?.length) {
        return {
          kind: "errors",
          errors: body?.errors?.length ? body.errors : [httpError(response.status, body)],
          status: response.status
        };
      }
      if (body?.data === void 0) {
        throw new GitHubError(`GitHub answered ${response.status} with no data: run the workflow again later`);
      }
      return { kind: "data", data: body.data };
    }
  }
  return {
    query: (document, variables) => request(document, variables, true),
    mutate: (document, variables) => request(document, variables, false)
  };
}
function httpError(status, body) {
  const message = body?.message ?? `HTTP ${status}`;
  const type = { 403: "FORBIDDEN", 404: "NOT_FOUND" }[status];
  return type === void 0 ? { message } : { type, message };
}
function parseBody(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var UNREACHABLE = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
]);
function networkFailure(error) {
  const code = error?.code;
  if (code === "ETIMEDOUT") return { reason: `no answer in ${REQUEST_TIMEOUT_MS / 1e3} s`, unreachable: false };
  const reason = error instanceof Error ? error.message : String(error);
  return { reason, unreachable: typeof code === "string" && UNREACHABLE.has(code) };
}
function rateLimit(response, body, now) {
  const messages = [body?.message ?? "", ...(body?.errors ?? []).map((error) => error.message)].join("\n");
  const limited = response.status === 403 || response.status === 429;
  if (limited && (/\bsecondary rate limit/i.test(messages) || response.headers["retry-after"] !== void 0)) {
    return {
      waitSeconds: Number(response.headers["retry-after"]) || SECONDARY_LIMIT_WAIT_S,
      reached: "GitHub's secondary rate limit was reached",
      giveUp: "GitHub's secondary rate limit stopped the run (too many requests in a short time, by this and other jobs): run the workflow again later"
    };
  }
  const primary = limited && response.headers["x-ratelimit-remaining"] === "0" || (body?.errors ?? []).some((error) => error.type === "RATE_LIMITED" || error.type === "RATE_LIMIT");
  if (!primary) return void 0;
  const reset = Number(response.headers["x-ratelimit-reset"]);
  const waitSeconds = reset > 0 ? Math.max(1, Math.ceil(reset - now.getTime() / 1e3)) : SECONDARY_LIMIT_WAIT_S;
  const until = reset > 0 ? ` until ${new Date(reset * 1e3).toISOString().slice(11, 16)} UTC` : "";
  return {
    waitSeconds,
    reached: "GitHub's rate limit for this token was reached",
    giveUp: `GitHub's rate limit for this token is used up${until}: the next run will catch up, or use a token of its own (a GitHub App's)`
  };
}

export {
  GitHubError,
  REQUEST_TIMEOUT_MS,
  graphqlClient
};
