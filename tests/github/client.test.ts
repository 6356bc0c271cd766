import { describe, expect } from "vitest";
import { refusal } from "../fakes/github/index.js";
import { action, expectFailure, test } from "../support/action-run.js";

/*
 * The GitHub client (src/github/client.ts), seen through the action's runs: retries,
 * rate limits, lost answers, and the one line each failure ends in.
 */

describe("GitHub failing", () => {
  test("a 502 once is retried and the run succeeds", async ({ github }) => {
    github.failures.push({ status: 502, body: { message: "Server Error" } });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.requests.map((request) => request.status)).toEqual([502, 200, 200]);
    expect(github.history()).toBe(2);
  });

  test("a query answered 502 twice, then 200, succeeds after waiting 1 s and 2 s", async ({ github }) => {
    github.failures.push(
      { status: 502, body: { message: "Server Error" } },
      { status: 502, body: { message: "Server Error" } },
    );
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.requests.map((request) => `${request.name} ${request.status}`)).toEqual([
      "ReadmeCountersSnapshot 502",
      "ReadmeCountersSnapshot 502",
      "ReadmeCountersSnapshot 200",
      "ReadmeCountersCommit 200",
    ]);
    expect(run.log.filter((line) => line.includes("trying again"))).toEqual([
      "GitHub answered 502; trying again",
      "GitHub answered 502; trying again",
    ]);
    expect(run.sleeps).toEqual([1000, 2000]);
  });

  test("a query that keeps failing ends the run after 3 tries, in one line", async ({ github }) => {
    const failing = { status: 503, body: { message: "Service Unavailable" } };
    github.failures.push(failing, failing, failing, failing);
    const run = await action(github);
    expectFailure(run, "GitHub kept failing (503) after 3 tries: run the workflow again later");
    expect(github.requests).toHaveLength(3);
  });

  test("a connection that keeps dropping ends the run after 3 tries, naming the API's address", async ({ github }) => {
    github.failures.push({ network: "ECONNRESET" }, { network: "ECONNRESET" }, { network: "ECONNRESET" });
    const run = await action(github);
    expectFailure(
      run,
      "GitHub's API at https://api.github.example kept dropping the connection (ECONNRESET): run the workflow again later",
    );
    expect(run.sleeps).toEqual([1000, 2000]);
  });

  test("an answer that holds no data (a proxy's page) ends the run in one line", async ({ github }) => {
    github.failures.push({ status: 200, body: {} });
    expectFailure(await action(github), "GitHub answered with no data: run the workflow again later");
  });

  test("a mutation whose connection dropped after GitHub ran it is sent once, and found by the next read", async ({
    github,
  }) => {
    github.failures.push({ network: "ECONNRESET", afterRunning: true, operation: "ReadmeCountersCommit" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Commit", "Snapshot"]);
    expect(github.history()).toBe(2);
    expect(run.outputs).toMatchObject({ changed: "true", "commit-sha": github.head().oid });
    expect(run.log).toContain("GitHub's answer to the commit was lost (ECONNRESET); reading again (attempt 2 of 3)");
  });

  test("a secondary rate limit waits for its retry-after, then the request is sent again", async ({ github }) => {
    github.failures.push({
      status: 403,
      headers: { "retry-after": "30" },
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
      operation: "ReadmeCountersCommit",
    });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Commit", "Commit"]);
    expect(run.log).toContain("GitHub's secondary rate limit was reached; trying again in 30 s");
    expect(run.sleeps).toEqual([30_000]);
    expect(github.history()).toBe(2);
  });

  test("a 401 says the token was refused", async ({ github }) => {
    const run = await action(github, { token: "ghs_notTheRightOne" });
    expect(run.failure).toBe(
      "GitHub refused the token (401 Bad credentials): pass a valid token, e.g. token: ${{ github.token }}",
    );
    expect(github.requests).toHaveLength(1);
  });

  test("a token that may not write says which permission the job needs", async ({ github }) => {
    github.readOnlyToken = true;
    const run = await action(github);
    expectFailure(run, "give the job `permissions: contents: write`");
    expect(github.history()).toBe(1);
  });

  test("a read the token may not make says which permission the job needs", async ({ github }) => {
    github.failures.push(refusal([{ type: "FORBIDDEN", message: "Resource not accessible by integration" }]));
    expectFailure(
      await action(github),
      "GitHub refused to read octo/diary (Resource not accessible by integration): give the job `permissions: contents: read`, or for another repository a token that may",
    );
    expect(github.history()).toBe(1);
  });

  test("a refusal of several errors is said by its first, and named by the type any of them has", async ({
    github,
  }) => {
    github.failures.push(
      refusal([
        { type: "SOMETHING_ELSE", message: "Something else went wrong" },
        { type: "FORBIDDEN", message: "Resource not accessible by integration" },
      ]),
    );
    expectFailure(
      await action(github),
      "GitHub refused to read octo/diary (Something else went wrong): give the job `permissions: contents: read`",
    );
  });

  test("a guarded branch says to use a bypassing app token or another branch", async ({ github }) => {
    github.protectedBranches.add("main");
    const run = await action(github);
    expectFailure(run, "Branch main is guarded by a ruleset or branch protection (Repository rule violations found)");
    expectFailure(run, "set commit: pull-request (or auto)");
    expectFailure(run, "bypass list");
    expect(github.history()).toBe(1);
  });

  test("GitHub out of reach fails at once, naming the API's address, not a 500", async ({ github }) => {
    github.failures.push({ network: "ECONNREFUSED" });
    const run = await action(github);
    expectFailure(
      run,
      "GitHub's API at https://api.github.example is out of reach (ECONNREFUSED): check the runner's network and GITHUB_API_URL",
    );
    expect(run.sleeps).toEqual([]);
  });

  test("a read that gets no answer in time is retried, saying how long it waited", async ({ github }) => {
    github.failures.push({ network: "timeout" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(run.log).toContain("The connection to GitHub dropped (no answer in 60 s); trying again");
    expect(github.history()).toBe(2);
  });

  test("a commit whose answer holds no data is lost, and found by the next read", async ({ github }) => {
    github.failures.push({ status: 200, body: { data: null }, afterRunning: true, operation: "ReadmeCountersCommit" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.count("mutation")).toBe(1);
    expect(run.outputs).toMatchObject({ changed: "true", "commit-sha": github.head().oid });
    expect(run.log).toContain(
      "GitHub's answer to the commit was lost (GitHub answered with no data); reading again (attempt 2 of 3)",
    );
  });

  test.for(["ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "CERT_HAS_EXPIRED", "UNABLE_TO_VERIFY_LEAF_SIGNATURE"])(
    "a connection that cannot reach GitHub (%s) fails at once",
    async (code, { github }) => {
      github.failures.push({ network: code });
      const run = await action(github);
      expect(run.failure).toBe(
        `GitHub's API at https://api.github.example is out of reach (${code}): check the runner's network and GITHUB_API_URL`,
      );
      expect(run.sleeps).toEqual([]);
    },
  );

  test("a dropped connection while reading is retried", async ({ github }) => {
    github.failures.push({ network: "ECONNRESET" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(run.log).toContain("The connection to GitHub dropped (ECONNRESET); trying again");
    expect(github.history()).toBe(2);
  });

  test("a commit that landed but whose answer was lost is reported with its sha, and made once", async ({ github }) => {
    // The mutation runs on GitHub, then its answer is lost (a 502).
    github.failures.push({
      status: 502,
      body: { message: "Server Error" },
      afterRunning: true,
      operation: "ReadmeCountersCommit",
    });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.history()).toBe(2);
    expect(github.count("mutation")).toBe(1);
    expect(run.outputs).toMatchObject({
      changed: "true",
      "commit-sha": github.head().oid,
      "changed-files": '["README.md"]',
    });
    expect(run.log).toContain(
      "GitHub's answer to the commit was lost (GitHub answered 502); reading again (attempt 2 of 3)",
    );
  });

  test("a 403 left after the secondary rate-limit retries is reported as a rate limit, not a permission", async ({
    github,
  }) => {
    const limited = {
      status: 403,
      headers: { "retry-after": "5" },
      body: { message: "You have exceeded a secondary rate limit." },
    };
    github.failures.push(limited, limited, limited);
    const run = await action(github);
    expectFailure(
      run,
      "GitHub's secondary rate limit stopped the run (too many requests in a short time, by this and other jobs): run the workflow again later",
    );
    expect(run.failure).not.toContain("permission");
    expect(run.sleeps).toEqual([5000, 5000]);
  });

  test.for([
    ["60", undefined],
    ["61", "GitHub's secondary rate limit stopped the run"],
  ] as const)(
    "a secondary rate limit that asks for %s s is waited for up to a minute",
    async ([retryAfter, failure], { github }) => {
      github.failures.push({
        status: 403,
        headers: { "retry-after": retryAfter },
        body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." },
      });
      const run = await action(github);
      if (failure === undefined) {
        expect(run.failure).toBeUndefined();
        expect(run.sleeps).toEqual([60_000]);
      } else {
        expectFailure(run, failure);
        expect(run.sleeps).toEqual([]);
      }
    },
  );

  test("a mutation answered 500, which GitHub may have run, is lost, not retried", async ({ github }) => {
    github.failures.push({
      status: 500,
      body: { message: "Server Error" },
      afterRunning: true,
      operation: "ReadmeCountersCommit",
    });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.count("mutation")).toBe(1);
    expect(run.log).toContain(
      "GitHub's answer to the commit was lost (GitHub answered 500); reading again (attempt 2 of 3)",
    );
  });

  test("a rate limit that resets soon is waited for; one that does not is said with its time", async ({ github }) => {
    // The throttling plugin counts to the reset from this machine's clock, not the run's.
    const inSeconds = (seconds: number) => String(Math.floor(Date.now() / 1000) + seconds);
    const limited = (reset: string) => ({
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      body: { message: "API rate limit exceeded" },
    });
    github.failures.push(limited(inSeconds(30)));
    const soon = await action(github);
    expect(soon.failure).toBeUndefined();
    expect(soon.log).toContainEqual(
      expect.stringMatching(/^GitHub's rate limit for this token was reached; trying again in 3\d s$/),
    );
    expect(soon.sleeps).toHaveLength(1);
    expect(soon.sleeps[0]).toBeGreaterThanOrEqual(30_000);
    expect(soon.sleeps[0]).toBeLessThanOrEqual(32_000);

    const later = Math.floor(Date.now() / 60_000) * 60 + 2 * 3600;
    github.failures.push(limited(String(later)));
    const until = new Date(later * 1000).toISOString().slice(11, 16);
    expectFailure(await action(github), `GitHub's rate limit for this token is used up until ${until} UTC`);
  });
});

describe("where GitHub is", () => {
  test.for(["https://ghes.example/api/v3", "https://ghes.example/api/v3/"])(
    "works with a GitHub Enterprise Server API URL, %s",
    async (apiUrl, { github }) => {
      await action(github, {}, { env: { GITHUB_API_URL: apiUrl } });
      expect(github.requests.map((request) => request.path)).toEqual(["/api/graphql", "/api/graphql"]);
      expect(github.history()).toBe(2);
    },
  );

  test("sends readme-counters' user agent, with the runner's orchestration id", async ({ github }) => {
    await action(github, {}, { env: { ACTIONS_ORCHESTRATION_ID: "run 7/a" } });
    expect(github.requests[0]?.userAgent).toMatch(
      // Octokit adds its own after it (and, on a runner, @actions/github the runner's id too).
      /^readme-counters\/\d+\.\d+\.\d+ actions_orchestration_id\/run_7_a .*octokit-core\.js\//,
    );
  });
});
