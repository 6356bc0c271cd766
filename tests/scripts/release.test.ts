import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let clone: string;

const git = (...args: string[]) => execFileSync("git", args, { cwd: clone, encoding: "utf8" }).trim();
const release = () => {
  const result = spawnSync(process.execPath, ["scripts/release.js"], { cwd: clone, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeEach(() => {
  // A clone of the committed project, in a temporary git repository of its own.
  clone = mkdtempSync(join(tmpdir(), "readme-counters-release-"));
  // Only the last commit: the release script reads the tree and the tags, not the history.
  execFileSync("git", ["clone", "--quiet", "--depth", "1", pathToFileURL(ROOT).href, clone]);
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
  appendFileSync(join(clone, ".git/info/exclude"), "node_modules\n");
  git("config", "user.name", "Release Test");
  git("config", "user.email", "release@example.com");
  git("config", "tag.gpgSign", "false");
});

afterEach(() => {
  rmSync(clone, { recursive: true, force: true });
});

describe("the release script", () => {
  it("tags vX.Y.Z and moves vX to it, and refuses to tag the same version twice", () => {
    const { version } = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
    const source = git("rev-parse", "HEAD");
    const { code, stdout } = release();
    expect(code).toBe(0);
    expect(stdout).toContain(`Tagged v${version}`);
    const head = git("rev-parse", "HEAD");
    expect(git("rev-parse", `v${version}^{commit}`)).toBe(head);
    expect(git("rev-parse", `v${version.split(".")[0]}^{commit}`)).toBe(head);
    // The tagged commit's reusable workflow runs the action at the commit the release was made from.
    expect(git("rev-parse", "HEAD^")).toBe(source);
    expect(git("diff", "--name-only", "HEAD^", "HEAD")).toBe(".github/workflows/readme-counters.yml");
    const workflow = git("show", `v${version}:.github/workflows/readme-counters.yml`);
    expect(workflow).toContain(`        uses: readme-counters/readme-counters@${source} # v${version}\n`);
    expect(workflow).not.toMatch(/^\s+uses: readme-counters\/readme-counters@v\d/m);

    const again = release();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`v${version} exists already`);
  });

  it("moves the major tag to the next release", () => {
    expect(release().code).toBe(0);
    const package_ = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
    const [major, minor] = package_.version.split(".");
    const next = `${major}.${minor}.99`;
    writeFileSync(join(clone, "package.json"), `${JSON.stringify({ ...package_, version: next }, null, 2)}\n`);
    appendFileSync(join(clone, "CHANGELOG.md"), `\n## ${next}\n\n- A fix.\n`);
    // dist/ holds the version (--version, the user agent), so a release rebuilds it.
    execFileSync(process.execPath, ["scripts/bundle.js"], { cwd: clone });
    git("add", "--all");
    git("commit", "--quiet", "--message", `Release ${next}`);
    const source = git("rev-parse", "HEAD");
    expect(release().code).toBe(0);
    expect(git("show", `v${next}:.github/workflows/readme-counters.yml`)).toContain(
      `uses: readme-counters/readme-counters@${source} # v${next}`,
    );
    expect(git("rev-parse", `v${major}^{commit}`)).toBe(git("rev-parse", "HEAD"));
    expect(git("rev-parse", `v${next}^{commit}`)).toBe(git("rev-parse", "HEAD"));
  });

  it("refuses when the working tree is dirty", () => {
    appendFileSync(join(clone, "README.md"), "\nAn edit.\n");
    const { code, stderr } = release();
    expect(code).toBe(1);
    expect(stderr).toContain("the working tree has uncommitted changes");
    expect(git("tag", "--list")).toBe("");
  });

  it("refuses when dist/ is stale, and leaves the tree as it was", () => {
    const cli = join(clone, "src/cli/cli.ts");
    writeFileSync(cli, readFileSync(cli, "utf8").replace("Shows, as a unified diff,", "Shows, as a diff,"));
    git("commit", "--quiet", "--all", "--message", "Change the help without rebuilding dist/");
    const { code, stderr } = release();
    expect(code).toBe(1);
    expect(stderr).toContain("dist/ is not what src/ builds");
    expect(git("status", "--porcelain")).toBe("");
    expect(git("tag", "--list")).toBe("");
  });

  it("refuses a version that CHANGELOG.md does not describe", () => {
    const package_ = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
    writeFileSync(join(clone, "package.json"), `${JSON.stringify({ ...package_, version: "9.9.9" }, null, 2)}\n`);
    execFileSync(process.execPath, ["scripts/bundle.js"], { cwd: clone });
    git("add", "--all");
    git("commit", "--quiet", "--message", "Bump without a changelog");
    const { code, stderr } = release();
    expect(code).toBe(1);
    expect(stderr).toContain('CHANGELOG.md has no "## 9.9.9" section');
  });
});
