import { describe, expect, it } from "vitest";
import { FakeGitHub, refusal } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";
import { DIARY } from "../support/examples.js";
import { BRANCH, carries, DAY_ONE, DAY_TWO, inProcess, openOnly, SCENARIOS } from "./pull-request-scenarios.js";

describe("commit: pull-request and auto (design section 10)", () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", async (_, scenario) => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await scenario.before?.(github, run);
    const from = github.requests.length;
    const result = await run(scenario.inputs ?? DAY_ONE);
    expect(github.operations.slice(from)).toEqual(scenario.requests);
    scenario.check(github, result);
  });

  it("its requests that write wait a second apart on the run's clock, as GitHub advises, and its reads do not", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = await runAction(github, { inputs: DAY_ONE });
    expect(github.operations).toEqual(["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"]);
    expect(run.sleeps).toEqual([1000, 1000]);
  });

  it("a branch of that name holding one commit of a person's is never reset, even with no pull request open", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const held = github.push(BRANCH, { "README.md": "A person's README.\n" }, "A person's fix");
    const result = await inProcess(github)(DAY_ONE);
    expect(result.failure).toBe(
      "Branch readme-counters/main holds a commit that readme-counters did not make, which it will not throw away: merge or close its pull request into main and delete the branch, or set pull-request-branch to another name",
    );
    expect(github.head(BRANCH).oid).toBe(held);
    expect(github.pullRequests).toEqual([]);
  });

  it("a ruleset that refuses to move the pull request's branch fails the run in one line, and the pull request keeps its commit", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    const held = github.head(BRANCH).oid;
    github.failures.push(
      refusal(
        [{ message: "Repository rule violations found\n\nCannot force-push to this branch" }],
        "ReadmeCountersMoveAndDelete",
      ),
    );
    const result = await run(DAY_TWO);
    expect(result.failure).toBe("GitHub refused to move the pull request's branch: Repository rule violations found");
    expect(result.log).not.toContain("Updated pull request #1");
    expect(result.outputs).toMatchObject({ changed: "false", "pull-request-number": "" });
    expect(github.head(BRANCH).oid).toBe(held);
  });

  it("a lost answer to creating the branch is resolved by the next read, and one pull request is opened", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push({
      status: 502,
      body: { message: "Server Error" },
      afterRunning: true,
      operation: "ReadmeCountersCreateBranch",
    });
    const from = github.requests.length;
    const result = await inProcess(github)(DAY_ONE);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual([
      "Snapshot",
      "CreateBranch",
      "Snapshot",
      "MoveBranch",
      "Commit",
      "OpenPullRequest",
    ]);
    expect(result.log).toContain("GitHub's answer was lost (GitHub answered 502); reading again (attempt 2 of 3)");
    openOnly(github, 1);
    carries(github, "466");
  });

  it("auto-merge that GitHub refuses, or whose answer is lost, is a warning, and the pull request stays open", async () => {
    const refused = new FakeGitHub({ "README.md": DIARY });
    refused.failures.push(refusal([{ message: "Pull request is in unstable status" }], "ReadmeCountersAutoMerge"));
    const unstable = await inProcess(refused)({ ...DAY_ONE, "auto-merge": "squash" });
    expect(unstable.warnings).toEqual([
      "GitHub did not enable auto-merge (Pull request is in unstable status); the pull request is open",
    ]);
    expect(unstable.log).toContain("Opened pull request #1");
    openOnly(refused, 1);

    const lost = new FakeGitHub({ "README.md": DIARY });
    lost.failures.push({ status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersMerge" });
    const merge = await inProcess(lost)({ ...DAY_ONE, "auto-merge": "rebase" });
    expect(merge.failure).toBeUndefined();
    expect(merge.warnings).toEqual(["GitHub's answer to the merge was lost (GitHub answered 502)"]);
    openOnly(lost, 1);
  });

  it.each([
    [
      "lost",
      { status: 502, body: { message: "Server Error" } },
      "GitHub's answer to enabling auto-merge was lost (GitHub answered 502)",
    ],
    [
      "refused by the repository's settings",
      refusal([{ message: "Auto merge is not allowed for this repository" }]),
      'auto-merge is not allowed in this repository (Auto merge is not allowed for this repository): turn on "Allow auto-merge" in Settings → General → Pull Requests; the pull request is open',
    ],
  ])(
    "auto-merge %s is a warning that says what to do, and the pull request stays open",
    async (_, failure, warning) => {
      const github = new FakeGitHub({ "README.md": DIARY });
      github.failures.push({ ...failure, operation: "ReadmeCountersAutoMerge" });
      const result = await inProcess(github)({ ...DAY_ONE, "auto-merge": "squash" });
      expect(result.failure).toBeUndefined();
      expect(result.warnings).toEqual([warning]);
      openOnly(github, 1);
    },
  );

  it("a merge GitHub refuses is a warning, and the pull request is said to be open, not merged", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push(
      refusal([{ message: "Merge commits are not allowed on this repository." }], "ReadmeCountersMerge"),
    );
    const result = await inProcess(github)({ ...DAY_ONE, "auto-merge": "merge" });
    expect(result.failure).toBeUndefined();
    openOnly(github, 1);
    expect(result.warnings).toEqual([
      "GitHub did not merge the pull request (Merge commits are not allowed on this repository.); it is open",
    ]);
    expect(result.log).toContain("Opened pull request #1");
    expect(result.log).not.toContain("merged it");
    expect(github.file("README.md")).toBe(DIARY);
  });

  it("after a merge with a merge commit that kept the branch, the next change opens a new pull request from it", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    github.mergeByHand(1, "MERGE");
    const from = github.requests.length;
    const result = await run(DAY_TWO);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual(["Snapshot", "MoveBranch", "Commit", "OpenPullRequest"]);
    openOnly(github, 2);
    carries(github, "467");
  });

  it("once the base holds today's values, a run opens no pull request and says every counter is up to date", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    github.mergeByHand(1, "SQUASH");
    const from = github.requests.length;
    const result = await run(DAY_ONE);
    expect(github.operations.slice(from)).toEqual(["Snapshot"]);
    expect(github.pulls("OPEN")).toEqual([]);
    expect(result.outputs).toMatchObject({ changed: "false", "pull-request-number": "" });
    expect(result.log).toContain("Every counter is up to date");
  });

  it("with several files, a pull request that carries only some of today's renderings is updated", async () => {
    const github = new FakeGitHub({
      "README.md": "Day {{DAY_SINCE_2025_08_18}}\n",
      "NOTES.md": "On {{DATE_PRETTY}}\n",
    });
    const run = inProcess(github);
    const files = { ...DAY_ONE, files: "README.md\nNOTES.md" };
    await run(files);
    const from = github.requests.length;
    // The same day, but NOTES.md now renders differently: README.md's rendering alone is on the branch.
    const result = await run({ ...files, "date-format": "dd.MM.yyyy" });
    expect(github.operations.slice(from)).toEqual(["Snapshot", "CreateBranch", "Commit", "MoveAndDelete"]);
    expect(github.file("NOTES.md", BRANCH)).toBe("On <!--{{DATE_PRETTY}}-->27.11.2026<!--/-->\n");
    expect(result.log).toContain("Updated pull request #1");
  });

  it("a lost answer to moving the branch is resolved by the next read: the pull request is up to date", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    github.failures.push({
      status: 502,
      body: { message: "Server Error" },
      afterRunning: true,
      operation: "ReadmeCountersMoveAndDelete",
    });
    const result = await run({ ...DAY_ONE, today: "2026-11-28" });
    expect(result.failure).toBeUndefined();
    expect(github.pulls("OPEN").map((pull) => pull.number)).toEqual([1]);
    expect(github.file("README.md", "readme-counters/main")).toContain("<!--{{DAY_SINCE_2025_08_18}}-->467<!--/-->");
    expect(result.outputs["pull-request-number"]).toBe("1");
  });

  it("a lost answer to moving the branch, sent before GitHub ran it, is read again and the move sent again", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    github.failures.push({ status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersMoveAndDelete" });
    const from = github.requests.length;
    const result = await run(DAY_TWO);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual([
      "Snapshot",
      "CreateBranch",
      "Commit",
      "MoveAndDelete",
      // The scratch branch of the first attempt is still there: it is reset, not made again.
      "Snapshot",
      "MoveBranch",
      "Commit",
      "MoveAndDelete",
    ]);
    expect(result.log).toContain("GitHub's answer was lost (GitHub answered 502); reading again (attempt 2 of 3)");
    carries(github, "467");
    openOnly(github, 1);
  });

  it("a lost answer to resetting a branch it made is read again, and the reset sent again", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push(
      { status: 502, body: { message: "Server Error" }, afterRunning: true, operation: "ReadmeCountersCreateBranch" },
      { status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersMoveBranch" },
    );
    const from = github.requests.length;
    const result = await inProcess(github)(DAY_ONE);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual([
      "Snapshot",
      "CreateBranch",
      "Snapshot",
      "MoveBranch",
      "Snapshot",
      "MoveBranch",
      "Commit",
      "OpenPullRequest",
    ]);
    openOnly(github, 1);
    carries(github, "466");
  });

  it.each([
    [
      "the branch",
      "ReadmeCountersCreateBranch",
      { createRef: null },
      "GitHub did not return branch readme-counters/main",
    ],
    [
      "the pull request",
      "ReadmeCountersOpenPullRequest",
      { createPullRequest: null },
      "GitHub did not return the pull request from readme-counters/main",
    ],
  ])("an answer that does not hold %s it made ends the run in one line", async (_, operation, data, message) => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push({ status: 200, body: { data }, afterRunning: true, operation });
    expect((await inProcess(github)(DAY_ONE)).failure).toBe(message);
  });

  it.each([
    ["to create its branch", [], "ReadmeCountersCreateBranch", "create branch readme-counters/main"],
    ["to move its branch", [DAY_ONE], "ReadmeCountersMoveAndDelete", "move the pull request's branch"],
  ])(
    "a token that may not write, refused %s, says which permission the job needs",
    async (_, before, operation, action) => {
      const github = new FakeGitHub({ "README.md": DIARY });
      const run = inProcess(github);
      for (const inputs of before) await run(inputs);
      github.failures.push(
        refusal([{ type: "FORBIDDEN", message: "Resource not accessible by integration" }], operation),
      );
      expect((await run(before.length > 0 ? DAY_TWO : DAY_ONE)).failure).toBe(
        `GitHub refused to ${action} (Resource not accessible by integration): give the job \`permissions: contents: write\`, or for another repository a token that may`,
      );
    },
  );

  it("a token that may not write, refused to reset a branch it made, says which permission the job needs", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push(
      { status: 502, body: { message: "Server Error" }, afterRunning: true, operation: "ReadmeCountersCreateBranch" },
      refusal([{ type: "FORBIDDEN", message: "Resource not accessible by integration" }], "ReadmeCountersMoveBranch"),
    );
    expect((await inProcess(github)(DAY_ONE)).failure).toBe(
      "GitHub refused to move the pull request's branch (Resource not accessible by integration): give the job `permissions: contents: write`, or for another repository a token that may",
    );
  });

  it("a lost answer to opening the pull request is read again, and one pull request is opened", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push({
      status: 502,
      body: { message: "Server Error" },
      operation: "ReadmeCountersOpenPullRequest",
    });
    const result = await inProcess(github)(DAY_ONE);
    expect(result.failure).toBeUndefined();
    expect(result.log).toContain("GitHub's answer was lost (GitHub answered 502); reading again (attempt 2 of 3)");
    openOnly(github, 1);
    carries(github, "466");
  });

  it("a ruleset that guards the pull request's branch too says to name another", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.protectedBranches.add(BRANCH);
    expect((await inProcess(github)(DAY_ONE)).failure).toBe(
      "Branch readme-counters/main is guarded by a ruleset too (Repository rule violations found): set pull-request-branch to a name its rules allow",
    );
    expect(github.pullRequests).toEqual([]);
  });

  it("a branch of that name holding two commits of a person's says how many", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.push(BRANCH, { "README.md": "A person's README.\n" }, "A person's fix");
    github.push(BRANCH, { "README.md": "A person's README, again.\n" }, "Another fix");
    expect((await inProcess(github)(DAY_ONE)).failure).toMatch(
      /^Branch readme-counters\/main holds 2 commits that readme-counters did not make, which it will not throw away: /,
    );
  });

  it("the pull request's branch can be named, and the default one follows the base branch", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.push("docs", {});
    await inProcess(github)({ ...DAY_ONE, branch: "docs" });
    expect(github.pulls("OPEN")[0]).toMatchObject({ head: "readme-counters/docs", base: "docs" });
    await inProcess(github)({ ...DAY_ONE, "pull-request-branch": "bot/counters" });
    expect(github.pulls("OPEN").map((pull) => [pull.head, pull.base])).toEqual([
      ["readme-counters/docs", "docs"],
      ["bot/counters", "main"],
    ]);
  });

  it("for another repository with no branch input, the default branch is asked for first", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    await runAction(github, {
      inputs: { ...DAY_ONE, repository: "octo/diary" },
      env: { GITHUB_REPOSITORY: "someone/else" },
    });
    expect(github.operations).toEqual(["DefaultBranch", "Snapshot", "CreateBranch", "Commit", "OpenPullRequest"]);
  });

  it("dry-run reads once and opens nothing", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    const result = await inProcess(github)({ ...DAY_ONE, "dry-run": "true" });
    expect(github.operations).toEqual(["Snapshot"]);
    expect(result.outputs).toMatchObject({ changed: "true", "pull-request-number": "" });
  });

  it("commit: auto with an open pull request, once the branch takes commits directly, says it is no longer needed", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.protectedBranches.add("main");
    await inProcess(github)({ ...DAY_ONE, commit: "auto" });
    github.protectedBranches.clear();
    const result = await inProcess(github)({ ...DAY_ONE, commit: "auto", today: "2026-11-28" });
    expect(result.warnings).toEqual([
      "pull request #1 is no longer needed, since main took the commit directly: close it",
    ]);
  });
});

