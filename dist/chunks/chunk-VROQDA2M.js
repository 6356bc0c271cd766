#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  groupsOf
} from "./chunk-SWRER7Z7.js";
import {
  GitHubError
} from "./chunk-EX5YPBKG.js";

// src/github/commit.ts
function gitHubSource(github, request) {
  return { read: () => github.readSnapshot(request) };
}
var FILES_PER_COMMIT = 100;
var BYTES_PER_COMMIT = 25 * 1024 * 1024;
function commitGroups(files) {
  return groupsOf(
    files,
    FILES_PER_COMMIT,
    BYTES_PER_COMMIT,
    (file) => Math.ceil(Buffer.byteLength(file.text, "utf8") / 3) * 4
  );
}
async function commitChain(github, request) {
  const landed = [];
  let head = request.expectedHeadOid;
  for (const group of commitGroups(request.files)) {
    const paths = group.map((rendering) => rendering.path);
    const result = await github.commit({
      ...request,
      expectedHeadOid: head,
      files: group.map(({ path, text }) => ({ path, text }))
    });
    switch (result.kind) {
      case "committed":
        landed.push(result.commit);
        head = result.commit.sha;
        break;
      case "stale":
        return {
          kind: "stale",
          landed,
          reason: `Branch ${request.branch} moved since it was read`,
          paths,
          parent: head
        };
      case "lost":
        return { kind: "lost", landed, reason: result.reason, paths, parent: head };
      case "guarded":
        return result;
    }
  }
  return { kind: "committed", commits: landed };
}
function commitSink(github, settings, whenGuarded = refuse) {
  const landed = [];
  const landedPaths = /* @__PURE__ */ new Set();
  let lost;
  const keep = (commits, paths) => {
    landed.push(...commits);
    for (const path of paths) landedPaths.add(path);
  };
  const landedSoFar = () => landed.length === 0 ? {} : { landed: { commits: [...landed], changedFiles: [...landedPaths] } };
  return {
    async deliver(snapshot, renderings) {
      if (lost && snapshot.head.parent === lost.parent && snapshot.head.headline === headline(settings.message)) {
        keep([{ sha: snapshot.head.oid, url: snapshot.head.url }], lost.paths);
      }
      lost = void 0;
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        return landed.length === 0 ? { kind: "delivered", changedFiles: [], commits: [] } : committed(landed, [...landedPaths], snapshot);
      }
      const result = await commitChain(github, {
        repository: settings.repository,
        branch: snapshot.branch,
        expectedHeadOid: snapshot.head.oid,
        message: settings.message,
        files: changed
      });
      switch (result.kind) {
        case "committed":
          keep(
            result.commits,
            changed.map((rendering) => rendering.path)
          );
          return committed(landed, [...landedPaths], snapshot);
        case "stale":
          keep(
            result.landed,
            changed.slice(0, changedBefore(changed, result.paths)).map((rendering) => rendering.path)
          );
          return { kind: "again", reason: result.reason, ...landedSoFar() };
        case "lost":
          keep(
            result.landed,
            changed.slice(0, changedBefore(changed, result.paths)).map((rendering) => rendering.path)
          );
          lost = { parent: result.parent, paths: result.paths };
          return {
            kind: "again",
            reason: `GitHub's answer to the commit was lost (${result.reason})`,
            ...landedSoFar()
          };
        case "guarded":
          return whenGuarded(
            snapshot,
            renderings,
            `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message})`
          );
      }
    }
  };
}
function changedBefore(changed, stoppedAt) {
  return changed.findIndex((rendering) => rendering.path === stoppedAt[0]);
}
async function refuse(_snapshot, _renderings, refusal) {
  throw new GitHubError(
    `${refusal}: set commit: pull-request (or auto), use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
  );
}
function committed(commits, paths, snapshot) {
  const open = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changedFiles: paths,
    commits: [...commits],
    ...open && {
      warnings: [
        `pull request #${open.number} is no longer needed, since ${snapshot.branch} took the commit directly: close it`
      ]
    }
  };
}
function headline(message) {
  return message.split("\n")[0] ?? message;
}

export {
  gitHubSource,
  FILES_PER_COMMIT,
  BYTES_PER_COMMIT,
  commitGroups,
  commitChain,
  commitSink,
  headline
};
