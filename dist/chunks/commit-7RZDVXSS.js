#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-24Z5C4WZ.js";
import "./chunk-ECLD5QZ6.js";

// src/commit.ts
function gitHubSource(github, request) {
  return { read: () => github.readSnapshot(request) };
}
function commitSink(github, settings) {
  let lost;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length > 0) {
        return commitChanges(github, snapshot, changed, settings, (attempt) => {
          lost = attempt;
        });
      }
      if (lost && isOwnCommitOn(snapshot, lost.parent, settings.message)) {
        const { oid, url } = snapshot.head;
        return committed({ sha: oid, url }, lost.paths);
      }
      return { kind: "delivered", changed: false, changedFiles: [], summary: "Every counter is up to date" };
    }
  };
}
async function commitChanges(github, snapshot, changed, settings, onLost) {
  const paths = changed.map((rendering) => rendering.path);
  const result = await github.commit({
    repository: settings.repository,
    branch: snapshot.branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text }) => ({ path, text }))
  });
  switch (result.kind) {
    case "committed":
      return committed(result.commit, paths);
    case "stale":
      return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
    case "lost":
      onLost({ parent: snapshot.head.oid, paths });
      return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
    case "guarded":
      throw new GitHubError(
        `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message}): use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
      );
  }
}
function committed(commit, paths) {
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit,
    summary: `Committed ${commit.sha.slice(0, 7)}`
  };
}
function isOwnCommitOn(snapshot, parent, message) {
  return snapshot.head.parent === parent && snapshot.head.headline === headline(message);
}
function headline(message) {
  return message.split("\n")[0] ?? message;
}
export {
  commitChanges,
  commitSink,
  gitHubSource,
  headline,
  isOwnCommitOn
};