describe("the fake GitHub, as GitHub does", () => {
  it("closes an open pull request whose branch has no commits ahead of its base, for good", () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.push("feature", { "a.md": "a" });
    const pull = github.openByHand("feature");
    github.refs.set("feature", github.head("main").oid);
    github.push("main", { "c.md": "c" });
    expect(pull.state).toBe("CLOSED");
    github.push("feature", { "b.md": "b" });
    expect(pull.state).toBe("CLOSED");
    expect(github.pulls("OPEN")).toEqual([]);
  });
});

describe("a pull request for a docs tree", () => {
  it("opens with a body GitHub takes: the first values, and how many more the log lists", async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 1500 }, (_, page) => [`docs/page-${page}.md`, "Day {{DAYS_SINCE_2025_08_18}}\n"]),
    );
    const github = new FakeGitHub(pages);
    const result = await inProcess(github)({ ...DAY_ONE, files: "docs/*.md" });
    expect(result.failure).toBeUndefined();
    const body = github.pulls("OPEN")[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\nAnd \d{3,} more tokens; the run's log lists every value\.\n/);
    expect(result.log).toContain("line 1: {{DAYS_SINCE_2025_08_18}} = 466");
  });
});

describe("a pull request brought up to date, when GitHub's answers go astray", () => {
  /** A fake GitHub whose pull request the first day's run opened. */
  async function withPullRequest() {
    const github = new FakeGitHub({ "README.md": DIARY });
    const run = inProcess(github);
    await run(DAY_ONE);
    return { github, run, from: github.requests.length };
  }
  const lost = (operation: string) => ({ status: 502, body: { message: "Server Error" }, operation });

  it("says it updated the pull request, and which files changed", async () => {
    const { run } = await withPullRequest();
    const result = await run(DAY_TWO);
    expect(result.log).toContain("Updated pull request #1");
    expect(result.outputs["changed-files"]).toBe('["README.md"]');
  });

  it("a lost answer to creating the scratch branch is read again", async () => {
    const { github, run, from } = await withPullRequest();
    github.failures.push(lost("ReadmeCountersCreateBranch"));
    const result = await run(DAY_TWO);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual([
      "Snapshot",
      "CreateBranch",
      "Snapshot",
      "CreateBranch",
      "Commit",
      "MoveAndDelete",
    ]);
    carries(github, "467");
  });

  it("a lost answer to resetting a scratch branch left from before is read again", async () => {
    const { github, run, from } = await withPullRequest();
    github.failures.push(lost("ReadmeCountersMoveAndDelete"), lost("ReadmeCountersMoveBranch"));
    const result = await run(DAY_TWO);
    expect(result.failure).toBeUndefined();
    expect(github.operations.slice(from)).toEqual([
      "Snapshot",
      "CreateBranch",
      "Commit",
      "MoveAndDelete",
      "Snapshot",
      "MoveBranch",
      "Snapshot",
      "MoveBranch",
      "Commit",
      "MoveAndDelete",
    ]);
    carries(github, "467");
  });

  it("a commit on the scratch branch that finds it moved is made again", async () => {
    const { github, run } = await withPullRequest();
    github.failures.push(refusal([{ type: "STALE_DATA", message: "The branch has moved." }], "ReadmeCountersCommit"));
    const result = await run(DAY_TWO);
    expect(result.failure).toBeUndefined();
    expect(result.log).toContain(
      "Branch readme-counters/main-next moved while the commit was made; reading again (attempt 2 of 3)",
    );
    carries(github, "467");
  });
});

