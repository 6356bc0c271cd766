import { test as base, describe, expect } from "vitest";
import { FakeGitHub, TOKEN } from "../fakes/github/index.js";
import { type ActionRun, type RunOptions, runAction } from "../support/action-run.js";
import { DIARY } from "../support/examples.js";

/** When the fake GitHub makes its commits, and so when main's last commit is. */
const LAST_COMMIT = new Date("2026-11-27T12:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
const daysLater = (days: number) => new Date(LAST_COMMIT.getTime() + days * DAY_MS);

/** A fake GitHub whose README the action has already counted, and whose workflow GitHub disabled. */
const test = base.extend<{ github: FakeGitHub }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  github: async ({}, use) => {
    const github = new FakeGitHub({ "README.md": DIARY });
    github.workflows.set("counters.yml", "disabled_inactivity");
    await runAction(github, { inputs: { today: "2026-11-27" } });
    github.requests.length = 0;
    await use(github);
  },
});

async function keepAlive(github: FakeGitHub, now: Date, options: RunOptions = {}): Promise<ActionRun> {
  const run = await runAction(github, {
    ...options,
    now,
    inputs: { today: "2026-11-27", "keep-alive": "true", ...options.inputs },
  });
  expect(JSON.stringify(run)).not.toContain(TOKEN);
  return run;
}

