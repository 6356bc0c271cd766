import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { diaryRepository } from "../support/examples.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// npm is npm.cmd on Windows, which only a shell runs.
const npm = (cwd: string, ...args: string[]) =>
  execFileSync("npm", ["--no-audit", "--no-fund", "--no-update-notifier", ...args], {
    cwd,
    encoding: "utf8",
    shell: process.platform === "win32",
  });

/** The package as npm would publish it, installed into an empty folder as a user's npx would. */
let tarball: string;
let files: string[];
let installed: string;

beforeAll(() => {
  const temp = mkdtempSync(join(tmpdir(), "readme-counters-package-"));
  const [packed] = JSON.parse(npm(ROOT, "pack", "--json", "--pack-destination", temp)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  if (!packed) throw new Error("npm pack packed nothing");
  tarball = join(temp, packed.filename);
  files = packed.files.map((file) => file.path);
  installed = join(temp, "empty");
  mkdirSync(installed);
  // --offline: the package has no dependencies, so installing it needs no network.
  npm(installed, "install", "--offline", tarball);
}, 60_000);

describe("the npm package", () => {
  it("holds the bundle, the license, the README and nothing else", () => {
    expect(files.filter((file) => !file.startsWith("dist/")).sort()).toEqual(["LICENSE", "README.md", "package.json"]);
    expect(files).toContain("dist/cli.js");
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(readFileSync(join(ROOT, "dist/cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("npx readme-counters --version prints the version, once installed from the tarball", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(npm(installed, "exec", "--offline", "--", "readme-counters", "--version").trim()).toBe(version);
  });

  it("npx readme-counters previews a README in a git repository", () => {
    const repo = join(installed, "repo");
    mkdirSync(repo);
    diaryRepository(repo);
    const diff = npm(
      repo,
      "exec",
      "--offline",
      "--prefix",
      installed,
      "--",
      "readme-counters",
      "--today",
      "2026-11-27",
      "--no-color",
    );
    expect(diff).toContain(
      "+It has been    **<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->** days since I started this diary.",
    );
    expect(diff).toContain("+Day **<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->** From I started this repository");
  });
});
