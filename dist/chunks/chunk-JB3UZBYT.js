#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-K7MULIYD.js";

// src/github/commit.ts
function gitHubSource(github, request) {
  return { read: () => github.readSnapshot(request) };
}
function commitSink(github, settings, whenGuarded = refuse) {
  let lost;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        if (lost && snapshot.head.parent === lost.parent && snapshot.head.headline === headline(settings.message)) {
          const { oid, url } = snapshot.head;
          return committed({ sha: oid, url }, lost.paths, snapshot);
        }
        return { kind: "delivered", changedFiles: [], commits: [] };
      }
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
          return committed(result.commit, paths, snapshot);
        case "stale":
          return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
        case "lost":
          lost = { parent: snapshot.head.oid, paths };
          return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
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
async function refuse(_snapshot, _renderings, refusal) {
  throw new GitHubError(
    `${refusal}: set commit: pull-request (or auto), use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
  );
}
function committed(commit, paths, snapshot) {
  const open = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changedFiles: paths,
    commits: [commit],
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
  commitSink,
  headline
};
