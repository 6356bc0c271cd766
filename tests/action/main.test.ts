import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run } from "../../src/action/main.js";
import { INPUT_NAMES, inputVariables } from "../support/action-inputs.js";
import { action, expectFailure, test } from "../support/action-run.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

describe("the diary README", () => {
  test("the first run commits once with the right values", async ({ github }) => {
    const first = github.head().oid;
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.history()).toBe(2);
    // Created 2025-09-01 22:30 UTC: 452 days before 2026-11-27, as the fixture has it.
    expect(github.file("README.md")).toBe(fixture("diary/expected.md"));
    expect(github.requests.map((request) => request.name)).toEqual(["ReadmeCountersSnapshot", "ReadmeCountersCommit"]);

    const input = github.mutationInputs[0] as Record<string, unknown>;
    expect(input.expectedHeadOid).toBe(first);
    expect(input).not.toHaveProperty("author");
    expect(input.message).toEqual({ headline: "docs: update README counters" });

    const head = github.head().oid;
    expect(run.outputs).toEqual({
      changed: "true",
      "commit-sha": head,
      "commit-url": `https://github.com/octo/diary/commit/${head}`,
      "commit-shas": JSON.stringify([head]),
      "changed-files": '["README.md"]',
      values: JSON.stringify({
        "{{DATE_PRETTY}}": "Friday, November 27, 2026",
        "{{DAY_SINCE_2025_08_18}}": "466",
        "{{DAYS_SINCE_REPO_START}}": "452",
      }),
      "pull-request-number": "",
      "pull-request-url": "",
    });
    expect(run.summary).toContain(
      "<tr><td>README.md</td><td><code>{{DAY_SINCE_2025_08_18}}</code></td><td>466</td><td>6</td></tr>",
    );
    expect(run.summary).toContain(`href="https://github.com/octo/diary/commit/${head}"`);
    expect(run.sleeps).toEqual([]);
  });

  test("a rerun the same day makes one request and no commit", async ({ github }) => {
    await action(github);
    const requestsBefore = github.requests.length;
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.requests.length - requestsBefore).toBe(1);
    expect(github.history()).toBe(2);
    expect(run.outputs.changed).toBe("false");
    expect(run.outputs["commit-sha"]).toBe("");
    expect(run.outputs["changed-files"]).toBe("[]");
  });

  test("the next day each counter moves by one, and the values output keeps the same keys", async ({ github }) => {
    const first = await action(github);
    const run = await action(github, { today: "2026-11-28" });
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe(fixture("diary/next-day.md"));
    expect(github.history()).toBe(3);
    expect(Object.keys(JSON.parse(run.outputs.values ?? ""))).toEqual(
      Object.keys(JSON.parse(first.outputs.values ?? "")),
    );
    expect(JSON.parse(run.outputs.values ?? "")).toMatchObject({ "{{DAY_SINCE_2025_08_18}}": "467" });
    expect(run.summary).toContain("<td><code>{{DAY_SINCE_2025_08_18}}</code></td><td>467</td>");
  });

  test("reads today and the creation date in the timezone input", async ({ github }) => {
    // 2026-11-27 20:00 UTC is already the 28th in Tokyo; the repository started on 2 September there.
    await action(github, { today: "", timezone: "Asia/Tokyo" }, { now: new Date("2026-11-27T20:00:00Z") });
    expect(github.file("README.md")).toContain("<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->");
    expect(github.file("README.md")).toContain("Saturday, November 28, 2026");
  });
});

