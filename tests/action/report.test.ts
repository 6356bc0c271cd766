import { describe, expect, it } from "vitest";
import { FakeGitHub } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";

const INPUTS = { commit: "none", today: "2026-11-27", "repo-start": "2025-09-01" };

describe("the job summary", () => {
  it("shows the outcome, each value and what happened to each token, in HTML with its text escaped", async () => {
    const link = "see [it](https://e.example/{{DATE}})";
    const line = `Since {{DAYS_SINCE_2027_01_01}}, on {{DATE:'a&b' yyyy}}, ${link} and {{NOPE}}`;
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "a.md, b.md" },
      workspace: { "a.md": `${line}\n\nAgain {{NOPE}}\n`, "b.md": "No token.\n" },
    });
    expect(run.failure).toBeUndefined();
    const template = `&lt;!--counters<br>${line.replace("&", "&amp;")}<br>--&gt;`;
    expect(run.summary).toBe(
      [
        "## readme-counters",
        "",
        "**Wrote a.md; 3 tokens were left alone (the warnings say why)**",
        "",
        "<table>",
        "<tr><th>File</th><th>Token</th><th>Value</th><th>Line</th></tr>",
        "<tr><td>a.md</td><td><code>{{DAYS_SINCE_2027_01_01}}</code></td><td>0</td><td>1</td></tr>",
        "<tr><td>a.md</td><td><code>{{DATE:'a&amp;b' yyyy}}</code></td><td>a&amp;b 2026</td><td>1</td></tr>",
        "</table>",
        "",
        "### Tokens and markers it had something to say about",
        "",
        "<table>",
        "<tr><th>File</th><th>Lines</th><th>Token</th><th>What happened</th></tr>",
        "<tr><td>a.md</td><td>1</td><td><code>{{DAYS_SINCE_2027_01_01}}</code></td><td>written, with a warning: 2027_01_01 is in the future, so it counts as 0</td></tr>",
        `<tr><td>a.md</td><td>1</td><td><code>{{DATE}}</code></td><td>left alone: a marker cannot stand in a link's address or title, an image, an autolink or an HTML attribute; write a template block instead:<br>${template}</td></tr>`,
        "<tr><td>a.md</td><td>1, 3</td><td><code>{{NOPE}}</code></td><td>left alone: unknown token NOPE</td></tr>",
        "</table>",
        "",
      ].join("\n"),
    );
    expect(run.log).toEqual([
      ">> a.md: changed",
      "line 1: {{DAYS_SINCE_2027_01_01}} = 0",
      "line 1: {{DATE:'a&b' yyyy}} = a&b 2026",
      "1 other file holds no token",
      "Wrote a.md; 3 tokens were left alone (the warnings say why)",
    ]);
  });

  it("where no file holds a token, says so, and the log counts the files", async () => {
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "a.md, b.md" },
      workspace: { "a.md": "No token.\n", "b.md": "None here either.\n" },
    });
    expect(run.summary).toBe("## readme-counters\n\n**Every counter is up to date**\n\nNo token was given a value.\n");
    expect(run.log).toEqual(["2 other files hold no token", "Every counter is up to date"]);
  });

  it("the log groups every file with a token, changed or not, and one with a problem alone, and counts none when every file has one", async () => {
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "a.md, b.md" },
      workspace: { "a.md": "Day <!--{{DATE}}-->2026-11-27<!--/-->\n", "b.md": "Say {{NOPE}}\n" },
    });
    expect(run.log).toEqual([
      ">> a.md: unchanged",
      "line 1: {{DATE}} = 2026-11-27",
      ">> b.md: unchanged",
      "No counter changed; 1 token was left alone (the warnings say why)",
    ]);
  });

  it("a dry run shows each value and the diff of each file that would change, and nothing of the others", async () => {
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "a.md, b.md", "dry-run": "true" },
      workspace: { "a.md": "A {{DATE}}\n", "b.md": "B <!--{{DATE}}-->2026-11-27<!--/-->\n" },
    });
    expect(run.summary).toBe(
      [
        "## readme-counters",
        "",
        "**Dry run: a.md would change; nothing was written**",
        "",
        "<table>",
        "<tr><th>File</th><th>Token</th><th>Value</th><th>Line</th></tr>",
        "<tr><td>a.md</td><td><code>{{DATE}}</code></td><td>2026-11-27</td><td>1</td></tr>",
        "<tr><td>b.md</td><td><code>{{DATE}}</code></td><td>2026-11-27</td><td>1</td></tr>",
        "</table>",
        "",
        "<details><summary>The change that would be made</summary>",
        "",
        "```diff",
        "--- a/a.md",
        "+++ b/a.md",
        "@@ -1,1 +1,1 @@",
        "-A {{DATE}}",
        "+A <!--{{DATE}}-->2026-11-27<!--/-->",
        "```",
        "",
        "</details>",
        "",
      ].join("\n"),
    );
  });

  it("a dry run's diff of a file with a code fence is fenced with more backticks than any run inside", async () => {
    const run = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "a.md", "dry-run": "true" },
      workspace: { "a.md": "````md\n```js\nx\n```\n````\n\nA {{DATE}}\n" },
    });
    expect(run.summary).toContain("\n`````diff\n--- a/a.md\n");
    expect(run.summary).toContain("+A <!--{{DATE}}-->2026-11-27<!--/-->\n`````\n");
  });

  it("a dry run that would change nothing shows no diff, and a run that reads no file shows no values", async () => {
    const none = await runAction(new FakeGitHub({}), {
      inputs: { ...INPUTS, files: "b.md", "dry-run": "true" },
      workspace: { "b.md": "B <!--{{DATE}}-->2026-11-27<!--/-->\n" },
    });
    expect(none.summary).not.toContain("<details>");
    expect(none.summary).not.toContain("more diffs");

    const failed = await runAction(new FakeGitHub({}), { inputs: { ...INPUTS, files: "missing.md" } });
    expect(failed.failure).toBeDefined();
    expect(failed.summary).toBe(`## readme-counters\n\n**${failed.failure}**\n`);
  });

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

  it("with 3,000 tokens it has something to say about, stays under it too, and says the log lists them", async () => {
    const names = Array.from({ length: 3000 }, (_, index) => `{{DAYS_SINCE_PLACE${index}}}`);
    const run = await runAction(new FakeGitHub({}), {
      inputs: INPUTS,
      workspace: { "README.md": `${names.map((name) => `At ${name}`).join("\n\n")}\n` },
    });
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toHaveLength(3000);
    const rows = run.summary.split("\n").filter((line) => line.startsWith("<tr><td>README.md</td>"));
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.length).toBeLessThan(3000);
    expect(run.summary).toContain(
      `</table>\n\nAnd ${(3000 - rows.length).toLocaleString("en-US")} more tokens, left out to keep this summary under GitHub's 1 MiB (by file: README.md ${(3000 - rows.length).toLocaleString("en-US")}); the log lists each one, with its place.\n`,
    );
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
    const note = run.summary.match(
      /\n```\n\n<\/details>\n\nAnd (\d+) more diffs, left out to keep this summary under GitHub's 1 MiB \(by file: ((?:docs\/page-\d{4}\.md 1, ){20})and ([\d,]+) more files\); `npx readme-counters` shows them in a checkout\.\n$/,
    );
    const [, left = "", first20 = "", more = ""] = note ?? [];
    const shown = run.summary.match(/^\+\+\+ b\//gm)?.length ?? 0;
    expect(shown + Number(left)).toBe(1000);
    expect(first20.startsWith(`docs/page-${String(shown).padStart(4, "0")}.md 1, `)).toBe(true);
    expect(Number(more.replace(",", ""))).toBe(Number(left) - 20);
    expect(run.outputs.changed).toBe("true");
  });
});
