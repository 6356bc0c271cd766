import { execFileSync } from "node:child_process";
import {
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
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/cli.js";
import { type FileRendering, unreadDates } from "../src/road.js";
import { workspaceSink } from "../src/workspace.js";
import { FakeGitHub } from "./fakes/github/index.js";
import { runAction } from "./support/action-run.js";

const DAY = "Day {{DAYS_SINCE_2025_08_18}}\n";
const WRITTEN = "Day <!--{{DAYS_SINCE_2025_08_18}}-->466<!--/-->\n";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "readme-counters-workspace-"));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function files(tree: Record<string, string>): void {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(folder, path, ".."), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

function gitInit(): void {
  execFileSync("git", ["init", "-q"], { cwd: folder });
}

async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["--today", "2026-11-27", "--repo-start", "2025-09-01", ...args], {
    now: new Date("2026-11-27T12:00:00Z"),
    cwd: folder,
    colour: false,
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    env: {},
  });
  return { code, stdout, stderr };
}

const read = (path: string) => readFileSync(join(folder, path), "utf8");

describe("the README GitHub would show, with no file named", () => {
  it("a lower-case readme.md, and .github/README.md before the root's", async () => {
    files({ "readme.md": DAY });
    expect((await cli("--write")).stderr).toContain("readme.md: the README GitHub shows");
    expect(read("readme.md")).toBe(WRITTEN);

    files({ ".github/README.md": DAY });
    await cli("--write");
    expect(read(".github/README.md")).toBe(WRITTEN);
  });
});

describe("the README GitHub would show, among several spellings in one folder", () => {
  it.each([
    [["README.rst", "readme.md", "README.md"], "README.md"],
    [["README.markdown", "README.md"], "README.md"],
    [["README", "README.rst", "readme.markdown"], "readme.markdown"],
    [["Readme.md", "README.markdown", "readme.md"], "README.markdown"],
    [["README", "README.mkdn"], "README.mkdn"],
    [["README.mdown", "notes-readme.md", "readme-first.md"], "README.mdown"],
  ])("of %j, %s", async (names, shown) => {
    files(Object.fromEntries(names.map((name) => [name, DAY])));
    expect((await cli("--write")).code).toBe(0);
    for (const name of names) expect(read(name)).toBe(name === shown ? WRITTEN : DAY);
  });

  it("a file whose name only holds README is no README", async () => {
    files({ "notes-readme.md": DAY, "readme-first.md": DAY, "docs/README.md": DAY });
    expect((await cli("--write")).code).toBe(0);
    expect(read("docs/README.md")).toBe(WRITTEN);
    expect(read("notes-readme.md")).toBe(DAY);
  });

  it("a README that is not markdown is refused in one line that says what to do", async () => {
    files({ "README.rst": DAY, "docs/README.md": DAY });
    const { code, stderr } = await cli("--write");
    expect(code).toBe(1);
    expect(stderr).toBe(
      "readme-counters: README.rst: is the README GitHub shows, but not markdown, so a marker would show on the page as text: rename it README.md, or set files to the file to count in\n",
    );
    expect(read("docs/README.md")).toBe(DAY);
  });
});