describe("files", () => {
  test("a missing file ends the run before any commit", async ({ github }) => {
    const run = await action(github, { files: "README.md\nMISSING.md" });
    expectFailure(run, "MISSING.md: not found on branch main of octo/diary");
    expect(github.count("mutation")).toBe(0);
  });

  test("a binary file and a file over 1 MiB are refused", async ({ github }) => {
    github.push("main", { "logo.md": "PNG\0\0\0", "big.md": `${"x".repeat(1024 * 1024)} {{DATE}}\n` });
    expectFailure(await action(github, { files: "logo.md" }), "logo.md: is a binary file");
    expectFailure(await action(github, { files: "big.md" }), "big.md: is 1,048,586 bytes, over the 1 MiB limit");
    expect(github.count("mutation")).toBe(0);
  });

  test("several files change in one commit", async ({ github }) => {
    github.push("main", { "docs/a.md": "A {{DATE}} x\n", "docs/b.md": "B {{DATE}} x\n" });
    const run = await action(github, { files: "README.md, docs/a.md\ndocs/b.md" });
    expect(run.failure).toBeUndefined();
    expect(github.count("mutation")).toBe(1);
    expect(github.history()).toBe(3);
    expect(github.file("docs/a.md")).toBe("A <!--{{DATE}}-->2026-11-27<!--/--> x\n");
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toEqual(["README.md", "docs/a.md", "docs/b.md"]);
  });

  test("renders a template file into its output", async ({ github }) => {
    github.push("main", {
      "README.template.md": "Day {{DAYS_SINCE_REPO_START}} ![b](https://img.shields.io/badge/d-{{DATE}}-blue)\n",
    });
    const run = await action(github, { template: "README.template.md", output: "README.md" });
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe("Day 452 ![b](https://img.shields.io/badge/d-2026-11-27-blue)\n");
    expect(github.file("README.template.md")).toContain("{{DATE}}");
  });

  test("a template's output that does not exist yet is created by the first run, in one commit", async ({ github }) => {
    github.push("main", { "README.template.md": "Day {{DAYS_SINCE_REPO_START}}\n" });
    const run = await action(github, { template: "README.template.md", output: "docs/COUNTERS.md" });
    expect(run.failure).toBeUndefined();
    expect(github.file("docs/COUNTERS.md")).toBe("Day 452\n");
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
    expect(run.outputs["changed-files"]).toBe('["docs/COUNTERS.md"]');
  });

  test("commit: none renders workspace files matched by globs and makes no request", async ({ github }) => {
    const run = await action(
      github,
      { commit: "none", files: "docs/*.md" },
      {
        workspace: {
          "docs/a.md": "A {{DATE}} x\n",
          "docs/b.md": "B {{DAYS_SINCE_REPO_START}} x\n",
          "README.md": "{{DATE}}",
        },
        event: { repository: { created_at: "2025-09-01T22:30:00Z" } },
      },
    );
    expect(run.failure).toBeUndefined();
    expect(github.requests).toHaveLength(0);
    expect(readFileSync(join(run.workspace, "docs/a.md"), "utf8")).toBe("A <!--{{DATE}}-->2026-11-27<!--/--> x\n");
    expect(readFileSync(join(run.workspace, "docs/b.md"), "utf8")).toBe(
      "B <!--{{DAYS_SINCE_REPO_START}}-->452<!--/--> x\n",
    );
    expect(readFileSync(join(run.workspace, "README.md"), "utf8")).toBe("{{DATE}}");
    expect(run.outputs.changed).toBe("true");
    expect(run.outputs["commit-sha"]).toBe("");
  });

  test("commit: none takes REPO_START from a push event's seconds, and says what to set where the event has none", async ({
    github,
  }) => {
    const readme = { "README.md": "Day {{DAYS_SINCE_REPO_START}}\n" };
    const push = await action(
      github,
      { commit: "none" },
      { workspace: readme, event: { repository: { created_at: 1756765800 } } },
    );
    expect(readFileSync(join(push.workspace, "README.md"), "utf8")).toBe(
      "Day <!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->\n",
    );

    const none = await action(
      github,
      { commit: "none" },
      { workspace: readme, event: { repository: { created_at: "soon" } } },
    );
    expect(none.annotations.map((annotation) => annotation.message)).toEqual([
      "{{DAYS_SINCE_REPO_START}}: the repository's start date is unknown: the event that started this run does not say when the repository was created: set repo-start, e.g. 2024-05-01",
    ]);
  });

  test("with commit: none, a date the repository knows is unknown, and the warning says which mode reads it", async ({
    github,
  }) => {
    const run = await action(
      github,
      { commit: "none", dates: "V1=tag:v1.0.0" },
      { workspace: { "README.md": "Released {{DAYS_SINCE_LATEST_RELEASE}} days ago, v1 {{DAYS_SINCE_V1}}\n" } },
    );
    const why =
      "commit: none reads only the workspace, not the repository's releases, tags and labels: set commit: api";
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      `{{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: ${why}`,
      `{{DAYS_SINCE_V1}}: V1: ${why}`,
    ]);
    expect(github.requests).toEqual([]);
  });

  test("dry-run reads once, commits nothing and shows the diff in the summary", async ({ github }) => {
    const run = await action(github, { "dry-run": "true" });
    expect(run.failure).toBeUndefined();
    expect(github.requests).toHaveLength(1);
    expect(github.history()).toBe(1);
    expect(run.outputs.changed).toBe("true");
    expect(run.summary).toContain("<details><summary>The change that would be made</summary>");
    expect(run.summary).toContain("+It has been    **<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->**");
    expect(run.log.at(-1)).toBe("Dry run: README.md would change; nothing was written");
  });

  test("a dry run names the files that would change, and says when none would", async ({ github }) => {
    github.push("main", { "a.md": "A {{DATE}} x\n", "b.md": "B <!--{{DATE}}-->2026-11-27<!--/--> x\n" });
    const some = await action(github, { "dry-run": "true", files: "a.md\nb.md" });
    expect(some.outputs).toMatchObject({ changed: "true", "changed-files": '["a.md"]' });
    expect(some.log.at(-1)).toBe("Dry run: a.md would change; nothing was written");
    expect(some.summary).toContain("**Dry run: a.md would change; nothing was written**");

    const none = await action(github, { "dry-run": "true", files: "b.md" });
    expect(none.outputs).toMatchObject({ changed: "false", "changed-files": "[]" });
    expect(none.log).toEqual([
      ">> b.md: unchanged",
      "line 1: {{DATE}} = 2026-11-27",
      "Dry run: every counter is up to date",
    ]);
    expect(github.count("mutation")).toBe(0);
  });
});