describe("keep-alive (design section 11)", () => {
  test("50 days after the last commit, a run that commits nothing re-enables its workflow and says so", async ({
    github,
  }) => {
    const commits = github.history();
    const run = await keepAlive(github, daysLater(50));
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "EnableWorkflow"]);
    expect(github.workflows.get("counters.yml")).toBe("active");
    expect(github.history()).toBe(commits);
    const note =
      "keep-alive: re-enabled workflow counters.yml, since main's last commit is 50 days old (GitHub disables a schedule after 60 days without activity)";
    expect(run.log).toContain(note);
    expect(run.summary).toContain(`\n\n${note}\n`);
    expect(run.outputs).toMatchObject({ changed: "false", "commit-sha": "", "changed-files": "[]" });
    expect(run.annotations).toEqual([]);
  });

  test("before 50 days it makes no request of its own, and the log says how old the last commit is", async ({
    github,
  }) => {
    const run = await keepAlive(github, daysLater(49.9));
    expect(github.operations).toEqual(["Snapshot"]);
    expect(github.workflows.get("counters.yml")).toBe("disabled_inactivity");
    expect(run.log).toContain(
      "keep-alive: main's last commit is 49 days old; the workflow is re-enabled once it is 50",
    );
    expect(run.summary).not.toContain("keep-alive");
  });

  test("without actions: write, a warning names the permission, and the run succeeds", async ({ github }) => {
    github.noActionsPermission = true;
    const run = await keepAlive(github, daysLater(55));
    expect(run.failure).toBeUndefined();
    const warning =
      "keep-alive: main's last commit is 55 days old, but the workflow was not re-enabled: GitHub refused to re-enable workflow counters.yml (Resource not accessible by integration): give the job `permissions: actions: write`, or give the token passed as token (a GitHub App's, or a fine-grained personal one) Actions: read and write";
    expect(run.annotations).toEqual([{ level: "warning", message: warning, place: undefined }]);
    expect(run.summary).toContain(`\n\nWarning: ${warning}\n`);
    expect(github.workflows.get("counters.yml")).toBe("disabled_inactivity");
  });

  test("a commit that finds the branch moved is made again, and then is the activity", async ({ github }) => {
    github.beforeNextCommit = () => github.push("main", { "NOTES.md": "A person's note.\n" });
    const run = await keepAlive(github, daysLater(55), { inputs: { today: "2026-11-28" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Commit", "Snapshot", "Commit"]);
    expect(github.workflows.get("counters.yml")).toBe("disabled_inactivity");
  });

  test("a refusal in other words than the usual, answered 403, still names the permission", async ({ github }) => {
    github.failures.push({
      status: 403,
      body: { message: "Must have admin rights to Repository.", documentation_url: "https://docs.github.com/rest" },
      operation: "EnableWorkflow",
    });
    const run = await keepAlive(github, daysLater(55));
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "keep-alive: main's last commit is 55 days old, but the workflow was not re-enabled: GitHub refused to re-enable workflow counters.yml (Must have admin rights to Repository.): give the job `permissions: actions: write`, or give the token passed as token (a GitHub App's, or a fine-grained personal one) Actions: read and write",
    ]);
  });

  test("GitHub failing to re-enable it is a warning, and the run succeeds", async ({ github }) => {
    const failing = { status: 503, body: { message: "Service Unavailable" }, operation: "EnableWorkflow" };
    github.failures.push(failing, failing, failing);
    const run = await keepAlive(github, daysLater(55));
    expect(run.failure).toBeUndefined();
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "keep-alive: main's last commit is 55 days old, but the workflow was not re-enabled: GitHub kept failing (503) after 3 tries: run the workflow again later",
    ]);
  });

  test("a run that commits to the default branch needs no keep-alive: its commit is the activity", async ({
    github,
  }) => {
    const run = await keepAlive(github, daysLater(60), { inputs: { today: "2027-01-26" } });
    expect(run.outputs.changed).toBe("true");
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
    expect(github.workflows.get("counters.yml")).toBe("disabled_inactivity");
  });

  test("a change that waits in a pull request leaves the default branch quiet: the workflow is re-enabled", async ({
    github,
  }) => {
    const run = await keepAlive(github, daysLater(52), { inputs: { commit: "pull-request", today: "2027-01-18" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "CreateBranch", "Commit", "OpenPullRequest", "EnableWorkflow"]);
    expect(github.workflows.get("counters.yml")).toBe("active");
  });

  test("a dry run does not re-enable anything", async ({ github }) => {
    await keepAlive(github, daysLater(70), { inputs: { "dry-run": "true" } });
    expect(github.operations).toEqual(["Snapshot"]);
  });

  test.for([
    ["unset", undefined],
    ["empty", ""],
  ] as const)("where GITHUB_WORKFLOW_REF is %s, a warning says so", async ([, ref], { github }) => {
    const run = await keepAlive(github, daysLater(50), { env: { GITHUB_WORKFLOW_REF: ref } });
    const warning =
      "keep-alive: main's last commit is 50 days old, but the workflow was not re-enabled: GITHUB_WORKFLOW_REF does not say which workflow runs";
    expect(run.annotations).toEqual([{ level: "warning", message: warning, place: undefined }]);
    expect(run.summary).toContain(`\n\nWarning: ${warning}\n`);
    expect(github.operations).toEqual(["Snapshot"]);
  });

  test("a run that commits to another branch leaves the default branch quiet: the workflow is re-enabled", async ({
    github,
  }) => {
    github.push("develop", { "README.md": DIARY });
    const run = await keepAlive(github, daysLater(52), { inputs: { branch: "develop", today: "2027-01-18" } });
    expect(run.failure).toBeUndefined();
    expect(run.outputs.changed).toBe("true");
    expect(github.operations).toEqual(["Snapshot", "Commit", "EnableWorkflow"]);
    expect(github.workflows.get("counters.yml")).toBe("active");
  });

  test("with commit: none, or for another repository, keep-alive is refused in one line before any request", async ({
    github,
  }) => {
    const none = await keepAlive(github, daysLater(50), { inputs: { commit: "none" } });
    expect(none.failure).toBe(
      'Input "keep-alive": needs commit: api, pull-request or auto, which read GitHub, not none. For example: keep-alive: false',
    );
    const other = await keepAlive(github, daysLater(50), {
      inputs: { repository: "octo/diary" },
      env: { GITHUB_REPOSITORY: "octo/central" },
    });
    expect(other.failure).toBe(
      'Input "keep-alive": re-enables a workflow of the repository it runs in, and octo/diary (the repository input) is another. For example: keep-alive: false',
    );
    expect(github.requests).toEqual([]);
  });
});
