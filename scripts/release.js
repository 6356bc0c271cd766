// npm run release [-- --push]: tags the version in package.json as vX.Y.Z and
// moves the major tag vX to it, as GitHub Actions users pin @v1. Refuses when
// the working tree is dirty, when dist/ is not what src/ builds, when the tag
// exists already, or when CHANGELOG.md has no section for the version.
//
// The tag goes on a commit of its own, in which the reusable workflow runs the
// action at the commit the release was made from: a caller who pins the
// workflow to a commit, as SECURITY.md advises, then runs that exact action,
// not whatever a moving tag points at.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/** @param {string[]} args */
const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
/** @param {string} reason */
const refuse = (reason) => {
  console.error(`release: ${reason}`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
if (!/^\d+\.\d+\.\d+$/.test(version)) refuse(`package.json's version "${version}" is not X.Y.Z`);
if (git("status", "--porcelain")) refuse("the working tree has uncommitted changes: commit or stash them first");

execFileSync(process.execPath, ["scripts/bundle.js"], { stdio: "inherit" });
if (git("status", "--porcelain", "--", "dist")) {
  git("checkout", "--", "dist");
  git("clean", "-fdq", "--", "dist");
  refuse("dist/ is not what src/ builds: run `npm run bundle` and commit dist/");
}
if (!readFileSync("CHANGELOG.md", "utf8").includes(`\n## ${version}`)) {
  refuse(`CHANGELOG.md has no "## ${version}" section`);
}

const tag = `v${version}`;
const major = `v${version.split(".")[0]}`;
if (git("tag", "--list", tag)) refuse(`${tag} exists already: raise the version in package.json`);

const WORKFLOW = ".github/workflows/readme-counters.yml";
const source = git("rev-parse", "HEAD");
const workflow = readFileSync(WORKFLOW, "utf8");
// The step's `uses:`, not the example in the header's comment.
const step = /^(\s+uses: readme-counters\/readme-counters)@\S+.*$/m;
if (!step.test(workflow)) refuse(`${WORKFLOW} has no step that uses readme-counters/readme-counters`);
writeFileSync(WORKFLOW, workflow.replace(step, `$1@${source} # ${tag}`));
git(
  "commit",
  "--quiet",
  "--message",
  `Release ${tag}: the reusable workflow runs the action at ${source.slice(0, 7)}`,
  "--",
  WORKFLOW,
);
git("tag", "--annotate", tag, "--message", `readme-counters ${tag}`);
git("tag", "--force", "--annotate", major, "--message", `readme-counters ${major}, now ${tag}`, `${tag}^{commit}`);
console.log(`Tagged ${tag} and moved ${major} to ${git("rev-parse", "--short", `${tag}^{commit}`)}.`);

if (process.argv.includes("--push")) {
  git("push", "origin", tag);
  git("push", "--force", "origin", major);
  console.log(`Pushed ${tag} and ${major}.`);
} else {
  console.log(`Push them with: git push origin ${tag} && git push --force origin ${major}`);
}