describe("what each file holds", () => {
  test("files with code, with plain tokens, with a date format and with none are each rendered as they need", async ({
    github,
  }) => {
    github.push("main", {
      "a.md": "`{{DATE}}` stays in code, {{DATE}} x\n",
      "b.md": "Day {{DATE}} of {{DATE:yyyy}}\n",
      "c.md": "No counter here.\n",
    });
    const run = await action(github, { files: "a.md\nb.md\nc.md" });
    expect(run.failure).toBeUndefined();
    expect(github.file("a.md")).toBe("`{{DATE}}` stays in code, <!--{{DATE}}-->2026-11-27<!--/--> x\n");
    expect(github.file("b.md")).toBe("Day <!--{{DATE}}-->2026-11-27<!--/--> of <!--{{DATE:yyyy}}-->2026<!--/-->\n");
    expect(github.file("c.md")).toBe("No counter here.\n");
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toEqual(["a.md", "b.md"]);
  });

  test("a template block whose template holds code is rendered, where nothing else in the file needs a parse", async ({
    github,
  }) => {
    github.push("main", { "README.md": "Hi\n\n<!--counters\nRun `{{DATE}}` on {{DATE}}\n-->\n" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe(
      "Hi\n\n<!--counters\nRun `{{DATE}}` on {{DATE}}\n-->\nRun `{{DATE}}` on 2026-11-27\n<!--/counters-->\n",
    );
  });

  test("a README with no token changes nothing and says so", async ({ github }) => {
    github.push("main", { "README.md": "# Plain\n\nNothing to count.\n" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toMatchObject({ changed: "false", "changed-files": "[]", values: "{}" });
    expect(github.count("mutation")).toBe(0);
  });

  test("a date format, in the token or in the date-format input", async ({ github }) => {
    github.push("main", { "README.md": "On {{DATE:cccc d LLLL}} x\n" });
    await action(github);
    expect(github.file("README.md")).toBe("On <!--{{DATE:cccc d LLLL}}-->Friday 27 November<!--/--> x\n");
    github.push("main", { "README.md": "On {{DATE_PRETTY}} x\n" });
    await action(github, { "date-format": "dd.MM.yyyy" });
    expect(github.file("README.md")).toBe("On <!--{{DATE_PRETTY}}-->27.11.2026<!--/--> x\n");
  });

  test("a template rendered again the same day changes nothing", async ({ github }) => {
    github.push("main", { "README.template.md": "Day {{DAYS_SINCE_REPO_START}}\n" });
    const inputs = { template: "README.template.md", output: "README.md" };
    expect((await action(github, inputs)).outputs.changed).toBe("true");
    const again = await action(github, inputs);
    expect(again.outputs).toMatchObject({ changed: "false", "changed-files": "[]" });
    expect(github.count("mutation")).toBe(1);
  });
});

describe("tokens left alone", () => {
  test("warns at the file, line and column of a token it leaves alone", async ({ github }) => {
    github.push("main", { "README.md": "# T\n\nDay **{{DAYS_SINCE_LAUNCH}}** and {{DATE}} x\n" });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toEqual([
      {
        level: "warning",
        message: expect.stringMatching(/^\{\{DAYS_SINCE_LAUNCH\}\}: unknown date LAUNCH/),
        place: { file: "README.md", line: 3, column: 7 },
      },
    ]);
    expect(github.file("README.md")).toBe(
      "# T\n\nDay **{{DAYS_SINCE_LAUNCH}}** and <!--{{DATE}}-->2026-11-27<!--/--> x\n",
    );
  });

  test("strict with a bad token fails and commits nothing", async ({ github }) => {
    github.push("main", { "README.md": "Day **{{DAYS_SINCE_2025_02_30}}** and {{DATE}}\n" });
    const run = await action(github, { strict: "true" });
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: "error", place: { file: "README.md", line: 1, column: 7 } }),
    ]);
    expectFailure(
      run,
      "README.md:1:7: {{DAYS_SINCE_2025_02_30}}: 2025_02_30 is not a calendar date: February 2025 has no 30th; nothing was written (strict is set)",
    );
    expect(github.count("mutation")).toBe(0);
  });
});

