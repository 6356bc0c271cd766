import { describe, expect, it } from "vitest";
import { FakeGitHub } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";

const INPUTS = { commit: "none", today: "2026-11-27", "repo-start": "2025-09-01" };

describe("the job summary", () => {
  it("with 20,000 tokens stays under GitHub's 1 MiB: the first rows, then the rest counted per file, and the log has all", async () => {
    const page = Array.from({ length: 5000 }, (_, line) => `Line ${line}: {{DAYS_SINCE_2025_08_18}}`).join("\n\n");
    const workspace = Object.fromEntries(["a", "b", "c", "d"].map((name) => [`docs/${name}.md`, `${page}\n`]));
    const run = await runAction(new FakeGitHub({}), { inputs: { ...INPUTS, files: "docs/*.md" }, workspace });
    expect(run.failure).toBeUndefined();
    expect(Buffer.byteLength(run.summary, "utf8")).toBeLessThan(1024 * 1024);
    const rows = run.summary.split("\n").filter((line) => line.startsWith("<tr><td>"));
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows[0]).toBe(
      "<tr><td>docs/a.md</td><td><code>{{DAYS_SINCE_2025_08_18}}</code></td><td>466</td><td>1</td></tr>",
    );
    const note = run.summary.split("\n").find((line) => line.startsWith("And "));
    const left = 20_000 - rows.length;
    expect(note).toMatch(
      new RegExp(
        `^And ${left.toLocaleString("en-US")} more tokens, left out to keep this summary under GitHub's 1 MiB \\(by file: .*docs/d\\.md 5,000\\); the log lists every value\\.$`,
      ),
    );
    expect(run.log.filter((line) => line.endsWith("{{DAYS_SINCE_2025_08_18}} = 466"))).toHaveLength(20_000);
  });

  it("a dry run's diff of many files stays under it too, and says how to see the rest", async () => {
    const page = `${"Text that the diff shows as context around the token.\n".repeat(40)}Day {{DATE}}\n`;
    const workspace = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [`docs/page-${String(index).padStart(4, "0")}.md`, page]),
    );
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "docs/*.md", "dry-run": "true" },
      workspace,
    });
    expect(Buffer.byteLength(run.summary, "utf8")).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain("<details><summary>The change that would be made</summary>");
    expect(run.summary).toMatch(/And \d+ more diffs, left out .*; `npx readme-counters` shows them in a checkout\./);
    expect(run.outputs.changed).toBe("true");
  });
});
