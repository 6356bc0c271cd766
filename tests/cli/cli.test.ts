import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CliEnvironment, runCli } from "../../src/cli/cli.js";
import { FakeGitHub, TOKEN } from "../fakes/github/index.js";
import { DIARY } from "../support/examples.js";

let repo: string;

function git(...args: string[]): void {
  gitOn("2025-09-01T22:30:00Z", ...args);
}

/** git in the test's repository, committing and tagging at `date`. */
function gitOn(date: string, ...args: string[]): void {
  execFileSync("git", args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

/** The CLI in this process, in `cwd` (the test's repository by default). */
async function cli(...args: string[]) {
  return cliIn(repo, ...args);
}

async function cliIn(cwd: string, ...args: string[]) {
  return cliWith({ cwd }, ...args);
}

/** The CLI in this process, with an environment of the test's own: no variables unless given. */
async function cliWith(environment: Partial<CliEnvironment>, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    now: new Date("2026-11-27T12:00:00Z"),
    cwd: repo,
    colour: false,
    out: (text) => {
      stdout += text.endsWith("\n") ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    env: {},
    ...environment,
  });
  return { code, stdout, stderr };
}

/** A git repository holding the diary, made once; each test works in a copy of it. */
let template: string;

beforeAll(() => {
  repo = template = mkdtempSync(join(tmpdir(), "readme-counters-cli-template-"));
  writeFileSync(join(repo, "README.md"), DIARY);
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "first");
});

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "readme-counters-cli-"));
  cpSync(template, repo, { recursive: true });
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("the CLI", () => {
  it("shows the diary's counters for the day as a diff, and writes nothing", async () => {
    const { code, stdout, stderr } = await cli("--today", "2026-11-27");
    expect(code).toBe(0);
    expect(stdout).toContain("--- a/README.md\n+++ b/README.md\n");
    expect(stdout).toContain("+Today  **<!--{{DATE_PRETTY}}-->Friday, November 27, 2026<!--/-->**.");
    expect(stdout).toContain("+It has been    **<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->** days");
    // REPO_START is the first commit's date: 2025-09-01 22:30 UTC.
    expect(stdout).toContain("+Day **<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->** From");
    expect(stdout).not.toContain("\x1b[");
    expect(stderr).toContain("readme-counters: README.md would change; --write writes it");
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe(DIARY);
  });

  it("on a terminal the diff is in colour, headers bold, hunks cyan, lines added green and removed red; --no-color turns it off", async () => {
    writeFileSync(join(repo, "README.md"), "Title\n\nDay {{DATE}}\n");
    const diff = [
      "--- a/README.md",
      "+++ b/README.md",
      "@@ -1,3 +1,3 @@",
      " Title",
      " ",
      "-Day {{DATE}}",
      "+Day <!--{{DATE}}-->2026-11-27<!--/-->",
    ];
    const [from, to, hunk, title, blank, removed, added] = diff as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const colour = (code: number, line: string) => `\x1b[${code}m${line}\x1b[0m`;
    const { stdout } = await cliWith({ colour: true }, "--today", "2026-11-27");
    expect(stdout).toBe(
      `${[colour(1, from), colour(1, to), colour(36, hunk), title, blank, colour(31, removed), colour(32, added)].join("\n")}\n`,
    );
    const plain = await cliWith({ colour: true }, "--today", "2026-11-27", "--no-color");
    expect(plain.stdout).toBe(`${diff.join("\n")}\n`);
  });

  it("takes the first commit's date in the timezone", async () => {
    const { stdout } = await cli("--today", "2026-11-27", "--timezone", "Asia/Tokyo");
    expect(stdout).toContain("<!--{{DAYS_SINCE_REPO_START}}-->451<!--/-->");
  });

  it("where histories were merged, takes the earliest of their first commits, whichever was merged in", async () => {
    const branch = execFileSync("git", ["branch", "--show-current"], { cwd: repo, encoding: "utf8" }).trim();
    gitOn("2024-01-01T00:00:00Z", "checkout", "-q", "--orphan", "imported");
    gitOn("2024-01-01T00:00:00Z", "commit", "-q", "--allow-empty", "-m", "imported, dated before");
    gitOn("2025-10-02T10:00:00Z", "checkout", "-q", branch);
    gitOn("2025-10-02T10:00:00Z", "merge", "-q", "--allow-unrelated-histories", "-m", "merge", "imported");
    const { stdout } = await cli("--today", "2026-11-27");
    // 2024-01-01 is 1,061 days before 2026-11-27.
    expect(stdout).toContain("<!--{{DAYS_SINCE_REPO_START}}-->1061<!--/-->");
  });

  it("--write writes the file, and a second run finds it up to date", async () => {
    const first = await cli("--today", "2026-11-27", "--write");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    const written = readFileSync(join(repo, "README.md"), "utf8");
    expect(written).toContain("<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->");
    expect(written.slice(written.indexOf("```python"))).toBe(DIARY.slice(DIARY.indexOf("```python")));
    const again = await cli("--today", "2026-11-27");
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain("up to date");
  });

  it("renders a template into its output with plain values", async () => {
    writeFileSync(
      join(repo, "README.template.md"),
      "Day {{DAYS_SINCE_REPO_START}} of ![x](https://x.org/{{DATE}}.svg)\n",
    );
    const { code } = await cli(
      "--today",
      "2026-11-27",
      "--template",
      "README.template.md",
      "--output",
      "OUT.md",
      "--write",
    );
    expect(code).toBe(0);
    expect(readFileSync(join(repo, "OUT.md"), "utf8")).toBe("Day 452 of ![x](https://x.org/2026-11-27.svg)\n");
  });

  it("a file named beside a glob is read even where git ignores it", async () => {
    writeFileSync(join(repo, ".gitignore"), "build/\n");
    mkdirSync(join(repo, "build"));
    writeFileSync(join(repo, "build", "NOTES.md"), "Built {{DATE}}\n");
    const { code, stdout } = await cli("--today", "2026-11-27", "README.md", "build/NOTES.md", "*.md");
    expect(code).toBe(0);
    expect(stdout).toContain("+Built <!--{{DATE}}-->2026-11-27<!--/-->\n");
  });

  it("the diff shows three lines of context, as git diff does", async () => {
    writeFileSync(join(repo, "README.md"), "one\ntwo\nthree\nfour\nfive\nDay {{DATE}}\n");
    const { stdout } = await cli("--today", "2026-11-27");
    expect(stdout).toBe(
      "--- a/README.md\n+++ b/README.md\n@@ -3,4 +3,4 @@\n three\n four\n five\n-Day {{DATE}}\n+Day <!--{{DATE}}-->2026-11-27<!--/-->\n",
    );
  });

  it("a template's token in code is left as code, and the rest is rendered", async () => {
    writeFileSync(join(repo, "T.md"), "```\n{{DATE}}\n```\n\nDay {{DATE}}\n");
    const { code } = await cli("--today", "2026-11-27", "--template", "T.md", "--output", "OUT.md", "--write");
    expect(code).toBe(0);
    expect(readFileSync(join(repo, "OUT.md"), "utf8")).toBe("```\n{{DATE}}\n```\n\nDay 2026-11-27\n");
  });

  it("a template with no --output renders into README.md", async () => {
    writeFileSync(join(repo, "README.template.md"), "Day {{DATE}}\n");
    const { code } = await cli("--today", "2026-11-27", "--template", "README.template.md", "--write");
    expect(code).toBe(0);
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe("Day 2026-11-27\n");
  });

  it("--inclusive counts the day itself", async () => {
    writeFileSync(join(repo, "README.md"), "Day {{DAYS_SINCE_2026_11_20}}\n");
    const plain = await cli("--today", "2026-11-27");
    const inclusive = await cli("--today", "2026-11-27", "--inclusive");
    expect(plain.stdout).toContain("+Day <!--{{DAYS_SINCE_2026_11_20}}-->7<!--/-->\n");
    expect(inclusive.stdout).toContain("+Day <!--{{DAYS_SINCE_2026_11_20}}-->8<!--/-->\n");
  });

  it("previews a template's output that does not exist yet as a new file", async () => {
    writeFileSync(join(repo, "README.template.md"), "Day {{DATE}}\n");
    const { code, stdout } = await cli(
      "--today",
      "2026-11-27",
      "--template",
      "README.template.md",
      "--output",
      "OUT.md",
    );
    expect(code).toBe(0);
    expect(stdout).toBe("--- /dev/null\n+++ b/OUT.md\n@@ -0,0 +1,1 @@\n+Day 2026-11-27\n");
    expect(existsSync(join(repo, "OUT.md"))).toBe(false);
  });

  it("takes several files and globs", async () => {
    writeFileSync(join(repo, "a.md"), "A {{DATE}}\n");
    writeFileSync(join(repo, "b.md"), "B {{DATE}}\n");
    const { stdout, stderr } = await cli("--today", "2026-11-27", "--no-keep-tokens", "*.md");
    expect(stdout).toContain("+A 2026-11-27");
    expect(stdout).toContain("+B 2026-11-27");
    expect(stderr).toContain("3 files would change; --write writes them");
  });

  it("reports a token it cannot evaluate with its file, line and column", async () => {
    writeFileSync(join(repo, "README.md"), "# T\n\nDay {{DAYS_SINCE_2025_02_30}} and {{DATE}}\n");
    const { code, stderr } = await cli("--today", "2026-11-27");
    expect(code).toBe(0);
    expect(stderr).toContain("README.md:3:5: warning: {{DAYS_SINCE_2025_02_30}}: 2025_02_30 is not a calendar date");
  });

  it("--strict fails on such a token and writes nothing", async () => {
    writeFileSync(join(repo, "README.md"), "Day {{NOPE}} and {{DATE}}\n");
    const { code, stderr } = await cli("--today", "2026-11-27", "--strict", "--write");
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "README.md: the README GitHub shows",
      "README.md:1:5: error: {{NOPE}}: unknown token NOPE",
      "readme-counters: README.md:1:5: {{NOPE}}: unknown token NOPE; nothing was written (--strict is set)",
    ]);
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe("Day {{NOPE}} and {{DATE}}\n");
  });

  it("--help lists every flag", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    for (const flag of [
      "--write",
      "--today",
      "--timezone",
      "--locale",
      "--date-format",
      "--dates",
      "--repo-start",
      "--template",
      "--output",
      "--inclusive",
      "--no-keep-tokens",
      "--strict",
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [
      ["--today", "2026-13-01"],
      "--today: 2026-13-01 is not a calendar date: there is no month 13. For example: --today 2025-08-18",
    ],
    [
      ["--timezone", "Mars/Base"],
      '--timezone: "Mars/Base" is not an IANA time zone. For example: --timezone Europe/London',
    ],
    [["--locale", "xx-YY-zz-1"], "--locale:"],
    [["--dates", "launch=2024-05-01"], '--dates: "launch=2024-05-01" is not NAME=YYYY-MM-DD'],
    [["--repo-start", "yesterday"], "--repo-start:"],
    [["../outside.md"], "leaves the repository"],
    [["missing.md"], "missing.md: no such file"],
    [["nothing-*.md"], '"nothing-*.md" matches no file; the workspace holds 1 markdown file: README.md'],
  ])("%j exits 1 with one line naming it", async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it("a glob that matches nothing names the first five markdown files there, or counts the files when none is markdown", async () => {
    for (const name of ["a", "b", "c", "d", "e"]) writeFileSync(join(repo, `${name}.md`), "x\n");
    expect((await cli("nothing-*.md")).stderr).toContain(
      '"nothing-*.md" matches no file; the workspace holds 6 markdown files: README.md, a.md, b.md, c.md, d.md, …',
    );
    rmSync(join(repo, "e.md"));
    expect((await cli("nothing-*.md")).stderr).toContain(
      '"nothing-*.md" matches no file; the workspace holds 5 markdown files: README.md, a.md, b.md, c.md, d.md\n',
    );
    const plain = mkdtempSync(join(tmpdir(), "readme-counters-no-markdown-"));
    writeFileSync(join(plain, "notes.txt"), "x\n");
    writeFileSync(join(plain, "data.json"), "{}\n");
    expect((await cliIn(plain, "*.md")).stderr).toContain(
      '"*.md" matches no file; the workspace holds no markdown file (of 2 files)',
    );
  });
});