describe("where to commit", () => {
  test("updates another branch given in the branch input", async ({ github }) => {
    github.push("docs", {});
    const run = await action(github, { branch: "docs" });
    expect(run.failure).toBeUndefined();
    expect(github.history("docs")).toBe(3);
    expect(github.history("main")).toBe(1);
  });

  test("updates another repository, on its default branch, given in the repository input", async ({ github }) => {
    github.push("docs", {});
    const run = await action(
      github,
      { repository: "octo/diary" },
      { env: { GITHUB_REPOSITORY: "someone/else", GITHUB_REF: "refs/heads/docs" } },
    );
    expect(run.failure).toBeUndefined();
    expect(github.history("main")).toBe(2);
    expect(github.history("docs")).toBe(2);
  });

  test("a run that a pull request started commits to the pull request's branch, not the default one", async ({
    github,
  }) => {
    github.push("feature", {});
    const run = await action(
      github,
      {},
      {
        env: { GITHUB_EVENT_NAME: "pull_request", GITHUB_REF: "refs/pull/7/merge" },
        event: { pull_request: { head: { ref: "feature" } } },
      },
    );
    expect(run.failure).toBeUndefined();
    expect(github.history("feature")).toBe(3);
    expect(github.file("README.md", "feature")).toBe(fixture("diary/expected.md"));
    expect(github.history("main")).toBe(1);
  });

  test("a branch that does not exist is one clear line", async ({ github }) => {
    expectFailure(await action(github, { branch: "nope" }), "Branch nope does not exist in octo/diary");
  });

  test("a repository that cannot be found is one clear line", async ({ github }) => {
    expectFailure(await action(github, { repository: "octo/other" }), "GitHub found no repository octo/other");
  });
});

