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
  let lostOnTopOf;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        if (lostOnTopOf !== void 0 && isOwnCommitOn(snapshot, lostOnTopOf, settings.message)) {
          const { oid, url } = snapshot.head;
          return {
            kind: "delivered",
            changed: true,
            commit: { sha: oid, url },
            summary: `Committed ${oid.slice(0, 7)}`
          };
        }
        return { kind: "delivered", changed: false, summary: "Every counter is up to date" };
      }
      return commitChanges(github, snapshot, changed, settings, (parent) => {
        lostOnTopOf = parent;
      });
    }
  };
}
async function commitChanges(github, snapshot, changed, settings, onLost) {
  const result = await github.commit({
    repository: settings.repository,
    branch: snapshot.branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text }) => ({ path, text }))
  });
  switch (result.kind) {
    case "committed":
      return {
        kind: "delivered",
        changed: true,
        commit: result.commit,
        summary: `Committed ${result.commit.sha.slice(0, 7)}`
      };
    case "stale":
      return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
    case "lost":
      onLost(snapshot.head.oid);
      return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
    case "guarded":
      throw new GitHubError(
        `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message}): use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
      );
  }
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
