import { describe, expect, it } from "vitest";
import { FakeGitHub, refusal } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";
import { DAY, docsTree, WRITTEN } from "../support/docs-tree.js";

const TODAY = { today: "2026-11-27" };

describe("a change too large for one commit goes as a chain, each link on the one before", () => {
  it("250 files are read in three batches and committed as a chain of three commits, each on the one before", async () => {
    const github = new FakeGitHub(docsTree(250));
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Tree", "Snapshot", "Files", "Files", "Commit", "Commit", "Commit"]);
    expect(github.history()).toBe(4);
    const chain = [
      github.head().oid,
      github.head().parents[0] ?? "",
      github.commits.get(github.head().parents[0] ?? "")?.parents[0] ?? "",
    ];
    expect(JSON.parse(run.outputs["commit-shas"] ?? "")).toEqual(chain.reverse());
    expect(run.outputs["commit-sha"]).toBe(github.head().oid);
    expect(run.log).toContain(
      `Committed 250 files in 3 commits, ${chain[0]?.slice(0, 7)} to ${github.head().oid.slice(0, 7)}`,
    );
    expect(run.summary).toMatch(/Commits: (<a href="[^"]+">[0-9a-f]{7}<\/a>, ){2}<a href="[^"]+">[0-9a-f]{7}<\/a>/);
    for (let page = 0; page < 250; page += 83) {
      expect(github.file(`docs/guide/page-${String(page).padStart(3, "0")}.md`)).toBe(WRITTEN);
    }
  });

  it("files whose contents pass 25 MB go in more than one commit, each under what GitHub takes", async () => {
    const page = `${DAY}${"z".repeat(999_000)}\n`;
    const github = new FakeGitHub(Object.fromEntries(Array.from({ length: 32 }, (_, n) => [`docs/big-${n}.md`, page])));
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/*.md" } });
    expect(run.failure).toBeUndefined();
    const commits = github.requests.filter((request) => request.operation === "mutation");
    expect(commits.length).toBe(2);
    for (const commit of commits) expect(commit.bytes).toBeLessThan(40 * 1000 * 1000);
    expect(github.file("docs/big-31.md")?.startsWith(WRITTEN)).toBe(true);
  });

  it("a push between two links of the chain stops it; the rest is rendered again on the new head, nothing overwritten", async () => {
    const github = new FakeGitHub(docsTree(150));
    let commits = 0;
    const pushAfterFirstLink = () => {
      commits++;
      if (commits === 2) github.push("main", { "docs/guide/page-149.md": "A person's page {{DATE}}\n" });
      else github.beforeNextCommit = pushAfterFirstLink;
    };
    github.beforeNextCommit = pushAfterFirstLink;
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBeUndefined();
    expect(run.log).toContain("Branch main moved since it was read; reading again (attempt 2 of 3)");
    expect(github.file("docs/guide/page-149.md")).toBe("A person's page <!--{{DATE}}-->2026-11-27<!--/-->\n");
    expect(github.file("docs/guide/page-000.md")).toBe(WRITTEN);
    expect(JSON.parse(run.outputs["commit-shas"] ?? "")).toHaveLength(2);
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toHaveLength(150);
  });
});

describe("a chain that pushes cut short", () => {
  it("a run that gives up after its first link landed names that commit and its files in the outputs, and says the rest is left", async () => {
    const github = new FakeGitHub(docsTree(250));
    // Someone pushes before every commit after the first: each later link finds the branch moved.
    let links = 0;
    const push = () => {
      links++;
      if (links > 1) github.push("main", { [`notes/push-${links}.md`]: "A person's note.\n" });
      github.beforeNextCommit = push;
    };
    github.beforeNextCommit = push;
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    const ours = [...github.commits.values()].filter((commit) => commit.message === "docs: update README counters");
    expect(ours).toHaveLength(1);
    const landed = ours[0];
    expect(run.failure).toBe(
      "Branch main moved since it was read, at each of 3 attempts; nothing was overwritten, and 1 commit of the change landed first (100 files): run the workflow again to commit the rest",
    );
    expect(run.outputs).toMatchObject({ changed: "true", "commit-shas": JSON.stringify([landed?.oid]) });
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toHaveLength(100);
    expect(run.summary).toContain(`<a href="https://github.com/octo/diary/commit/${landed?.oid}">`);
  });

  it("after two links landed, says both", async () => {
    const github = new FakeGitHub(docsTree(350));
    let links = 0;
    const push = () => {
      links++;
      if (links > 2) github.push("main", { [`notes/push-${links}.md`]: "A person's note.\n" });
      github.beforeNextCommit = push;
    };
    github.beforeNextCommit = push;
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBe(
      "Branch main moved since it was read, at each of 3 attempts; nothing was overwritten, and 2 commits of the change landed first (200 files): run the workflow again to commit the rest",
    );
    expect(JSON.parse(run.outputs["commit-shas"] ?? "")).toHaveLength(2);
  });
});

describe("GitHub's answers to a commit", () => {
  it.each([
    ["by its type alone", { type: "STALE_DATA", message: "The branch has moved." }],
    ["by its words alone", { message: 'Expected branch to point to "abc" but it did not. Pull and try again.' }],
  ])("a branch that moved is read again, GitHub saying so %s", async (_, error) => {
    const github = new FakeGitHub({ "README.md": DAY });
    github.failures.push(refusal([error], "ReadmeCountersCommit"));
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Commit", "Snapshot", "Commit"]);
    expect(github.file("README.md")).toBe(WRITTEN);
    expect(run.log.filter((line) => line === "README.md: the README GitHub shows")).toHaveLength(1);
  });

  it("an answer that holds no commit ends the run in one line", async () => {
    const github = new FakeGitHub({ "README.md": DAY });
    github.failures.push({
      status: 200,
      body: { data: { createCommitOnBranch: null } },
      afterRunning: true,
      operation: "ReadmeCountersCommit",
    });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBe("GitHub did not return the commit on main");
  });

  it.each([
    [
      "a headline and a body",
      "docs: counters\n\nUpdated daily.\nBy readme-counters.\n",
      { headline: "docs: counters", body: "Updated daily.\nBy readme-counters." },
    ],
    ["a headline and blank lines", "docs: counters\n\n\n", { headline: "docs: counters" }],
  ])("a commit message of %s is sent as GitHub takes it", async (_, message, sent) => {
    const github = new FakeGitHub({ "README.md": DAY });
    await runAction(github, { inputs: { ...TODAY, "commit-message": message } });
    expect(github.mutationInputs[0]).toMatchObject({ message: sent });
    expect((github.mutationInputs[0] as { message?: unknown }).message).toEqual(sent);
  });
});

describe("what a run that gives up says landed", () => {
  it("a branch that moves at every attempt, with nothing landed, says only that", async () => {
    const github = new FakeGitHub({ "README.md": DAY });
    let pushes = 0;
    const push = () => {
      github.push("main", { [`notes/${++pushes}.md`]: "A person's note.\n" });
      github.beforeNextCommit = push;
    };
    github.beforeNextCommit = push;
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBe(
      "Branch main moved since it was read, at each of 3 attempts; nothing was overwritten: run the workflow again",
    );
    expect(run.outputs).toMatchObject({ changed: "false", "commit-shas": "[]" });
  });

  it("a link lost before GitHub ran it is not counted, nor the files after the links that landed", async () => {
    const github = new FakeGitHub(docsTree(250));
    let links = 0;
    const next = () => {
      links++;
      // The second link's answer is lost before GitHub runs it; later ones find the branch moved.
      if (links === 1)
        github.failures.push({ status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersCommit" });
      if (links > 1) github.push("main", { [`notes/${links}.md`]: "A person's note.\n" });
      github.beforeNextCommit = next;
    };
    github.beforeNextCommit = next;
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBe(
      "Branch main moved since it was read, at each of 3 attempts; nothing was overwritten, and 1 commit of the change landed first (100 files): run the workflow again to commit the rest",
    );
  });

  it("yesterday's commit of the action, at the head when today's answer is lost unsent, is not taken for today's", async () => {
    const github = new FakeGitHub({ "README.md": DAY });
    await runAction(github, { inputs: TODAY });
    const yesterday = github.head().oid;
    github.failures.push({ status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersCommit" });
    const run = await runAction(github, { inputs: { today: "2026-11-28" } });
    expect(run.failure).toBeUndefined();
    expect(JSON.parse(run.outputs["commit-shas"] ?? "")).toEqual([github.head().oid]);
    expect(github.head().parents).toEqual([yesterday]);
  });

  it("a person's commit made on the same head while the answer was lost is not taken for the action's", async () => {
    const github = new FakeGitHub({ "README.md": DAY });
    const send = github.fetch;
    Object.defineProperty(github, "fetch", {
      value: async (...args: Parameters<typeof fetch>) => {
        const answer = await send(...args);
        if (answer.status === 502) github.push("main", { "NOTES.md": "A person's note.\n" }, "A person's note");
        return answer;
      },
    });
    github.failures.push({ status: 502, body: { message: "Server Error" }, operation: "ReadmeCountersCommit" });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBeUndefined();
    expect(JSON.parse(run.outputs["commit-shas"] ?? "")).toEqual([github.head().oid]);
    expect(github.file("README.md")).toBe(WRITTEN);
  });
});
