import { describe, expect } from "vitest";
import { action, expectFailure, test } from "./support/action-run.js";
import { DIARY } from "./support/examples.js";

/*
 * The road (src/road.ts), seen through the action's runs: a branch that moves
 * between the read and the commit is read again, and problems stop a run
 * before anything is written.
 */

describe("a branch that moves", () => {
  test("when the branch moves between the read and the commit, it retries and the person's edit survives", async ({
    github,
  }) => {
    github.beforeNextCommit = () => github.push("main", { "README.md": `${DIARY}\nA line a person added.\n` });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.count("query")).toBe(2);
    expect(github.count("mutation")).toBe(2);
    expect(github.history()).toBe(3);
    const readme = github.file("README.md") ?? "";
    expect(readme).toContain("A line a person added.");
    expect(readme).toContain("<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->");
    expect(run.log).toContain("Branch main moved since it was read; reading again (attempt 2 of 3)");
    expect(run.sleeps).toEqual([1000]);
  });

  test("a branch that keeps moving ends the run after 3 attempts without overwriting anything", async ({ github }) => {
    let edits = 0;
    const keepPushing = () => {
      edits++;
      github.push("main", { "NOTES.md": `edit ${edits}` });
      github.beforeNextCommit = keepPushing;
    };
    github.beforeNextCommit = keepPushing;
    const run = await action(github);
    expectFailure(run, "Branch main moved since it was read, at each of 3 attempts; nothing was overwritten");
    expect(github.count("mutation")).toBe(3);
    expect(github.file("README.md")).toBe(DIARY);
    expect(run.sleeps).toEqual([1000, 2000]);
    expect(run.outputs.changed).toBe("false");
  });

  test("annotations are made once, not on every attempt", async ({ github }) => {
    github.push("main", { "README.md": "Day **{{DAYS_SINCE_LAUNCH}}** and {{DATE}} x\n" });
    github.beforeNextCommit = () => github.push("main", { "NOTES.md": "a person's note" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.count("mutation")).toBe(2);
    expect(run.annotations).toHaveLength(1);
  });
});

describe("what stops a run", () => {
  test("broken markers stop it, counting the others and asking for a mend", async ({ github }) => {
    github.push("main", { "README.md": "<!--{{DATE}}-->x\n\n<!--{{DATE}}-->y\n" });
    const run = await action(github);
    expectFailure(run, "(and 1 more); nothing was written (mend it, then run again)");
    expect(github.count("mutation")).toBe(0);
  });

  test("strict lets a written warning through: a SINCE date in the future counts 0 and says why", async ({
    github,
  }) => {
    github.push("main", { "README.md": "Since {{DAYS_SINCE_2027_01_01}} x\n" });
    const run = await action(github, { strict: "true" });
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe("Since <!--{{DAYS_SINCE_2027_01_01}}-->0<!--/--> x\n");
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: "warning", message: expect.stringContaining("in the future") }),
    ]);
  });
});
