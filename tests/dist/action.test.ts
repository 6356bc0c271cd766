import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, describe, expect } from "vitest";
import { FakeGitHub, TOKEN } from "../fakes/github/index.js";
import { annotationLines, runActionProcess } from "../support/action-process.js";
import { DIARY, DIARY_START_GIT, diaryRepository } from "../support/examples.js";
import { NODES } from "../support/nodes.js";
import { ForwardProxy } from "../support/proxy.js";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** A fake GitHub on 127.0.0.1 for each test, so that tests run side by side. */
const test = base.extend<{ github: FakeGitHub }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  github: async ({}, use) => {
    const github = await new FakeGitHub({ "README.md": DIARY }).start();
    await use(github);
    await github.stop();
  },
});

describe.concurrent.each(NODES)("dist/ as GitHub runs it, on %s", (_, node) => {
  test("the first run commits over HTTP and writes its outputs and job summary; a rerun makes one request", async ({
    github,
  }) => {
    const run = await runActionProcess({ node, apiUrl: github.url, inputs: { today: "2026-11-27" } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(github.file("README.md")).toContain("Day **<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->**");
    expect(run.outputs).toMatchObject({
      changed: "true",
      "commit-sha": github.head().oid,
      "changed-files": '["README.md"]',
    });
    expect(run.summary).toContain("<td><code>{{DAY_SINCE_2025_08_18}}</code></td><td>466</td>");
    expect(run.stdout + run.summary).not.toContain(TOKEN);

    const again = await runActionProcess({ node, apiUrl: github.url, inputs: { today: "2026-11-27" } });
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe("false");
    expect(github.requests).toHaveLength(3);
  });

  test("commit: none writes the workspace and makes no request", async ({ github }) => {
    const run = await runActionProcess({
      node,
      apiUrl: github.url,
      inputs: { commit: "none", today: "2026-11-27" },
      workspace: { "README.md": "Day {{DAYS_SINCE_REPO_START}} x\n" },
      event: { repository: { created_at: 1756765800 } },
    });
    expect(run.code).toBe(0);
    expect(readFileSync(join(run.workspace, "README.md"), "utf8")).toBe(
      "Day <!--{{DAYS_SINCE_REPO_START}}-->452<!--/--> x\n",
    );
    expect(github.requests).toHaveLength(0);
  });

  test("a bad input fails the step with one error line, and writes a summary", async ({ github }) => {
    const run = await runActionProcess({ node, apiUrl: github.url, inputs: { timezone: "Mars/Olympus" } });
    expect(run.code).toBe(1);
    expect(annotationLines(run, "error")).toEqual([
      '::error::Input "timezone": "Mars/Olympus" is not an IANA time zone. For example: timezone: Europe/London',
    ]);
    expect(run.summary).toContain("Mars/Olympus");
    expect(run.outputs.changed).toBe("false");
  });

  test("behind a proxy (http_proxy), requests go through it, as @actions/github's do", async ({ github }) => {
    const proxy = await new ForwardProxy().start();
    const apiUrl = github.url.replace("127.0.0.1", "github.proxied.test");
    const run = await runActionProcess({
      node,
      apiUrl,
      inputs: { today: "2026-11-27" },
      env: { http_proxy: proxy.url },
    });
    await proxy.stop();
    expect(run.code).toBe(0);
    expect(proxy.passed.join("\n")).toContain("github.proxied.test");
    expect(github.requests.map((request) => request.name)).toEqual(["ReadmeCountersSnapshot", "ReadmeCountersCommit"]);
  });

  test("the CLI prints its version and previews a README in a git repository", () => {
    const repo = mkdtempSync(join(tmpdir(), "readme-counters-dist-"));
    diaryRepository(repo);
    const version = spawnSync(node, [CLI, "--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const preview = spawnSync(node, [CLI, "--today", "2026-11-27"], {
      cwd: repo,
      encoding: "utf8",
      env: { ...DIARY_START_GIT, NO_COLOR: "1" },
    });
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain("+Day **<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->** From");
    expect(preview.stderr).toBe(
      "README.md: the README GitHub shows\nreadme-counters: README.md would change; --write writes it\n",
    );
  });
});