describe("hostile and broken input", () => {
  const untouched = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(repo, name), bytes);
    // Buffer#equals: a deep toEqual walks a megabyte byte by byte for seconds.
    return () => expect(readFileSync(join(repo, name)).equals(Buffer.from(bytes))).toBe(true);
  };

  it.each([
    [
      "a file with NUL bytes",
      "nul.md",
      Buffer.from("Day {{DATE}}\0\n"),
      "nul.md: holds a NUL byte: it is not a text file",
    ],
    [
      "invalid UTF-8",
      "latin1.md",
      Buffer.from([0x44, 0x61, 0xfd, 0x20, 0x7b, 0x7b, 0x44, 0x41, 0x54, 0x45, 0x7d, 0x7d]),
      "latin1.md: is not valid UTF-8",
    ],
    [
      "a file over 1 MiB",
      "big.md",
      `Day {{DATE}} ${"x".repeat(1024 * 1024)}\n`,
      "big.md: is 1,048,590 bytes, over the 1 MiB limit",
    ],
  ])("%s gets one clear line and nothing written, named or found by a glob", async (_, name, bytes, message) => {
    const unchanged = untouched(name, bytes);
    // `nul.m[d]` matches only nul.md, and is read as a glob's files are (listed by git).
    for (const path of [name, name.replace(/d$/, "[d]")]) {
      const { code, stdout, stderr } = await cli("--today", "2026-11-27", "--write", path);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toEqual([expect.stringContaining(message)]);
      unchanged();
    }
  });

  it("a text holding U+FFFD itself, which is valid UTF-8, is rendered, named or found by a glob", async () => {
    for (const path of ["sign.md", "sign.m[d]"]) {
      writeFileSync(join(repo, "sign.md"), "\uFFFD {{DAYS_SINCE_2025_08_18}}\n");
      const { code } = await cli("--today", "2026-11-27", "--write", path);
      expect(code).toBe(0);
      expect(readFileSync(join(repo, "sign.md"), "utf8")).toBe("\uFFFD <!--{{DAYS_SINCE_2025_08_18}}-->466<!--/-->\n");
    }
  });

  it.each([
    [
      "nested markers",
      "nested.md",
      "Day <!--{{DATE}}--><!--{{DATE}}-->1<!--/--><!--/--> x\n",
      [
        "nested.md:1:5: error: <!--{{DATE}}-->: this marker has no end mark <!--/--> after its value on the same line (markers cannot nest)",
        "nested.md:1:44: error: <!--/-->: this end mark has no marker before it",
      ],
    ],
    [
      "a marker without its end mark",
      "open.md",
      "Day <!--{{DATE}}-->2020-01-01 and {{DATE}} x\n",
      [
        "open.md:1:5: error: <!--{{DATE}}-->: this marker has no end mark <!--/--> after its value on the same line (markers cannot nest)",
      ],
    ],
    [
      "an end mark without a marker",
      "orphan.md",
      "Day {{DATE}} x <!--/--> y\n",
      ["orphan.md:1:16: error: <!--/-->: this end mark has no marker before it"],
    ],
    [
      "an unclosed template block",
      "template.md",
      "Day {{DATE}} x\n\n<!--counters {{DATE}}\n",
      ["template.md:3:1: error: <!--counters: this template block is never closed with -->"],
    ],
    [
      "a DATE format with --",
      "dashes.md",
      "Day {{DATE:yyyy--MM}} and {{DATE}} x\n",
      [
        'dashes.md:1:5: error: {{DATE:yyyy--MM}}: the DATE format "yyyy--MM" contains "--", which cannot stand in a marker\'s HTML comment',
      ],
    ],
  ])("%s gets a line for each error, and nothing is written", async (_, name, text, errors) => {
    const unchanged = untouched(name, text);
    const { code, stdout, stderr } = await cli("--today", "2026-11-27", "--write", name);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    // The last line names the first error, where it stands, and what to do.
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    const final = `readme-counters: ${errors[0]?.replace(": error: ", ": ")}${more}; nothing was written (mend it, then run again)`;
    expect(stderr.trim().split("\n")).toEqual([...errors, final]);
    unchanged();
  });

  it.each([
    ["an absolute path outside", "/etc/hostname", '"../../etc/hostname" leaves the repository'],
    ["a path that climbs out", "docs/../../x.md", "leaves the repository"],
    ["a glob that climbs out", "../*.md", "leaves the repository"],
  ])("%s is refused in one line", async (_, path, message) => {
    const { code, stderr } = await cli("--today", "2026-11-27", path);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringContaining(message)]);
  });

  it("a folder named as a file, and an output in a folder that does not exist, are each one line", async () => {
    mkdirSync(join(repo, "docs"));
    expect((await cli("docs")).stderr).toBe("readme-counters: docs: is not a file\n");
    writeFileSync(join(repo, "T.md"), "Day {{DATE}}\n");
    const { code, stderr } = await cli("--template", "T.md", "--output", "missing/OUT.md", "--write");
    expect(code).toBe(1);
    expect(stderr).toBe("readme-counters: missing: no such folder\n");
  });

  it("a symbolic link that leads outside the repository is refused", async () => {
    const outside = mkdtempSync(join(tmpdir(), "readme-counters-outside-"));
    writeFileSync(join(outside, "secret.md"), "Day {{DATE}} x\n");
    symlinkSync(join(outside, "secret.md"), join(repo, "link.md"));
    const { code, stderr } = await cli("--today", "2026-11-27", "--write", "link.md");
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("readme-counters: link.md: leads outside the repository");
    expect(readFileSync(join(outside, "secret.md"), "utf8")).toBe("Day {{DATE}} x\n");
    rmSync(outside, { recursive: true, force: true });
  });

  it("writes through a temporary file and a rename, leaving nothing behind", async () => {
    const before = statSync(join(repo, "README.md")).ino;
    expect((await cli("--today", "2026-11-27", "--write")).code).toBe(0);
    expect(statSync(join(repo, "README.md")).ino).not.toBe(before);
    expect(readdirSync(repo).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a block too hostile to parse keeps its token, with a warning that says why, and the rest is rendered", async () => {
    writeFileSync(join(repo, "README.md"), `Day {{DATE}} x\n\nHard {{DATE}} ${"[".repeat(30_000)}\n`);
    const { code, stderr } = await cli("--today", "2026-11-27", "--write");
    expect(code).toBe(0);
    expect(stderr).toContain(
      "README.md:3:6: warning: {{DATE}}: the block holding this opens more brackets, comments, tags or backtick runs than it closes",
    );
    const written = readFileSync(join(repo, "README.md"), "utf8");
    expect(written.startsWith("Day <!--{{DATE}}-->2026-11-27<!--/--> x\n\nHard {{DATE}} [[[")).toBe(true);
  });
});

