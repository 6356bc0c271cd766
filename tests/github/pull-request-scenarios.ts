import { expect } from "vitest";
import { APP_TOKEN, type FakeGitHub, type PullRequest, TOKEN } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";

/*
 * The pull-request scenarios of design section 10, run in process by
 * tests/github/pull-request.test.ts and with dist/ as a process by
 * tests/dist/pull-request.test.ts.
 */

/** What a run showed, whether it ran in this process or as dist/ in a process of its own. */
export interface RunResult {
  /** The line the step failed with; undefined when it passed. */
  readonly failure: string | undefined;
  readonly outputs: Record<string, string>;
  readonly warnings: readonly string[];
  readonly log: string;
  readonly summary: string;
}

export type RunActionFn = (inputs: Record<string, string>) => Promise<RunResult>;

/** The action in this process, against the fake GitHub in memory. */
export const inProcess =
  (github: FakeGitHub): RunActionFn =>
  async (inputs) => {
    const run = await runAction(github, { inputs });
    expect(JSON.stringify(run)).not.toContain(TOKEN);
    return {
      failure: run.failure,
      outputs: run.outputs,
      warnings: run.annotations
        .filter((annotation) => annotation.level === "warning")
        .map((annotation) => annotation.message),
      log: run.log.join("\n"),
      summary: run.summary,
    };
  };

/**
 * A pull-request scenario of design section 10: the state GitHub is brought
 * to (by earlier runs and people), the run that is measured, the requests
 * it may make, and what GitHub and the outputs must show after it.
 */
export interface Scenario {
  readonly name: string;
  readonly inputs?: Record<string, string>;
  readonly before?: (github: FakeGitHub, run: RunActionFn) => Promise<void>;
  /** The operations the measured run makes, in order (their GraphQL names without ReadmeCounters). */
  readonly requests: readonly string[];
  readonly check: (github: FakeGitHub, result: RunResult) => void;
}

export const DAY_ONE = { commit: "pull-request", today: "2026-11-27" };
export const DAY_TWO = { ...DAY_ONE, today: "2026-11-28" };
export const BRANCH = "readme-counters/main";

/** The first run, which opens pull request #1. */
async function firstPullRequest(_github: FakeGitHub, run: RunActionFn): Promise<void> {
  const result = await run(DAY_ONE);
  expect(result.failure).toBeUndefined();
}

/** The warning a pull request opened with GITHUB_TOKEN gets, where it cannot merge. */
function cannotMerge(number: number, why: string): string {
  return (
    `Pull request #${number} ${why}. ` +
    "The fix: pass a GitHub App token (actions/create-github-app-token) or a personal access token as the token input"
  );
}

const CHECKS_NEVER_RUN =
  "cannot merge: it was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events, so the status checks that main requires";

export function openOnly(github: FakeGitHub, number: number): void {
  expect(github.pulls("OPEN").map((pull) => pull.number)).toEqual([number]);
}