describe("globs see what git sees", () => {
  it("ignored files, .git/info/exclude and ! exclusions are left alone; untracked files are matched", async () => {
    gitInit();
    files({
      ".gitignore": "build/\n",
      "docs/a.md": DAY,
      "docs/draft.md": DAY,
      "docs/private.md": DAY,
      "build/docs/b.md": DAY,
      "node_modules/dep/README.md": DAY,
    });
    writeFileSync(join(folder, ".git/info/exclude"), "docs/private.md\n");
    const { code, stderr } = await cli("--write", "**/*.md", "!docs/draft.md");
    expect(code).toBe(0);
    expect(stderr).toContain("readme-counters: Wrote docs/a.md");
    expect(read("docs/a.md")).toBe(WRITTEN);
    for (const untouched of ["docs/draft.md", "docs/private.md", "build/docs/b.md", "node_modules/dep/README.md"]) {
      expect(read(untouched)).toBe(DAY);
    }
  });

  it("outside a git repository a glob sees every file, but never node_modules", async () => {
    files({ "docs/a.md": DAY, "node_modules/dep/README.md": DAY });
    await cli("--write", "**/*.md");
    expect(read("docs/a.md")).toBe(WRITTEN);
    expect(read("node_modules/dep/README.md")).toBe(DAY);
  });

  it("a name with ! inside it is a file, not a glob", async () => {
    files({ "docs/wow!.md": DAY });
    expect((await cli("--write", "docs/wow!.md")).code).toBe(0);
    expect(read("docs/wow!.md")).toBe(WRITTEN);
  });

  it("commit: none matches the workspace the same way, and says changed only when a file changed", async () => {
    const github = new FakeGitHub({});
    const workspace = { "docs/a.md": DAY, "docs/b.md": "No token.\n", "node_modules/x/README.md": DAY };
    const run = await runAction(github, {
      inputs: {
        commit: "none",
        files: "docs/*.md, node_modules/**/*.md",
        today: "2026-11-27",
        "repo-start": "2025-09-01",
      },
      workspace,
    });
    expect(run.failure).toBe(
      '"node_modules/**/*.md" matches no file; the workspace holds 2 markdown files: docs/a.md, docs/b.md',
    );

    const docs = await runAction(github, {
      inputs: { commit: "none", files: "docs/*.md", today: "2026-11-27", "repo-start": "2025-09-01" },
      workspace,
    });
    expect(docs.outputs).toMatchObject({ changed: "true", "changed-files": '["docs/a.md"]' });
    expect(readFileSync(join(docs.workspace, "docs/a.md"), "utf8")).toBe(WRITTEN);
    const nothing = await runAction(github, {
      inputs: { commit: "none", files: "docs/b.md", today: "2026-11-27", "repo-start": "2025-09-01" },
      workspace,
    });
    expect(nothing.outputs).toMatchObject({ changed: "false", "changed-files": "[]" });
    expect(nothing.log).toContain("Every counter is up to date");
  });
});

describe("writing", () => {
  it("a new file (a template's output) can be read and written by its owner", async () => {
    files({ "T.md": DAY });
    await cli("--write", "--template", "T.md", "--output", "OUT.md");
    expect(read("OUT.md")).toBe("Day 466\n");
    expect(statSync(join(folder, "OUT.md")).mode & 0o600).toBe(0o600);
  });

  it("a write that fails names the user's file and the reason, never the temporary file", async () => {
    files({ "T.md": DAY, out: "a file where a folder should be" });
    const { code, stderr } = await cli("--write", "--template", "T.md", "--output", "out/README.md");
    expect(code).toBe(1);
    expect(stderr).toContain("readme-counters: out/README.md: ");
    expect(stderr).not.toContain(".tmp");
  });

  it("a file of exactly 1 MiB is read, named or found by a glob, and a byte more is refused", async () => {
    const head = "Day {{DAYS_SINCE_2025_08_18}}\n\n";
    const exactly = `${head}${"y".repeat(1024 * 1024 - head.length - 1)}\n`;
    for (const path of ["big.md", "big.m[d]"]) {
      files({ "big.md": exactly });
      const { code } = await cli("--write", "--no-keep-tokens", path);
      expect(code).toBe(0);
      expect(read("big.md").startsWith("Day 466\n")).toBe(true);
    }
    files({ "big.md": `${exactly}y` });
    const { code, stderr } = await cli("--write", "--no-keep-tokens", "big.md");
    expect(code).toBe(1);
    expect(stderr).toContain("big.md: is 1,048,577 bytes, over the 1 MiB limit");
  });

  it("a named file's byte order mark is kept", async () => {
    files({ "BOM.md": `\uFEFF${DAY}` });
    expect((await cli("--write", "BOM.md")).code).toBe(0);
    expect(read("BOM.md")).toBe(`\uFEFF${WRITTEN}`);
  });

  it("a file the markers would push past 1 MiB is refused on day one, and left as it is", async () => {
    const tokens = Array.from({ length: 2000 }, () => "{{DATE}}").join("\n\n");
    const readme = `${tokens}\n\n${"y".repeat(1_000_000 - tokens.length - 3)}\n`;
    files({ "README.md": readme });
    const { code, stderr } = await cli("--write");
    expect(code).toBe(1);
    expect(stderr).toContain(
      "readme-counters: README.md: would be 1,076,000 bytes after this run, over the 1 MiB that the next run can read (the markers add 76,000 bytes); nothing was written: write plain values (--no-keep-tokens), or render the file from a template (--template README.template.md)",
    );
    expect(read("README.md")).toBe(readme);
  });
});