describe("a new pull request, when GitHub's answers go astray", () => {
  it("a commit on its branch that finds the branch moved is made again before the pull request opens", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push(refusal([{ type: "STALE_DATA", message: "The branch has moved." }], "ReadmeCountersCommit"));
    const result = await inProcess(github)(DAY_ONE);
    expect(result.failure).toBeUndefined();
    expect(result.log).toContain(
      "Branch readme-counters/main moved while the commit was made; reading again (attempt 2 of 3)",
    );
    openOnly(github, 1);
    carries(github, "466");
  });

  it("one another run opened meanwhile is read again and brought up to date, not opened twice", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push(
      refusal(
        [{ message: "A pull request already exists for octo:readme-counters/main." }],
        "ReadmeCountersOpenPullRequest",
      ),
    );
    const result = await inProcess(github)(DAY_ONE);
    expect(result.log).toContain(
      "A pull request from readme-counters/main was opened meanwhile; reading again (attempt 2 of 3)",
    );
  });

  it("auto-merge that GitHub enables, to wait for what the base requires, gets the warning that no check will run", async () => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.failures.push({
      status: 200,
      body: { data: { enablePullRequestAutoMerge: { pullRequest: { id: "PR_1" } } } },
      operation: "ReadmeCountersAutoMerge",
    });
    const result = await inProcess(github)({ ...DAY_ONE, "auto-merge": "squash" });
    expect(github.operations).toEqual(["Snapshot", "CreateBranch", "Commit", "OpenPullRequest", "AutoMerge"]);
    expect(result.warnings).toEqual([
      "Pull request #1 was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events: if auto-merge waits for checks, none will run. The fix: pass a GitHub App token (actions/create-github-app-token) or a personal access token as the token input",
    ]);
  });

  it("its body says what it is, with a row for each value", async () => {
    const github = new FakeGitHub({ "README.md": "Day {{DATE}}, {{DAY_SINCE_2025_08_18}} days in\n" });
    await inProcess(github)(DAY_ONE);
    expect(github.pulls("OPEN")[0]?.body).toBe(
      [
        "Today's values of the README counters, rendered from the base branch by readme-counters.",
        "",
        "| File | Token | Value | Line |",
        "| --- | --- | --- | --- |",
        "| README.md | `{{DATE}}` | 2026-11-27 | 1 |",
        "| README.md | `{{DAY_SINCE_2025_08_18}}` | 466 | 1 |",
        "",
        "The next run updates this pull request, or opens a new one once it is merged.",
      ].join("\n"),
    );
  });

  it("its body's table keeps a | in a file's name inside its cell", async () => {
    const github = new FakeGitHub({ "docs/a|b.md": "Day {{DATE}}\n" });
    await inProcess(github)({ ...DAY_ONE, files: "docs/*.md" });
    expect(github.pulls("OPEN")[0]?.body).toContain("| docs/a\\|b.md | `{{DATE}}` | 2026-11-27 | 1 |");
  });
});
