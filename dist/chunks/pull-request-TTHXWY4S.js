#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  commitChain,
  headline
} from "./chunk-VROQDA2M.js";
import "./chunk-SWRER7Z7.js";
import {
  GitHubError
} from "./chunk-EX5YPBKG.js";
import "./chunk-YGW25PPU.js";
import "./chunk-V2XUYSKO.js";
import "./chunk-ECLD5QZ6.js";

// src/github/pull-request.ts
import { createHash } from "node:crypto";
function pullRequestBranch(setting, base) {
  const branch = setting ?? `readme-counters/${base}`;
  return { branch, scratch: scratchBranch(branch) };
}
function scratchBranch(branch) {
  return `${branch}-next`;
}
function pullRequestSink(github, settings) {
  return {
    async deliver(snapshot, renderings) {
      const side = snapshot.pullRequest;
      if (!side) throw new Error("the snapshot has no pull-request side: the query must read it");
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        return { kind: "delivered", changedFiles: [], commits: [] };
      }
      refuseForeignCommits(side, snapshot.branch, settings);
      const paths = changed.map((rendering) => rendering.path);
      const open = side.open;
      if (open && carries(side, snapshot, renderings)) {
        const kept = { kind: "delivered", changedFiles: [], commits: [], pullRequest: done(open, "kept") };
        return withMergeWarning(kept, open, open.autoMerge, side, snapshot.branch);
      }
      if (open && side.branch) {
        const updated = await update(github, snapshot, side, side.branch.id, open, changed, paths, settings);
        return updated.kind === "delivered" ? withMergeWarning(updated, open, open.autoMerge, side, snapshot.branch) : updated;
      }
      return openNew(github, snapshot, side, changed, paths, settings, renderings);
    }
  };
}
function refuseForeignCommits(side, base, settings) {
  const branch = side.branch;
  if (!branch) return;
  const ours = branch.ahead.filter((commit) => commit.headline === headline(settings.message)).length;
  const foreign = branch.aheadBy - ours;
  if (foreign === 0) return;
  const held = foreign === 1 ? "a commit" : `${foreign} commits`;
  throw new GitHubError(
    `Branch ${settings.branch} holds ${held} that readme-counters did not make, which it will not throw away: merge or close its pull request into ${base} and delete the branch, or set pull-request-branch to another name`
  );
}
function carries(side, snapshot, renderings) {
  const branch = side.branch;
  return branch !== void 0 && branch.aheadBy > 0 && branch.ahead[0]?.parent === snapshot.head.oid && renderings.every((rendering) => branch.blobs.get(rendering.path) === blobOid(rendering.text));
}
function blobOid(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function update(github, snapshot, side, branchId, open, changed, paths, settings) {
  const scratch = scratchBranch(settings.branch);
  let scratchId = side.scratchId;
  if (scratchId === void 0) {
    const created = await github.createBranch(side.repositoryId, scratch, snapshot.head.oid);
    if ("kind" in created) return again(created);
    scratchId = created.id;
  } else {
    const moved2 = await github.moveBranch(scratchId, snapshot.head.oid);
    if (moved2) return again(moved2);
  }
  const chain = await commitOn(github, scratch, snapshot, changed, settings);
  if (chain.kind !== "committed") return chain;
  const moved = await github.moveAndDelete(branchId, chain.commits.at(-1).sha, scratchId);
  if (moved) return again(moved);
  return { kind: "delivered", changedFiles: paths, commits: chain.commits, pullRequest: done(open, "updated") };
}
async function openNew(github, snapshot, side, changed, paths, settings, renderings) {
  const placed = side.branch ? await github.moveBranch(side.branch.id, snapshot.head.oid) : await github.createBranch(side.repositoryId, settings.branch, snapshot.head.oid);
  if (placed && "kind" in placed) return again(placed);
  const chain = await commitOn(github, settings.branch, snapshot, changed, settings);
  if (chain.kind !== "committed") return chain;
  const opened = await github.openPullRequest({
    repositoryId: side.repositoryId,
    base: snapshot.branch,
    head: settings.branch,
    title: headline(settings.message),
    body: pullRequestBody(renderings)
  });
  if (opened === "exists")
    return { kind: "again", reason: `A pull request from ${settings.branch} was opened meanwhile` };
  if ("kind" in opened) return again(opened);
  const delivered = {
    kind: "delivered",
    changedFiles: paths,
    commits: chain.commits,
    pullRequest: done(opened, "opened")
  };
  const merging = settings.autoMerge ? await withAutoMerge(github, delivered, opened.id, side, settings.autoMerge) : delivered;
  const waits = merging.pullRequest?.autoMerge?.merged === false;
  return withMergeWarning(merging, opened, waits, side, snapshot.branch);
}
var ACTIONS_BOT = "github-actions";
function withMergeWarning(delivered, pullRequest, autoMergeWaits, side, base) {
  if (pullRequest.author !== ACTIONS_BOT || delivered.pullRequest?.autoMerge?.merged) return delivered;
  const why = side.requiredChecks ? `cannot merge: it was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events, so the status checks that ${base} requires (by its ${side.requiredChecks}) never run` : autoMergeWaits ? "was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events: if auto-merge waits for checks, none will run" : void 0;
  if (why === void 0) return delivered;
  const warning = `Pull request #${pullRequest.number} ${why}. The fix: pass a GitHub App token (actions/create-github-app-token) or a personal access token as the token input`;
  return { ...delivered, warnings: [...delivered.warnings ?? [], warning] };
}
async function withAutoMerge(github, delivered, pullRequestId, side, method) {
  const number = delivered.pullRequest?.number;
  const warn = (warning) => ({ ...delivered, warnings: [...delivered.warnings ?? [], warning] });
  if (!side.autoMergeAllowed) {
    return warn(
      `auto-merge is not allowed in this repository: turn on "Allow auto-merge" in Settings \u2192 General \u2192 Pull Requests; pull request #${number} is open`
    );
  }
  const enabled = await github.enableAutoMerge(pullRequestId, method);
  const withMerge = (merged2) => ({
    ...delivered,
    ...delivered.pullRequest && { pullRequest: { ...delivered.pullRequest, autoMerge: { method, merged: merged2 } } }
  });
  if (enabled === "enabled") return withMerge(false);
  if (enabled !== "clean") return warn(enabled.warning);
  const merged = await github.merge(pullRequestId, method);
  if (merged === "merged") return withMerge(true);
  return warn("warning" in merged ? merged.warning : `GitHub's answer to the merge was lost (${merged.reason})`);
}
async function commitOn(github, branch, snapshot, changed, settings) {
  const result = await commitChain(github, {
    repository: settings.repository,
    branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed
  });
  switch (result.kind) {
    case "committed":
      return result;
    case "stale":
      return { kind: "again", reason: `Branch ${branch} moved while the commit was made` };
    case "lost":
      return { kind: "again", reason: `GitHub's answer was lost (${result.reason})` };
    case "guarded":
      throw new GitHubError(
        `Branch ${branch} is guarded by a ruleset too (${result.message}): set pull-request-branch to a name its rules allow`
      );
  }
}
function again(lost) {
  return { kind: "again", reason: `GitHub's answer was lost (${lost.reason})` };
}
function done(pullRequest, what) {
  return { number: pullRequest.number, url: pullRequest.url, done: what };
}
function pullRequestBody(renderings) {
  const cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
  const rows = renderings.flatMap(
    ({ path, replacements }) => replacements.map(({ token, value, line }) => `| ${cell(path)} | \`${cell(token)}\` | ${cell(value)} | ${line} |`)
  );
  const shown = [];
  let length = 0;
  for (const row of rows) {
    length += row.length + 1;
    if (length > BODY_ROWS_CHARACTERS) break;
    shown.push(row);
  }
  const more = shown.length < rows.length ? [
    "",
    `And ${(rows.length - shown.length).toLocaleString("en-US")} more tokens; the run's log lists every value.`
  ] : [];
  return [
    "Today's values of the README counters, rendered from the base branch by readme-counters.",
    "",
    "| File | Token | Value | Line |",
    "| --- | --- | --- | --- |",
    ...shown,
    ...more,
    "",
    "The next run updates this pull request, or opens a new one once it is merged."
  ].join("\n");
}
var BODY_ROWS_CHARACTERS = 6e4;
export {
  pullRequestBranch,
  pullRequestSink
};