describe("a write that fails after others", () => {
  const rendering = (path: string): FileRendering => ({
    path,
    source: path,
    before: DAY,
    text: WRITTEN,
    changed: true,
    replacements: [],
    problems: [],
  });
  const snapshot = { files: new Map(), repoStart: new Date(), repositoryDates: unreadDates([], "not read") };

  it.each([
    [["a.md", "gone/z.md"], "gone: no such folder; 1 file was written before it (a.md), the others were not"],
    [["a.md", "b.md", "gone/z.md"], "gone: no such folder; 2 files were written before it, the others were not"],
  ])("of %j says which were written", async (paths, message) => {
    files({ "a.md": DAY, "b.md": DAY });
    await expect(workspaceSink(folder).deliver(snapshot, paths.map(rendering))).rejects.toThrow(message);
    expect(read("a.md")).toBe(WRITTEN);
  });

  it("leaves no temporary file behind", async () => {
    mkdirSync(join(folder, "docs"));
    await expect(workspaceSink(folder).deliver(snapshot, [rendering("docs")])).rejects.toThrow(
      /^docs: is a folder, not a file$/,
    );
    expect(readdirSync(folder)).toEqual(["docs"]);
  });

  it("for a reason with no words of its own, gives the system's code", async () => {
    const name = `${"a".repeat(300)}.md`;
    await expect(workspaceSink(folder).deliver(snapshot, [rendering(name)])).rejects.toThrow(
      `${name}: cannot be read or written (ENAMETOOLONG)`,
    );
  });

  it("first, is the file's own error", async () => {
    await expect(workspaceSink(folder).deliver(snapshot, [rendering("gone/z.md")])).rejects.toThrow(
      /^gone: no such folder$/,
    );
  });
});

describe("lists of files", () => {
  it("a brace glob's commas stay in the glob, in the action's files input and among the CLI's arguments", async () => {
    files({ "d/a.md": DAY, "d/b.md": DAY, "d/c.md": DAY, "d/x, y.md": DAY });
    expect((await cli("--write", "d/{a,b}.md", "d/x, y.md")).code).toBe(0);
    expect([read("d/a.md"), read("d/b.md"), read("d/c.md"), read("d/x, y.md")]).toEqual([
      WRITTEN,
      WRITTEN,
      DAY,
      WRITTEN,
    ]);

    const run = await runAction(new FakeGitHub({}), {
      inputs: { commit: "none", files: "d/{a,c}.md, d/b.md", today: "2026-11-27", "repo-start": "2025-09-01" },
      workspace: { "d/a.md": DAY, "d/b.md": DAY, "d/c.md": DAY },
    });
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toEqual(["d/a.md", "d/b.md", "d/c.md"]);
  });
});