describe("bad inputs", () => {
  const badInputs: Array<[string, string, string]> = [
    ["files", "../secret.md", '"../secret.md" leaves the repository'],
    ["template", "/etc/passwd", '"/etc/passwd" is absolute'],
    ["output", "../README.md", "leaves the repository"],
    ["timezone", "Mars/Olympus", "For example: timezone: Europe/London"],
    ["locale", "not a locale", "For example: locale: de-DE"],
    ["date-format", "cccc\nyyyy", "the format spans lines"],
    ["dates", "launch=2024-05-01", "For example: dates: LAUNCH=2024-05-01"],
    [
      "repo-start",
      "2025-02-30",
      "2025-02-30 is not a calendar date: February 2025 has no 30th. For example: repo-start: 2025-08-18",
    ],
    ["inclusive", "yes", '"yes" is not true or false'],
    ["today", "tomorrow", '"tomorrow" is not a date YYYY-MM-DD. For example: today: 2025-08-18'],
    ["keep-tokens", "maybe", '"maybe" is not true or false'],
    ["commit", "push", '"push" is not api, none, pull-request or auto'],
    ["branch", "bad..branch", "is not a valid branch name"],
    [
      "pull-request-branch",
      "a b",
      '"a b" is not a valid branch name. For example: pull-request-branch: readme-counters/main',
    ],
    ["auto-merge", "fast", '"fast" is not merge, squash or rebase. For example: auto-merge: squash'],
    ["commit-message", "   ", "the message is blank"],
    ["repository", "not-a-repo", "For example: repository: octocat/hello-world"],
    ["token", "", "For example: token: ${{ github.token }}"],
    ["dry-run", "perhaps", '"perhaps" is not true or false'],
    ["strict", "1", '"1" is not true or false'],
    ["keep-alive", "on", '"on" is not true or false'],
  ];

  test("every input has a bad-value case below", () => {
    expect(new Set(badInputs.map(([name]) => name))).toEqual(new Set(INPUT_NAMES));
  });

  test.for(badInputs)(
    "a bad %s (%j) fails in one line naming it, before any request",
    async ([input, value, message], { github }) => {
      const run = await action(github, { [input]: value });
      expectFailure(run, `Input "${input}": `);
      expectFailure(run, message);
      expect(github.requests).toHaveLength(0);
      expect(github.history()).toBe(1);
      expect(run.summary).toContain(`Input "${input}"`);
    },
  );

  test("files and template together are refused", async ({ github }) => {
    expectFailure(
      await action(github, { files: "docs/a.md", template: "T.md" }),
      'Input "files": set either files or template',
    );
  });
});

