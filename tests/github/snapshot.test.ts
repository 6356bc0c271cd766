import { describe, expect, it } from "vitest";
import { FakeGitHub } from "../fakes/github/index.js";
import { runAction } from "../support/action-run.js";
import { DAY, docsTree, WRITTEN } from "../support/docs-tree.js";

const TODAY = { today: "2026-11-27" };

describe("with files unset, the README GitHub shows", () => {
  it("a lower-case readme.md is read and committed in the usual two requests, and the log says which file", async () => {
    const github = new FakeGitHub({ "readme.md": DAY, "docs/README.md": "docs {{DATE}}\n" });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
    expect(github.file("readme.md")).toBe(WRITTEN);
    expect(github.file("docs/README.md")).toBe("docs {{DATE}}\n");
    expect(run.log).toContain("readme.md: the README GitHub shows");
  });

  it(".github/README.md wins over the root's, as on the repository's page", async () => {
    const github = new FakeGitHub({ "README.md": "root {{DATE}}\n", ".github/README.md": DAY });
    await runAction(github, { inputs: TODAY });
    expect(github.file(".github/README.md")).toBe(WRITTEN);
    expect(github.file("README.md")).toBe("root {{DATE}}\n");
    // Read in the first query, as the root's and docs/'s usual spellings are.
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
  });

  it("docs/README.md, where no other folder has one, is read in the first query too", async () => {
    const github = new FakeGitHub({ "docs/README.md": DAY, "notes.md": "x\n" });
    await runAction(github, { inputs: TODAY });
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
    expect(github.file("docs/README.md")).toBe(WRITTEN);
  });

  it("an unusual spelling (ReadMe.md) costs one more query", async () => {
    const github = new FakeGitHub({ "ReadMe.md": DAY });
    await runAction(github, { inputs: TODAY });
    expect(github.operations).toEqual(["Snapshot", "Files", "Commit"]);
    expect(github.file("ReadMe.md")).toBe(WRITTEN);
  });

  it("a README that GitHub shows as plain text (no extension, or .rst before a later folder's README.md) is left as it is, saying why", async () => {
    const message =
      "is the README GitHub shows, but not markdown, so a marker would show on the page as text: rename it README.md, or set files to the file to count in";
    const plain = new FakeGitHub({ "docs/README": DAY });
    expect((await runAction(plain, { inputs: TODAY })).failure).toBe(`docs/README: ${message}`);
    const rst = new FakeGitHub({ ".github/README.rst": DAY, "README.md": DAY });
    expect((await runAction(rst, { inputs: TODAY })).failure).toBe(`.github/README.rst: ${message}`);
    expect(rst.file("README.md")).toBe(DAY);
    expect(rst.count("mutation")).toBe(0);
  });

  it("a repository with no README says where GitHub looks", async () => {
    const github = new FakeGitHub({ "NOTES.md": DAY });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBe(
      "README: no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files (branch main of octo/diary)",
    );
  });

  it("files: README.md still means exactly that path", async () => {
    const github = new FakeGitHub({ "readme.md": DAY });
    const run = await runAction(github, { inputs: { ...TODAY, files: "README.md" } });
    expect(run.failure).toBe("README.md: not found on branch main of octo/diary: check the files input");
  });
});

describe("a docs tree by glob, through the API", () => {
  it("one request for the tree and one batch of reads; ! excludes; nothing else is touched", async () => {
    const github = new FakeGitHub(docsTree(3));
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/**/*.md\n!docs/drafts/**" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Tree", "Snapshot", "Commit"]);
    expect(JSON.parse(run.outputs["changed-files"] ?? "")).toEqual([
      "docs/guide/page-000.md",
      "docs/guide/page-001.md",
      "docs/guide/page-002.md",
    ]);
    expect(github.file("docs/guide/page-001.md")).toBe(WRITTEN);
    expect(github.file("docs/drafts/wip.md")).toBe(DAY);

    const again = await runAction(github, { inputs: { ...TODAY, files: "docs/**/*.md\n!docs/drafts/**" } });
    expect(again.outputs.changed).toBe("false");
    // 1 + ⌈files / 100⌉ when nothing changed.
    expect(github.operations.slice(3)).toEqual(["Tree", "Snapshot"]);
  });

  it("a tree GitHub truncates is listed folder by folder, only where a glob could match", async () => {
    const github = new FakeGitHub({ ...docsTree(3), "other/a.md": DAY, "other/b.md": DAY });
    github.treeEntryLimit = 4;
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Tree", "Tree", "Tree", "Tree", "Tree", "Snapshot", "Commit"]);
    expect(github.file("docs/guide/page-002.md")).toBe(WRITTEN);
    expect(github.file("other/a.md")).toBe(DAY);
  });

  it.each([
    ["a glob from the root", "**/*.md", ["other/a.md", "docs/guide/deep/x.md"]],
    ["a glob from a folder, into its subfolders", "docs/**/*.md", ["docs/guide/deep/x.md", "docs/guide/page-002.md"]],
  ])("a tree GitHub truncates is listed in every folder %s could match in", async (_, files, written) => {
    const github = new FakeGitHub({ ...docsTree(3), "other/a.md": DAY, "docs/guide/deep/x.md": DAY });
    github.treeEntryLimit = 4;
    const run = await runAction(github, { inputs: { ...TODAY, files } });
    expect(run.failure).toBeUndefined();
    for (const path of written) expect(github.file(path)).toBe(WRITTEN);
  });

  it("a glob that matches nothing fails with its name and what the branch holds", async () => {
    const github = new FakeGitHub(docsTree(2));
    const run = await runAction(github, { inputs: { ...TODAY, files: "guides/**/*.md" } });
    expect(run.failure).toBe(
      '"guides/**/*.md" matches no file; branch main of octo/diary holds 4 markdown files: README.md, docs/drafts/wip.md, docs/guide/page-000.md, docs/guide/page-001.md',
    );
    expect(github.operations).toEqual(["Tree"]);
  });
});