describe("what git lists, as the work tree has it now", () => {
  const tracked = (tree: Record<string, string>) => {
    gitInit();
    files(tree);
    execFileSync("git", ["add", "."], { cwd: folder });
  };

  it("a file git lists that was deleted is no longer matched, and a glob that matched only it fails", async () => {
    tracked({ "docs/a.md": DAY, "docs/b.md": DAY });
    rmSync(join(folder, "docs/b.md"));
    expect((await cli("--write", "docs/*.md")).code).toBe(0);
    expect(read("docs/a.md")).toBe(WRITTEN);
    expect((await cli("--write", "docs/b*.md")).stderr).toBe(
      'readme-counters: "docs/b*.md" matches no file; the workspace holds 1 markdown file: docs/a.md\n',
    );
  });

  it("a file git lists whose folder has become a file is no longer matched either, and a glob left with no match fails", async () => {
    tracked({ "docs/a.md": DAY, "notes/b.md": DAY });
    rmSync(join(folder, "notes"), { recursive: true });
    writeFileSync(join(folder, "notes"), "Notes moved to docs/.\n");
    expect((await cli("--write", "**/*.md")).code).toBe(0);
    expect(read("docs/a.md")).toBe(WRITTEN);

    const { code, stderr } = await cli("--write", "notes/*.md");
    expect(code).toBe(1);
    expect(stderr).toBe(
      'readme-counters: "notes/*.md" matches no file; the workspace holds 1 markdown file: docs/a.md\n',
    );
  });

  it("a file git lists that has become a link is followed inside the repository, and refused out of it", async () => {
    tracked({ "docs/a.md": DAY, "docs/b.md": DAY, "notes/c.md": DAY });
    rmSync(join(folder, "docs/a.md"));
    symlinkSync(join(folder, "notes/c.md"), join(folder, "docs/a.md"));
    expect((await cli("--write", "docs/*.md")).code).toBe(0);
    expect(read("notes/c.md")).toBe(WRITTEN);

    const outside = mkdtempSync(join(tmpdir(), "readme-counters-outside-"));
    writeFileSync(join(outside, "secret.md"), DAY);
    rmSync(join(folder, "docs/b.md"));
    symlinkSync(join(outside, "secret.md"), join(folder, "docs/b.md"));
    const { code, stderr } = await cli("--write", "docs/*.md");
    expect(code).toBe(1);
    expect(stderr).toBe("readme-counters: docs/b.md: leads outside the repository\n");
    expect(readFileSync(join(outside, "secret.md"), "utf8")).toBe(DAY);
    rmSync(outside, { recursive: true, force: true });
  });

  it("a file git lists that has become a folder is one line", async () => {
    tracked({ "docs/a.md": DAY });
    rmSync(join(folder, "docs/a.md"));
    mkdirSync(join(folder, "docs/a.md"));
    const { code, stderr } = await cli("--write", "docs/*.md");
    expect(code).toBe(1);
    expect(stderr).toBe("readme-counters: docs/a.md: is a folder, not a file\n");
  });
});

describe("what git sees, when it cannot say", () => {
  it("a repository git cannot read fails with git's own line, rather than matching every file", async () => {
    gitInit();
    files({ ".gitignore": "vendor/\n", "docs/a.md": DAY, "vendor/README.md": DAY });
    writeFileSync(join(folder, ".git/index"), "not an index");
    const { code, stderr } = await cli("--write", "**/*.md");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^readme-counters: \.: git could not list the files a glob may match: (fatal|error): /m);
    expect(read("vendor/README.md")).toBe(DAY);
  });

  it("a folder git lists that has since become a link out of the repository is refused", async () => {
    gitInit();
    files({ "docs/a.md": DAY });
    execFileSync("git", ["add", "."], { cwd: folder });
    const outside = mkdtempSync(join(tmpdir(), "readme-counters-outside-"));
    writeFileSync(join(outside, "a.md"), DAY);
    rmSync(join(folder, "docs"), { recursive: true });
    symlinkSync(outside, join(folder, "docs"));
    const { code, stderr } = await cli("docs/*.md");
    expect(code).toBe(1);
    expect(stderr).toContain("readme-counters: docs: leads outside the repository");
    rmSync(outside, { recursive: true, force: true });
  });
});