describe("loud and truthful", () => {
  test("commit: none with no README.md in the workspace fails, saying the job may have forgotten the checkout", async ({
    github,
  }) => {
    const run = await action(github, { commit: "none" });
    expectFailure(
      run,
      "README: no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files; did the job run actions/checkout before this step?",
    );
    expect(run.outputs.changed).toBe("false");
  });

  test("a template that is its own output is refused before anything is read", async ({ github }) => {
    const run = await action(github, { template: "README.md" });
    expectFailure(run, 'Input "output": "README.md" is the template itself, whose tokens the rendering would erase');
    expect(github.requests).toHaveLength(0);
  });

  test("a missing template fails and writes no empty output", async ({ github }) => {
    const run = await action(github, { template: "README.template.md", output: "OUT.md" });
    expectFailure(run, "README.template.md: not found on branch main of octo/diary");
    expect(github.count("mutation")).toBe(0);
  });

  test("every failed run writes a job summary with the failure first: bad input, strict, an API error", async ({
    github,
  }) => {
    const bad = await action(github, { timezone: "Mars/Olympus" });
    expect(bad.summary).toMatch(
      /^## readme-counters\n\n\*\*Input "timezone": "Mars\/Olympus" is not an IANA time zone/,
    );

    github.push("main", { "README.md": "Day {{NOPE}} and {{DATE}} x\n" });
    const strict = await action(github, { strict: "true" });
    expect(strict.summary).toContain(
      "**README.md:1:5: {{NOPE}}: unknown token NOPE; nothing was written (strict is set)**",
    );
    expect(strict.summary).toContain(
      "<tr><td>README.md</td><td>1</td><td><code>{{NOPE}}</code></td><td>stopped the run: unknown token NOPE</td></tr>",
    );

    github.readOnlyToken = true;
    const refused = await action(github);
    expect(refused.summary).toMatch(/^## readme-counters\n\n\*\*GitHub refused to commit to main/);
    expect(refused.summary).toContain("<td><code>{{DATE}}</code></td><td>2026-11-27</td>");
  });

  test("tokens left alone are listed in the summary with why, one row per token and reason with every line", async ({
    github,
  }) => {
    const lines = Array.from({ length: 25 }, (_, index) => `${index}: {{DAYS_SINCE_REPO_STRAT}} and {{DATE_PRETY}} x`);
    github.push("main", { "README.md": `${lines.join("\n\n")}\n` });
    const run = await action(github);
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toEqual([
      {
        level: "warning",
        message: expect.stringMatching(
          /^\{\{DAYS_SINCE_REPO_STRAT\}\}: unknown date REPO_STRAT; did you mean REPO_START\? .* \(and 24 other places: line 3, 5, 7,/,
        ),
        place: { file: "README.md", line: 1, column: 4 },
      },
      {
        level: "warning",
        message: expect.stringMatching(
          /^\{\{DATE_PRETY\}\}: unknown token DATE_PRETY; did you mean \{\{DATE_PRETTY\}\}\? \(and 24 other places/,
        ),
        place: { file: "README.md", line: 1, column: 34 },
      },
    ]);
    expect(run.summary).toContain(
      "<tr><td>README.md</td><td>1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49</td><td><code>{{DATE_PRETY}}</code></td><td>left alone: unknown token DATE_PRETY; did you mean {{DATE_PRETTY}}?</td></tr>",
    );
  });

  test("the repository input is compared with GITHUB_REPOSITORY ignoring case, so the triggering branch is kept", async ({
    github,
  }) => {
    github.push("docs", {});
    const run = await action(github, { repository: "Octo/Diary" }, { env: { GITHUB_REF: "refs/heads/docs" } });
    expect(run.failure).toBeUndefined();
    expect(github.history("docs")).toBe(3);
    expect(github.history("main")).toBe(1);
  });

  test("anything thrown, even a non-Error, ends in one failure line and a summary", async ({ github }) => {
    // GitHub's answer, once read, throws something that is not an Error.
    const headers = {
      [Symbol.iterator]() {
        throw "a string, not an Error";
      },
    };
    Object.defineProperty(github, "fetch", { value: async () => ({ status: 200, url: "", headers }) });
    const run = await action(github);
    expect(run.failure).toBe("a string, not an Error");
    expect(run.summary).toContain("**a string, not an Error**");
  });

  test("a token inside <script>, which GitHub shows as text, gets its value", async ({ github }) => {
    github.push("main", { "README.md": "<script>\n{{DATE}}\n</script>\n" });
    await action(github);
    expect(github.file("README.md")).toBe("<script>\n<!--{{DATE}}-->2026-11-27<!--/-->\n</script>\n");
  });

  test("an UNTIL date in the past warns, as a SINCE date in the future does", async ({ github }) => {
    github.push("main", { "README.md": "Left: {{DAYS_UNTIL_2026_01_01}}, since: {{DAYS_SINCE_2027_01_01}}\n" });
    const run = await action(github);
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "{{DAYS_UNTIL_2026_01_01}}: 2026_01_01 is in the past, so it counts as 0",
      "{{DAYS_SINCE_2027_01_01}}: 2027_01_01 is in the future, so it counts as 0",
    ]);
  });
});

describe("the runner's context, where parts of it are missing", () => {
  test("an input the runner did not set is an empty one, which takes its default", async ({ github }) => {
    const run = await action(github, {}, { env: { INPUT_STRICT: undefined, "INPUT_COMMIT-MESSAGE": undefined } });
    expect(run.failure).toBeUndefined();
    expect(github.mutationInputs[0]).toMatchObject({ message: { headline: "docs: update README counters" } });
  });

  test("an event file that cannot be read is an event that says nothing", async ({ github }) => {
    const run = await action(
      github,
      { commit: "none" },
      {
        workspace: { "README.md": "Day {{DATE}}, {{DAYS_SINCE_REPO_START}}\n" },
        env: { GITHUB_EVENT_PATH: "/nowhere/event.json" },
      },
    );
    expect(run.failure).toBeUndefined();
    expect(readFileSync(join(run.workspace, "README.md"), "utf8")).toBe(
      "Day <!--{{DATE}}-->2026-11-27<!--/-->, {{DAYS_SINCE_REPO_START}}\n",
    );
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringContaining("the event that started this run does not say when the repository was created"),
    ]);
  });

  test("with no GITHUB_REPOSITORY, the repository input is updated on its default branch, whatever GITHUB_REF says", async ({
    github,
  }) => {
    github.push("feature", {});
    const feature = github.head("feature").oid;
    const run = await action(
      github,
      { repository: "octo/diary" },
      { env: { GITHUB_REPOSITORY: undefined, GITHUB_REF: "refs/heads/feature" } },
    );
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe(fixture("diary/expected.md"));
    expect(github.head("feature").oid).toBe(feature);
  });

  test("with no GITHUB_REPOSITORY, a mode that reaches GitHub asks for the repository input", async ({ github }) => {
    const run = await action(github, {}, { env: { GITHUB_REPOSITORY: undefined } });
    expectFailure(
      run,
      'Input "repository": GITHUB_REPOSITORY is not set, so the repository must be given. For example: repository: octocat/hello-world',
    );
    expect(github.requests).toEqual([]);
  });

  test("every output has a value while the run still waits for GitHub, for a later step of a cancelled one", async ({
    github,
  }) => {
    const outputs: Record<string, string> = {};
    const silent = () => {};
    let asked!: () => void;
    const waiting = new Promise<void>((resolve) => {
      asked = resolve;
    });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const running = run({
      env: {
        GITHUB_REPOSITORY: "octo/diary",
        GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), "readme-counters-waiting-")),
        GITHUB_API_URL: "https://api.github.example",
        ...inputVariables({ today: "2026-11-27" }),
      },
      clock: { now: () => new Date("2026-11-27T12:00:00Z"), sleep: async () => {} },
      fetch: async (request, init) => {
        asked();
        await answered;
        return github.fetch(request, init);
      },
      reporter: {
        output: (name, value) => {
          outputs[name] = value;
        },
        info: silent,
        group: silent,
        annotate: silent,
        summary: async () => {},
        fail: silent,
      },
    });
    await waiting;
    expect(outputs).toEqual({
      changed: "false",
      "commit-sha": "",
      "commit-url": "",
      "commit-shas": "[]",
      "changed-files": "[]",
      values: "{}",
      "pull-request-number": "",
      "pull-request-url": "",
    });
    answer();
    await running;
    expect(outputs.changed).toBe("true");
  });

  test("the context is read from the environment handed in, and the process's own is left as it was", async ({
    github,
  }) => {
    const before = { ...process.env };
    const run = await action(github, {}, { env: { GITHUB_REF: "refs/heads/main" } });
    expect(run.failure).toBeUndefined();
    expect(process.env).toEqual(before);
  });

  test("a run started by a tag, which names no branch, commits to the default branch", async ({ github }) => {
    const run = await action(github, {}, { env: { GITHUB_REF: "refs/tags/v1.0.0" } });
    expect(run.failure).toBeUndefined();
    expect(github.file("README.md")).toBe(fixture("diary/expected.md"));
  });

  test.for([
    ["no GITHUB_API_URL", undefined],
    ["an empty GITHUB_API_URL", ""],
  ] as const)("with %s, GitHub's API is api.github.com", async ([, apiUrl], { github }) => {
    github.failures.push({ network: "ECONNREFUSED" });
    const run = await action(github, {}, { env: { GITHUB_API_URL: apiUrl } });
    expectFailure(run, "GitHub's API at https://api.github.com is out of reach (ECONNREFUSED)");
  });
});