describe("big files through the API", () => {
  it("a README of 600,000 bytes, which GraphQL cuts at 512,000, is read whole through the REST blobs API", async () => {
    const big = `${DAY}${"x".repeat(600_000)}\nEnd {{DATE}}\n`;
    const github = new FakeGitHub({ "README.md": big });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Snapshot", "Blob", "Commit"]);
    expect(github.file("README.md")?.endsWith("End <!--{{DATE}}-->2026-11-27<!--/-->\n")).toBe(true);
  });

  it("a file the markers would push past 1 MiB is refused on the day it would be written, saying why", async () => {
    // Each token at a line's start grows by its marker and span: 38 bytes.
    const tokens = Array.from({ length: 2000 }, () => "{{DATE}}").join("\n\n");
    const readme = `${tokens}\n\n${"y".repeat(1_000_000 - tokens.length - 3)}\n`;
    const github = new FakeGitHub({ "README.md": readme });
    const run = await runAction(github, { inputs: TODAY });
    expect(run.failure).toBe(
      "README.md: would be 1,076,000 bytes after this run, over the 1 MiB that the next run can read (the markers add 76,000 bytes); nothing was written: write plain values (keep-tokens: false), or render the file from a template (template: README.template.md)",
    );
    expect(github.count("mutation")).toBe(0);
  });

  it("a file that plain values would push past 1 MiB is refused, saying to split it", async () => {
    // Each {{DATE}} written as its value grows by 2 bytes.
    const tokens = Array.from({ length: 2000 }, () => "{{DATE}}").join("\n\n");
    const readme = `${tokens}\n\n${"y".repeat(1_046_000 - tokens.length - 3)}\n`;
    const github = new FakeGitHub({ "README.md": readme });
    const run = await runAction(github, { inputs: { ...TODAY, "keep-tokens": "false" } });
    expect(run.failure).toBe(
      "README.md: would be 1,050,000 bytes after this run, over the 1 MiB that the next run can read; nothing was written: the file must stay under 1 MiB, so split it",
    );
    expect(github.count("mutation")).toBe(0);
  });
});

describe("the branch read", () => {
  /** Lists the branch's tree, then lets `push` run before the query that reads the head. */
  function pushAfterEachTree(github: FakeGitHub, push: (tree: number) => void) {
    const send = github.fetch;
    let trees = 0;
    Object.defineProperty(github, "fetch", {
      value: async (...args: Parameters<typeof fetch>) => {
        const answer = await send(...args);
        if (String(args[0]).includes("/git/trees/")) push(++trees);
        return answer;
      },
    });
  }

  it("whose tree GitHub does not find (answered 404) is said as a repository the token cannot see", async () => {
    const github = new FakeGitHub(docsTree(2));
    github.failures.push({
      status: 404,
      body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
      operation: "Tree",
    });
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBe(
      "GitHub found no repository octo/diary that this token can see (Not Found): check the repository input and the token",
    );
  });

  it("with a glob and no branch known, is the default branch, asked for first", async () => {
    const github = new FakeGitHub(docsTree(2));
    const run = await runAction(github, {
      inputs: { ...TODAY, files: "docs/guide/*.md" },
      env: { GITHUB_REF: undefined },
    });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["DefaultBranch", "Tree", "Snapshot", "Commit"]);
    expect(github.file("docs/guide/page-000.md")).toBe(WRITTEN);
  });

  it.each([
    ["no file named", {}, "Repository octo/diary has no default branch yet: push a first commit"],
    ["a glob", { files: "docs/*.md" }, "Repository octo/diary has no default branch, or the token cannot see it"],
  ])("of a repository with no commit yet, with %s, is said to be missing", async (_, inputs, message) => {
    const github = new FakeGitHub({});
    github.refs.delete("main");
    const run = await runAction(github, { inputs: { ...TODAY, ...inputs }, env: { GITHUB_REF: undefined } });
    expect(run.failure).toBe(message);
  });

  it("pushed to between listing its tree and reading its head is read again", async () => {
    const github = new FakeGitHub(docsTree(2));
    pushAfterEachTree(github, (tree) => {
      if (tree === 1) github.push("main", { "NOTES.md": "A person's note.\n" });
    });
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBeUndefined();
    expect(github.operations).toEqual(["Tree", "Snapshot", "Tree", "Snapshot", "Commit"]);
    expect(github.file("NOTES.md")).toBe("A person's note.\n");
  });

  it("that keeps moving while it is read ends the run in one line after three reads", async () => {
    const github = new FakeGitHub(docsTree(2));
    pushAfterEachTree(github, (tree) => github.push("main", { [`notes/${tree}.md`]: "A person's note.\n" }));
    const run = await runAction(github, { inputs: { ...TODAY, files: "docs/guide/*.md" } });
    expect(run.failure).toBe("branch main of octo/diary kept moving while it was read");
    expect(github.operations).toEqual(["Tree", "Snapshot", "Tree", "Snapshot", "Tree", "Snapshot"]);
  });

  it("for a pull request, a README of a name few use is read from both branches", async () => {
    const github = new FakeGitHub({ "docs/README.mkdn": DAY });
    const run = await runAction(github, { inputs: { ...TODAY, commit: "pull-request" } });
    expect(run.failure).toBeUndefined();
    expect(github.file("docs/README.mkdn", "readme-counters/main")).toBe(WRITTEN);
    const again = await runAction(github, { inputs: { ...TODAY, commit: "pull-request" } });
    expect(again.log.at(-1)).toBe("Pull request #1 is up to date");
  });
});