describe("loud and truthful", () => {
  it("a folder with no README.md fails, instead of saying it is up to date", async () => {
    rmSync(join(repo, "README.md"));
    const { code, stderr } = await cli("--today", "2026-11-27");
    expect(code).toBe(1);
    expect(stderr).toBe(
      "readme-counters: README: no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files\n",
    );
  });

  it("a template that is its own output is refused, and the template keeps its tokens", async () => {
    writeFileSync(join(repo, "T.md"), "Day {{DATE}}\n");
    const { code, stderr } = await cli("--template", "T.md", "--output", "T.md", "--write");
    expect(code).toBe(1);
    expect(stderr).toContain('--output: "T.md" is the template itself, whose tokens the rendering would erase');
    expect(readFileSync(join(repo, "T.md"), "utf8")).toBe("Day {{DATE}}\n");
  });

  it("a missing template fails and writes no empty output", async () => {
    const { code, stderr } = await cli("--template", "T.md", "--output", "OUT.md", "--write");
    expect(code).toBe(1);
    expect(stderr).toBe("readme-counters: T.md: no such file\n");
    expect(readdirSync(repo)).not.toContain("OUT.md");
  });

  it("in a shallow clone REPO_START is not taken from the shallow boundary: it says so, and the rest renders", async () => {
    const clone = mkdtempSync(join(tmpdir(), "readme-counters-shallow-"));
    git("commit", "--allow-empty", "-qm", "second");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo}`, clone]);
    const { code, stdout, stderr } = await cliIn(clone, "--today", "2026-11-27");
    expect(code).toBe(0);
    expect(stderr).toContain(
      "README.md:10:7: warning: {{DAYS_SINCE_REPO_START}}: the repository's start date is unknown: this clone is shallow, so its first commit is not the repository's: pass --repo-start YYYY-MM-DD",
    );
    expect(stdout).toContain("<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->");
    expect((await cliIn(clone, "--today", "2026-11-27", "--repo-start", "2025-09-01")).stdout).toContain(
      "<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->",
    );
  });

  it("outside a git repository, or in one with no commit yet, REPO_START says to pass --repo-start", async () => {
    const folder = mkdtempSync(join(tmpdir(), "readme-counters-no-git-"));
    writeFileSync(join(folder, "README.md"), "Day {{DAYS_SINCE_REPO_START}} of {{DATE}}\n");
    const outside = await cliIn(folder, "--today", "2026-11-27");
    expect(outside.code).toBe(0);
    expect(outside.stderr).toContain(
      "README.md:1:5: warning: {{DAYS_SINCE_REPO_START}}: the repository's start date is unknown: this folder is not in a git repository: pass --repo-start YYYY-MM-DD",
    );
    expect(outside.stdout).toContain("+Day {{DAYS_SINCE_REPO_START}} of <!--{{DATE}}-->2026-11-27<!--/-->");

    execFileSync("git", ["init", "-q"], { cwd: folder });
    const empty = await cliIn(folder, "--today", "2026-11-27");
    expect(empty.stderr).toContain(
      "{{DAYS_SINCE_REPO_START}}: the repository's start date is unknown: this repository has no commit yet: pass --repo-start YYYY-MM-DD",
    );
  });

  it("--version prints the version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("paths may go up to the top of the work tree: ../README.md from a subfolder, never beyond", async () => {
    const sub = join(repo, "examples");
    mkdirSync(sub);
    const { code, stdout } = await cliIn(sub, "--today", "2026-11-27", "../README.md");
    expect(code).toBe(0);
    expect(stdout).toContain("--- a/README.md\n+++ b/README.md\n");
    const beyond = await cliIn(sub, "--today", "2026-11-27", "../../README.md");
    expect(beyond.code).toBe(1);
    expect(beyond.stderr).toBe(
      'readme-counters: "../README.md" leaves the repository. For example: readme-counters docs/**/*.md\n',
    );
  });

  it("from a folder two levels down, paths, absolute paths and !exclusions are taken from there", async () => {
    const sub = join(repo, "docs", "api");
    mkdirSync(sub, { recursive: true });
    for (const name of ["a.md", "b.md"]) writeFileSync(join(sub, name), `${name} {{DATE}}\n`);
    const files = (stdout: string) => [...stdout.matchAll(/^\+\+\+ b\/(.*)$/gm)].map((match) => match[1]);
    expect(files((await cliIn(sub, "--today", "2026-11-27", "a.md")).stdout)).toEqual(["docs/api/a.md"]);
    expect(files((await cliIn(sub, "--today", "2026-11-27", join(sub, "b.md"))).stdout)).toEqual(["docs/api/b.md"]);
    expect(files((await cliIn(sub, "--today", "2026-11-27", "*.md", "!b.md")).stdout)).toEqual(["docs/api/a.md"]);
  });

  it.each([
    [
      ["--dates", "LAUNCH=2024-05-01", "--dates", "LAUNCH=2024-06-01"],
      "--dates: LAUNCH is declared twice. For example: --dates LAUNCH=2024-05-01",
    ],
    [
      ["--dates", "LAUNCH=2024-02-30"],
      "--dates: 2024-02-30 is not a calendar date: February 2024 has no 30th. For example: --dates LAUNCH=2024-05-01",
    ],
  ])("%j is refused with its reason", async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(1);
    expect(stderr).toBe(`readme-counters: ${message}\n`);
  });

  it("a file that must stop the run hides only its own preview, and nothing is written", async () => {
    writeFileSync(join(repo, "bad.md"), "Day {{DATE:yyyy--MM}} x, on {{DATE}}\n");
    const { code, stdout, stderr } = await cli("--today", "2026-11-27", "README.md", "bad.md");
    expect(code).toBe(1);
    expect(stdout).toContain("+++ b/README.md");
    expect(stdout).not.toContain("bad.md");
    expect(stderr).toContain('bad.md:1:5: error: {{DATE:yyyy--MM}}: the DATE format "yyyy--MM" contains "--"');
  });

  it("warns once per distinct token and reason in a file, with the count of the other places and the nearest known token", async () => {
    const lines = Array.from({ length: 25 }, () => "Day {{DATE_PRETY}} and {{DAYS_SINCE_REPO_STRAT}} x");
    writeFileSync(join(repo, "README.md"), `${lines.join("\n\n")}\n`);
    const { stderr } = await cli("--today", "2026-11-27");
    expect(stderr.trim().split("\n")).toEqual([
      "README.md: the README GitHub shows",
      "README.md:1:5: warning: {{DATE_PRETY}}: unknown token DATE_PRETY; did you mean {{DATE_PRETTY}}? (and 24 other places)",
      "README.md:1:24: warning: {{DAYS_SINCE_REPO_STRAT}}: unknown date REPO_STRAT; did you mean REPO_START? (to declare it, pass --dates REPO_STRAT=2024-05-01) (and 24 other places)",
      "readme-counters: No counter changed; 50 tokens were left alone (the warnings say why)",
    ]);
  });

  it("an UNTIL date in the past warns", async () => {
    writeFileSync(join(repo, "README.md"), "Left: {{DAYS_UNTIL_2026_01_01}} days\n");
    const { stderr } = await cli("--today", "2026-11-27");
    expect(stderr).toContain(
      "README.md:1:7: warning: {{DAYS_UNTIL_2026_01_01}}: 2026_01_01 is in the past, so it counts as 0",
    );
  });

  it("a new output file under a folder that links outside the repository is refused", async () => {
    const outside = mkdtempSync(join(tmpdir(), "readme-counters-outside-"));
    symlinkSync(outside, join(repo, "docs"));
    writeFileSync(join(repo, "T.md"), "Day {{DATE}}\n");
    const { code, stderr } = await cli("--template", "T.md", "--output", "docs/OUT.md", "--write");
    expect(code).toBe(1);
    expect(stderr).toBe("readme-counters: docs: leads outside the repository\n");
    expect(readdirSync(outside)).toEqual([]);
  });

  it("writing keeps the file's mode", async () => {
    chmodSync(join(repo, "README.md"), 0o640);
    expect((await cli("--today", "2026-11-27", "--write")).code).toBe(0);
    expect(statSync(join(repo, "README.md")).mode & 0o777).toBe(0o640);
  });
});

describe("dates the repository knows", () => {
  const README = [
    "Released {{DAYS_SINCE_LATEST_RELEASE}} days ago; the candidate {{DAYS_SINCE_RC}};",
    "v1 {{DAYS_SINCE_V1}}, beta {{DAYS_SINCE_BETA}}; calm for {{DAYS_SINCE_INCIDENT:long}}.",
    "",
  ].join("\n");
  const DATES = ["--dates", "V1=tag:v1.0.0", "--dates", "BETA=tag:v0.9", "--dates", "RC=release:v1.1.0-rc.1"];
  const ARGS = ["--today", "2026-11-27", "--no-keep-tokens", ...DATES, "--dates", "INCIDENT=label:incident"];

  /** The diary on GitHub: a release, a pre-release after it, and a pull request with the label. */
  function diaryOnGitHub(): FakeGitHub {
    const github = new FakeGitHub({ "README.md": README });
    github.releases.push(
      { tagName: "v1.0.0", publishedAt: "2026-10-01T09:00:00Z", isDraft: false, isPrerelease: false },
      { tagName: "v1.1.0-rc.1", publishedAt: "2026-11-20T09:00:00Z", isDraft: false, isPrerelease: true },
    );
    github.now = "2026-11-17T10:00:00Z";
    github.openByHand("fix", "main", undefined, ["incident"]);
    return github;
  }

  beforeEach(() => {
    writeFileSync(join(repo, "README.md"), README);
    git("tag", "v0.9");
    gitOn("2025-12-01T10:00:00Z", "tag", "-a", "v1.0.0", "-m", "one");
    git("remote", "add", "origin", "https://github.com/octo/diary.git");
  });

  it("with a token, reads tags from the local git and releases and labels through GitHub's API, in one request", async () => {
    const github = diaryOnGitHub();
    const { code, stdout, stderr } = await cliWith({ env: { GH_TOKEN: TOKEN }, fetch: github.fetch }, ...ARGS);
    expect(code).toBe(0);
    expect(stdout).toContain("+Released 57 days ago; the candidate 7;\n+v1 361, beta 452; calm for 10 days.\n");
    expect(stderr).not.toContain("warning");
    expect(stderr).not.toContain(TOKEN);
    expect(github.operations).toEqual(["Dates"]);
  });

  it("with a token, asks GitHub for the latest release where one file of several names it, and for nothing else", async () => {
    const github = diaryOnGitHub();
    writeFileSync(join(repo, "README.md"), "v1 {{DAYS_SINCE_V1}}\n");
    writeFileSync(join(repo, "NEWS.md"), "Released {{DAYS_SINCE_LATEST_RELEASE}} days ago\n");
    const { stdout } = await cliWith(
      { env: { GH_TOKEN: TOKEN }, fetch: github.fetch },
      "--today",
      "2026-11-27",
      "--dates",
      "V1=tag:v1.0.0",
      "README.md",
      "NEWS.md",
    );
    expect(stdout).toContain("+Released <!--{{DAYS_SINCE_LATEST_RELEASE}}-->57<!--/--> days ago\n");
    expect(stdout).toContain("+v1 <!--{{DAYS_SINCE_V1}}-->361<!--/-->\n");
    expect(github.operations).toEqual(["Dates"]);
  });

  it("with a token, asks GitHub for a release's date where no file names the latest release", async () => {
    const github = diaryOnGitHub();
    writeFileSync(join(repo, "README.md"), "The candidate {{DAYS_SINCE_RC}} days ago\n");
    const { stdout } = await cliWith(
      { env: { GH_TOKEN: TOKEN }, fetch: github.fetch },
      "--today",
      "2026-11-27",
      "--dates",
      "RC=release:v1.1.0-rc.1",
    );
    expect(stdout).toContain("+The candidate <!--{{DAYS_SINCE_RC}}-->7<!--/--> days ago\n");
    expect(github.operations).toEqual(["Dates"]);
  });

  it("without a token, reads the tags and leaves the others alone, with one line saying what it needs", async () => {
    const { code, stdout, stderr } = await cliWith({ env: {} }, ...ARGS);
    expect(code).toBe(0);
    expect(stdout).toContain("+v1 361, beta 452; calm for {{DAYS_SINCE_INCIDENT:long}}.\n");
    const needs = "only GitHub's API knows it (the line before the warnings says what it needs)";
    expect(stderr.trim().split("\n")).toEqual([
      "README.md: the README GitHub shows",
      "LATEST_RELEASE, RC and INCIDENT: only GitHub's API knows them: set GITHUB_TOKEN (or GH_TOKEN) to a token that may read the repository",
      `README.md:1:10: warning: {{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: ${needs}`,
      `README.md:1:64: warning: {{DAYS_SINCE_RC}}: RC: ${needs}`,
      `README.md:2:58: warning: {{DAYS_SINCE_INCIDENT:long}}: INCIDENT: ${needs}`,
      "readme-counters: README.md would change; --write writes it; 3 tokens were left alone (the warnings say why)",
    ]);
  });

  it("without a token, one such date is named alone, and other warnings are not taken for it", async () => {
    writeFileSync(join(repo, "README.md"), "Released {{DAYS_SINCE_LATEST_RELEASE}} days ago, {{NOPE}}\n");
    const { stderr } = await cliWith({ env: {} }, "--today", "2026-11-27");
    expect(stderr.trim().split("\n")).toEqual([
      "README.md: the README GitHub shows",
      "LATEST_RELEASE: only GitHub's API knows it: set GITHUB_TOKEN (or GH_TOKEN) to a token that may read the repository",
      "README.md:1:10: warning: {{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: only GitHub's API knows it (the line before the warnings says what it needs)",
      "README.md:1:50: warning: {{NOPE}}: unknown token NOPE",
      "readme-counters: No counter changed; 2 tokens were left alone (the warnings say why)",
    ]);
  });

  it("without a token, a README that names LATEST_RELEASE only in its prose gets no line about the API", async () => {
    writeFileSync(join(repo, "README.md"), "The `LATEST_RELEASE` date counts from the newest release. Day {{DATE}}\n");
    const { code, stderr } = await cliWith({ env: {} }, "--today", "2026-11-27");
    expect(code).toBe(0);
    expect(stderr).not.toContain("API");
  });

  it("a token and an origin that is not on GitHub is the same as no token: nothing is sent", async () => {
    const github = diaryOnGitHub();
    git("remote", "set-url", "origin", "git@gitlab.com:octo/diary.git");
    const { stderr } = await cliWith({ env: { GITHUB_TOKEN: TOKEN }, fetch: github.fetch }, ...ARGS);
    expect(stderr).toContain(
      "LATEST_RELEASE, RC and INCIDENT: only GitHub's API knows them: run it in a clone whose origin is on GitHub (git remote get-url origin)\n",
    );
    expect(stderr).toContain("LATEST_RELEASE: only GitHub's API knows it");
    expect(github.requests).toEqual([]);
  });

  it.each([
    [
      "a token GitHub refuses",
      { env: { GH_TOKEN: "ghp_notTheRightOne" }, failure: undefined },
      "GitHub refused the token (401 Bad credentials): set GITHUB_TOKEN (or GH_TOKEN) to a valid token",
    ],
    [
      "GitHub out of reach",
      { env: { GH_TOKEN: TOKEN }, failure: "ENOTFOUND" },
      "GitHub's API at https://api.github.com is out of reach (ENOTFOUND): check this machine's network",
    ],
  ])("%s is said with what to do on this machine", async (_, { env, failure }, line) => {
    const github = diaryOnGitHub();
    if (failure) github.failures.push({ network: failure });
    const { stderr } = await cliWith({ env, fetch: github.fetch }, ...ARGS);
    expect(stderr).toContain(
      `README.md:1:10: warning: {{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: GitHub's API did not tell it: ${line}\n`,
    );
    expect(stderr).not.toContain("ghp_notTheRightOne");
  });

  it("with neither a token nor an origin on GitHub, says both are needed", async () => {
    git("remote", "set-url", "origin", "git@gitlab.com:octo/diary.git");
    const { stderr } = await cliWith({ env: {} }, ...ARGS);
    expect(stderr).toContain(
      "LATEST_RELEASE, RC and INCIDENT: only GitHub's API knows them: run it in a clone whose origin is on GitHub (git remote get-url origin), with GITHUB_TOKEN (or GH_TOKEN) set\n",
    );
  });

  it("an ssh origin on GitHub is read as well as an https one", async () => {
    const github = diaryOnGitHub();
    git("remote", "set-url", "origin", "git@github.com:octo/diary.git");
    const { stdout } = await cliWith({ env: { GITHUB_TOKEN: TOKEN }, fetch: github.fetch }, ...ARGS);
    expect(stdout).toContain("+Released 57 days ago;");
  });

  it("with a token, a README that names no release and dates that need no API send nothing", async () => {
    const github = diaryOnGitHub();
    writeFileSync(join(repo, "README.md"), "v1 {{DAYS_SINCE_V1}}\n");
    const { stdout } = await cliWith(
      { env: { GH_TOKEN: TOKEN }, fetch: github.fetch },
      "--today",
      "2026-11-27",
      "--dates",
      "V1=tag:v1.0.0",
    );
    expect(stdout).toContain("+v1 <!--{{DAYS_SINCE_V1}}-->361<!--/-->");
    expect(github.requests).toEqual([]);
  });

  it("a token GitHub refuses leaves the API's tokens alone, saying what GitHub said, and the tags are read", async () => {
    const github = diaryOnGitHub();
    const { code, stdout, stderr } = await cliWith(
      { env: { GITHUB_TOKEN: "ghs_notTheRightOne" }, fetch: github.fetch },
      ...ARGS,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("+v1 361, beta 452;");
    expect(stderr).toContain(
      "README.md:1:64: warning: {{DAYS_SINCE_RC}}: RC: GitHub's API did not tell it: GitHub refused the token (401 Bad credentials)",
    );
  });

  it("outside a git clone, a tag's date is unknown in the same words, and the rest is counted", async () => {
    const folder = mkdtempSync(join(tmpdir(), "readme-counters-no-git-"));
    writeFileSync(join(folder, "README.md"), "v1 {{DAYS_SINCE_V1}}, on {{DATE}}\n");
    const { code, stdout, stderr } = await cliWith(
      { cwd: folder },
      "--today",
      "2026-11-27",
      "--dates",
      "V1=tag:v1.0.0",
    );
    expect(code).toBe(0);
    expect(stderr).toContain(
      "README.md:1:4: warning: {{DAYS_SINCE_V1}}: V1: the local git has no tag v1.0.0 (git fetch --tags fetches them)",
    );
    expect(stdout).toContain("+v1 {{DAYS_SINCE_V1}}, on <!--{{DATE}}-->2026-11-27<!--/-->");
    rmSync(folder, { recursive: true, force: true });
  });

  it("a tag the local git lacks says how to fetch the tags", async () => {
    const { stderr } = await cliWith({ env: {} }, "--today", "2026-11-27", "--dates", "V1=tag:v9");
    expect(stderr).toContain(
      "warning: {{DAYS_SINCE_V1}}: V1: the local git has no tag v9 (git fetch --tags fetches them)",
    );
  });
});

describe("never a wrong value on the page", () => {
  const write = (text: string) => writeFileSync(join(repo, "README.md"), text);
  const readme = () => readFileSync(join(repo, "README.md"), "utf8");

  it("a moment-style date format is left alone with the luxon pattern meant; --strict makes it fail", async () => {
    write("Today {{DATE:YYYY-MM-DD}} and {{DATE:DD/MM/YYYY}} and {{DATE:hello}}\n");
    const { code, stderr } = await cli("--today", "2026-11-27", "--write");
    expect(code).toBe(0);
    expect(stderr).toContain(
      'README.md:1:7: warning: {{DATE:YYYY-MM-DD}}: "YYYY-MM-DD" is not a luxon date format: luxon would write "YYYY-11-Nov 27, 2026"; did you mean {{DATE:yyyy-MM-dd}}?',
    );
    expect(stderr).toContain("did you mean {{DATE:dd/MM/yyyy}}?");
    expect(stderr).toContain('{{DATE:hello}}: "hello" is not a luxon date format');
    expect(readme()).toBe("Today {{DATE:YYYY-MM-DD}} and {{DATE:DD/MM/YYYY}} and {{DATE:hello}}\n");
    expect((await cli("--today", "2026-11-27", "--write", "--strict")).code).toBe(1);
    expect((await cli("--today", "2026-11-27", "--date-format", "YYYY")).stderr).toBe(
      'readme-counters: --date-format: "YYYY" is not a luxon date format (luxon would misread its letters). For example: --date-format yyyy\n',
    );
  });

  it("a word of field letters meant as text, and a time of day, are left alone with the pattern meant; --strict fails", async () => {
    const text = "Born on {{DATE:d of MMMM}}, at {{DATE:t}}\n";
    write(text);
    const { code, stderr } = await cli("--today", "2026-11-27", "--write");
    expect(code).toBe(0);
    expect(stderr).toContain(
      'README.md:1:9: warning: {{DATE:d of MMMM}}: "d of MMMM" is not a luxon date format: luxon would write "27 33111/27/2026, 12:00\u202fAM November"; did you mean {{DATE:d \'of\' MMMM}}?',
    );
    expect(stderr).toContain(
      'README.md:1:32: warning: {{DATE:t}}: "t" is not a luxon date format: luxon would write "12:00\u202fAM" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?',
    );
    expect(readme()).toBe(text);
    expect((await cli("--today", "2026-11-27", "--write", "--strict")).code).toBe(1);
    expect(readme()).toBe(text);
  });

  it("a template block keeps its last rendering when a date is dropped from --dates, with the marker's warning", async () => {
    write("<!--counters\n![up](https://img.shields.io/badge/up-{{DAYS_SINCE_LAUNCH}}-blue)\n-->\n");
    await cli("--today", "2026-11-27", "--dates", "LAUNCH=2024-05-01", "--write");
    const rendered = readme();
    expect(rendered).toContain("![up](https://img.shields.io/badge/up-940-blue)\n<!--/counters-->");
    const { code, stderr } = await cli("--today", "2026-11-28", "--write");
    expect(code).toBe(0);
    expect(stderr).toContain(
      "README.md:2:39: warning: {{DAYS_SINCE_LAUNCH}}: unknown date LAUNCH (to declare it, pass --dates LAUNCH=2024-05-01)",
    );
    expect(readme()).toBe(rendered);
  });

  it("one full date gives an age and a countdown to its next anniversary", async () => {
    write("{{YEARS_SINCE_BORN}} years old, birthday {{RELATIVE_NEXT_BORN}}, in {{DAYS_UNTIL_NEXT_BORN}} days\n");
    await cli("--today", "2026-11-27", "--dates", "BORN=1990-03-14", "--no-keep-tokens", "--write");
    expect(readme()).toBe("36 years old, birthday in 107 days, in 107 days\n");
  });

  it("a token in small letters is left alone with its spelling in capitals; other braces are silent", async () => {
    write("{{days_since_2025_01_01}} and {{Date}} and {{ site.title }} and {{name}}\n");
    const { code, stderr } = await cli("--today", "2026-11-27", "--write");
    expect(code).toBe(0);
    expect(stderr.trim().split("\n").slice(1, -1)).toEqual([
      "README.md:1:1: warning: {{days_since_2025_01_01}}: tokens are written in capitals: did you mean {{DAYS_SINCE_2025_01_01}}?",
      "README.md:1:31: warning: {{Date}}: tokens are written in capitals: did you mean {{DATE}}?",
    ]);
    expect((await cli("--today", "2026-11-27", "--strict")).code).toBe(1);
  });

  it.each([
    ["{{DAYS_SINCE_2025_02_30}}", "2025_02_30 is not a calendar date: February 2025 has no 30th"],
    ["{{DAYS_SINCE_20250105}}", "write 2025_01_05"],
  ])("%s says what is wrong with the date", async (token, message) => {
    write(`Day ${token}\n`);
    expect((await cli("--today", "2026-11-27")).stderr).toContain(message);
  });

  it.each([
    [
      ["--timezone", "Europe/Berln"],
      'readme-counters: --timezone: "Europe/Berln" is not an IANA time zone. For example: --timezone Europe/Berlin',
    ],
    [["--dry-run"], "readme-counters: Unknown option '--dry-run': the CLI writes nothing unless --write is given"],
    [["--writ"], "readme-counters: Unknown option '--writ': did you mean --write?"],
    [["--keep-tokens=false"], "readme-counters: Unknown option '--keep-tokens': did you mean --no-keep-tokens?"],
    [
      ["--today"],
      "readme-counters: Option '--today <value>' argument missing. For example: readme-counters --today 2026-11-27 README.md (--help lists every flag)",
    ],
    [
      ["--write=yes"],
      "readme-counters: Option '--write' does not take an argument. For example: readme-counters --today 2026-11-27 README.md (--help lists every flag)",
    ],
  ])("%j gets one line: the nearest valid value, or an example", async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(1);
    expect(stderr).toBe(`${message}\n`);
  });

  it("a token in indented code inside a quote or a list item keeps its token, as GitHub shows code there", async () => {
    const text = ">\t\tfoo{{DATE}}\n\n-\t\tfoo{{DATE}}\n\n-     -     {{DATE}} -      -\n\nText {{DATE}}\n";
    write(text);
    await cli("--today", "2026-11-27", "--write");
    expect(readme()).toBe(text.replace("Text {{DATE}}", "Text <!--{{DATE}}-->2026-11-27<!--/-->"));
  });
});