describe("on a runner, through @actions/core", () => {
  /** Runs the action as the runner starts it (no dependencies given), with the environment and files a runner gives. */
  async function onRunner(inputs: Record<string, string>, { summary = true } = {}) {
    const temp = mkdtempSync(join(tmpdir(), "readme-counters-runner-"));
    mkdirSync(join(temp, "workspace"));
    writeFileSync(join(temp, "workspace", "README.md"), "Day {{DATE}}, **{{DAYS_SINCE_LAUNCH}}**\n");
    writeFileSync(join(temp, "event.json"), "{}");
    const files = { output: join(temp, "output"), summary: join(temp, "summary") };
    for (const path of Object.values(files)) writeFileSync(path, "");
    const env = {
      ...inputVariables({ commit: "none", today: "2026-11-27", ...inputs }),
      GITHUB_WORKSPACE: join(temp, "workspace"),
      GITHUB_EVENT_PATH: join(temp, "event.json"),
      GITHUB_OUTPUT: files.output,
      ...(summary ? { GITHUB_STEP_SUMMARY: files.summary } : {}),
    };
    const before = { ...process.env };
    Object.assign(process.env, env);
    if (!summary) delete process.env.GITHUB_STEP_SUMMARY;
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await run();
      return {
        stdout: printed.join(""),
        exitCode: process.exitCode,
        outputs: readFileSync(files.output, "utf8"),
        summary: readFileSync(files.summary, "utf8"),
        readme: readFileSync(join(temp, "workspace", "README.md"), "utf8"),
      };
    } finally {
      write.mockRestore();
      process.env = before;
      process.exitCode = undefined;
    }
  }

  // First: @actions/core keeps the summary file it first found for the rest of the process.
  it("fails the step with one error line, and outside a runner writes no summary", async () => {
    const runner = await onRunner({ commit: "sometimes" }, { summary: false });
    expect(runner.stdout.match(/^::error::.*$/gm)).toEqual([expect.stringMatching(/^::error::.*commit.*none/)]);
    expect(runner.exitCode).toBe(1);
    expect(runner.summary).toBe("");
    expect(runner.readme).toBe("Day {{DATE}}, **{{DAYS_SINCE_LAUNCH}}**\n");
  });

  it("writes the outputs and the summary to the runner's files, warns at the token's place, and groups the log", async () => {
    const runner = await onRunner({});
    expect(runner.readme).toBe("Day <!--{{DATE}}-->2026-11-27<!--/-->, **{{DAYS_SINCE_LAUNCH}}**\n");
    expect(runner.stdout).toMatch(
      /^::warning title=readme-counters,file=README\.md,line=1,col=17::\{\{DAYS_SINCE_LAUNCH\}\}: unknown date LAUNCH/m,
    );
    expect(runner.stdout).toMatch(/^::group::.*\n(?:(?!::endgroup::).*\n)+::endgroup::$/m);
    expect(runner.outputs).toMatch(/^changed<<(ghadelimiter_[\w-]+)\ntrue\n\1$/m);
    expect(runner.summary).toContain("README.md");
    expect(runner.exitCode).toBeUndefined();
  });

  it("without a today input, counts from the machine's clock", async () => {
    const day = () => new Date().toISOString().slice(0, 10);
    const before = day();
    const runner = await onRunner({ today: "" });
    const written = runner.readme.match(/<!--\{\{DATE\}\}-->(.*?)<!--\/-->/)?.[1];
    expect([before, day()]).toContain(written);
  });

  it("in strict mode, marks a problem as an error at the token's place", async () => {
    const runner = await onRunner({ strict: "true" });
    expect(runner.stdout).toMatch(
      /^::error title=readme-counters,file=README\.md,line=1,col=17::\{\{DAYS_SINCE_LAUNCH\}\}: unknown date LAUNCH/m,
    );
    expect(runner.exitCode).toBe(1);
    expect(runner.readme).toBe("Day {{DATE}}, **{{DAYS_SINCE_LAUNCH}}**\n");
  });
});