/** The pull request's branch holds one commit of the action on the base head, with today's values. */
export function carries(github: FakeGitHub, value: string): void {
  const head = github.head(BRANCH);
  expect(head.parents).toEqual([github.head("main").oid]);
  expect(head.message).toBe("docs: update README counters");
  expect(github.file("README.md", BRANCH)).toContain(`<!--{{DAY_SINCE_2025_08_18}}-->${value}<!--/-->`);
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: "the first pull request: a branch at the base head, one verified commit, the pull request",
    inputs: DAY_ONE,
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      openOnly(github, 1);
      carries(github, "466");
      expect(github.file("README.md")).not.toContain("<!--{{");
      const pull = github.pulls("OPEN")[0];
      expect(pull).toMatchObject({ head: BRANCH, base: "main", title: "docs: update README counters" });
      expect(pull?.body).toContain("| README.md | `{{DAY_SINCE_2025_08_18}}` | 466 | 6 |");
      expect(result.outputs).toMatchObject({
        changed: "true",
        "commit-sha": github.head(BRANCH).oid,
        "pull-request-number": "1",
        "pull-request-url": "https://github.com/octo/diary/pull/1",
      });
      const sha = github.head(BRANCH).oid;
      expect(result.summary.split("\n").slice(0, 8)).toEqual([
        "## readme-counters",
        "",
        "**Opened pull request #1**",
        "",
        'Pull request: <a href="https://github.com/octo/diary/pull/1">#1</a>',
        "",
        `Commit: <a href="https://github.com/octo/diary/commit/${sha}">${sha.slice(0, 7)}</a>`,
        "",
      ]);
      expect(result.log).toContain("Opened pull request #1");
    },
  },
  {
    name: "the same day again: one request, nothing changed, the pull request in the outputs",
    inputs: DAY_ONE,
    before: firstPullRequest,
    requests: ["Snapshot"],
    check(github, result) {
      openOnly(github, 1);
      expect(result.outputs).toMatchObject({ changed: "false", "commit-sha": "", "pull-request-number": "1" });
      expect(result.log).toContain("Pull request #1 is up to date");
    },
  },
  {
    name: "the next day: the open pull request's branch takes a new commit built on a scratch branch, and stays open",
    inputs: DAY_TWO,
    before: firstPullRequest,
    requests: ["Snapshot", "CreateBranch", "Commit", "MoveAndDelete"],
    check(github, result) {
      openOnly(github, 1);
      carries(github, "467");
      expect(github.refs.has(`${BRANCH}-next`)).toBe(false);
      expect(result.outputs).toMatchObject({ changed: "true", "pull-request-number": "1" });
      expect(result.log).toContain("Updated pull request #1");
    },
  },
  {
    name: "the base moved: the branch is rebuilt on the new base head, and the person's change is kept",
    inputs: DAY_ONE,
    async before(github, run) {
      await firstPullRequest(github, run);
      github.push("main", { "NOTES.md": "A person's note.\n" });
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "MoveAndDelete"],
    check(github) {
      openOnly(github, 1);
      carries(github, "466");
      expect(github.file("NOTES.md", BRANCH)).toBe("A person's note.\n");
    },
  },
  {
    name: "after a merge: the next change opens a new pull request, and the merged one is not reopened",
    inputs: DAY_TWO,
    async before(github, run) {
      await firstPullRequest(github, run);
      github.mergeByHand(1, "SQUASH");
    },
    requests: ["Snapshot", "MoveBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      openOnly(github, 2);
      expect(github.pulls("MERGED").map((pull) => pull.number)).toEqual([1]);
      carries(github, "467");
      expect(result.outputs["pull-request-number"]).toBe("2");
    },
  },
  {
    name: "after a merge that deleted the branch: the branch is created again",
    inputs: DAY_TWO,
    async before(github, run) {
      await firstPullRequest(github, run);
      github.mergeByHand(1, "MERGE");
      github.refs.delete(BRANCH);
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github) {
      openOnly(github, 2);
      carries(github, "467");
    },
  },
  {
    name: "a person's commit on the branch: the branch is never reset, and one line says how to clear it",
    inputs: DAY_TWO,
    async before(github, run) {
      await firstPullRequest(github, run);
      github.push(BRANCH, { "README.md": "A person's README.\n" }, "A person's fix");
    },
    requests: ["Snapshot"],
    check(github, result) {
      expect(result.failure).toBe(
        "Branch readme-counters/main holds a commit that readme-counters did not make, which it will not throw away: merge or close its pull request into main and delete the branch, or set pull-request-branch to another name",
      );
      expect(github.file("README.md", BRANCH)).toBe("A person's README.\n");
      openOnly(github, 1);
    },
  },
  {
    name: "STALE_DATA while building the next commit: read again and retried",
    inputs: DAY_TWO,
    async before(github, run) {
      await firstPullRequest(github, run);
      github.beforeNextCommit = () => github.push(`${BRANCH}-next`, {}, "someone moved the scratch branch");
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "Snapshot", "MoveBranch", "Commit", "MoveAndDelete"],
    check(github) {
      openOnly(github, 1);
      carries(github, "467");
    },
  },
  {
    name: "a pull request opened meanwhile by another run: read again, and that one is kept",
    inputs: DAY_ONE,
    async before(github) {
      github.beforeNextPullRequest = () => github.openByHand(BRANCH);
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest", "Snapshot"],
    check(github, result) {
      openOnly(github, 1);
      expect(result.outputs["pull-request-number"]).toBe("1");
    },
  },
  {
    name: "with auto-merge: GitHub is asked to merge once the checks pass",
    inputs: { ...DAY_ONE, "auto-merge": "squash" },
    async before(github) {
      github.requiredChecks.set("main", "ruleset");
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest", "AutoMerge"],
    check(github, result) {
      expect(github.pulls("OPEN")[0]?.autoMerge).toBe("SQUASH");
      expect(result.log).toContain("Opened pull request #1, to be merged (squash) once its checks pass");
      expect(result.warnings).toEqual([cannotMerge(1, `${CHECKS_NEVER_RUN} (by its ruleset) never run`)]);
    },
  },
  {
    name: "opened with GITHUB_TOKEN on a base whose ruleset requires checks: one warning with the fix, in the summary too, and the run succeeds",
    inputs: DAY_ONE,
    async before(github) {
      github.requiredChecks.set("main", "ruleset");
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      openOnly(github, 1);
      const warning = cannotMerge(1, `${CHECKS_NEVER_RUN} (by its ruleset) never run`);
      expect(result.failure).toBeUndefined();
      expect(result.warnings).toEqual([warning]);
      expect(result.summary).toContain(`Warning: ${warning}`);
      expect(result.outputs).toMatchObject({ changed: "true", "pull-request-number": "1" });
    },
  },
  {
    name: "kept up to date on a base whose branch protection requires checks: the same warning, still in one request",
    inputs: DAY_ONE,
    async before(github, run) {
      github.requiredChecks.set("main", "branch protection");
      await firstPullRequest(github, run);
    },
    requests: ["Snapshot"],
    check(_github, result) {
      expect(result.failure).toBeUndefined();
      expect(result.warnings).toEqual([cannotMerge(1, `${CHECKS_NEVER_RUN} (by its branch protection) never run`)]);
    },
  },
  {
    name: "opened with a GitHub App token on a base that requires checks: no warning, since its events start workflows",
    inputs: { ...DAY_ONE, token: APP_TOKEN },
    async before(github) {
      github.requiredChecks.set("main", "ruleset");
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      expect(github.pulls("OPEN")[0]?.author.login).toBe("readme-counters-app");
      expect(result.warnings).toEqual([]);
      expect(result.summary).not.toContain("Warning");
    },
  },
  {
    name: "updated with GITHUB_TOKEN while auto-merge waits on it: a warning that the checks it may wait for never run",
    inputs: DAY_TWO,
    async before(github, run) {
      await firstPullRequest(github, run);
      (github.pulls("OPEN")[0] as PullRequest).autoMerge = "SQUASH";
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "MoveAndDelete"],
    check(_github, result) {
      expect(result.warnings).toEqual([
        cannotMerge(
          1,
          "was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events: if auto-merge waits for checks, none will run",
        ),
      ]);
    },
  },
  {
    name: "opened with GITHUB_TOKEN on a base that requires no checks, with no auto-merge: no warning",
    inputs: DAY_ONE,
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(_github, result) {
      expect(result.warnings).toEqual([]);
    },
  },
  {
    name: "with auto-merge and nothing left to wait for: merged now",
    inputs: { ...DAY_ONE, "auto-merge": "squash" },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest", "AutoMerge", "Merge"],
    check(github, result) {
      expect(github.pulls("MERGED").map((pull) => pull.number)).toEqual([1]);
      expect(github.file("README.md")).toContain("<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->");
      expect(result.log).toContain("merged it (squash): nothing was left to wait for");
    },
  },
  {
    name: "auto-merge not allowed in the repository: a warning that names the setting, and the pull request is opened",
    inputs: { ...DAY_ONE, "auto-merge": "merge" },
    async before(github) {
      github.autoMergeAllowed = false;
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      openOnly(github, 1);
      expect(result.failure).toBeUndefined();
      expect(result.warnings).toEqual([
        'auto-merge is not allowed in this repository: turn on "Allow auto-merge" in Settings → General → Pull Requests; pull request #1 is open',
      ]);
    },
  },
  {
    name: "commit: auto on a guarded branch: the commit is refused, and the change goes through a pull request",
    inputs: { ...DAY_ONE, commit: "auto" },
    async before(github) {
      github.protectedBranches.add("main");
    },
    requests: ["Snapshot", "Commit", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      openOnly(github, 1);
      carries(github, "466");
      expect(result.log).toContain(
        "Branch main is guarded by a ruleset or branch protection (Repository rule violations found): going through a pull request from readme-counters/main instead",
      );
    },
  },
  {
    name: "commit: auto on an unguarded branch: one commit, as commit: api makes",
    inputs: { ...DAY_ONE, commit: "auto" },
    requests: ["Snapshot", "Commit"],
    check(github, result) {
      expect(github.history()).toBe(2);
      expect(github.pullRequests).toEqual([]);
      expect(result.outputs).toMatchObject({ changed: "true", "pull-request-number": "" });
    },
  },
  {
    name: "no pull-requests: write: one line naming the permission",
    inputs: DAY_ONE,
    async before(github) {
      github.noPullRequestsPermission = true;
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      expect(result.failure).toBe(
        "GitHub refused to open a pull request from readme-counters/main into main (Resource not accessible by integration): give the job `permissions: pull-requests: write`, or for another repository a token that may",
      );
      expect(github.pullRequests).toEqual([]);
    },
  },
  {
    name: "Actions may not create pull requests: one line naming the repository setting",
    inputs: DAY_ONE,
    async before(github) {
      github.actionsMayCreatePullRequests = false;
    },
    requests: ["Snapshot", "CreateBranch", "Commit", "OpenPullRequest"],
    check(github, result) {
      expect(result.failure).toBe(
        'GitHub refused to open the pull request (GitHub Actions is not permitted to create or approve pull requests.): turn on the repository setting "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions), or pass a GitHub App token',
      );
      expect(github.pullRequests).toEqual([]);
    },
  },
];
