import type { FileRendering } from "./counters.js";
import type { GitHub, RemoteSnapshot, SnapshotRequest } from "./github.js";
import { GitHubError } from "./github-client.js";
import type { Repository } from "./inputs.js";
import type { Delivery, Sink, Source } from "./update.js";

/** The files at a branch's head, with the repository's creation time as REPO_START: one query. */
export function gitHubSource(github: GitHub, request: SnapshotRequest): Source<RemoteSnapshot> {
  return { read: () => github.readSnapshot(request) };
}

export interface CommitSettings {
  readonly repository: Repository;
  readonly message: string;
}

/**
 * One verified commit of every changed file, on top of exactly the head that
 * was read. A commit whose answer was lost is recognised on the next read (its
 * parent is the head it was made on, its headline the action's), so the
 * outputs report it rather than "nothing changed".
 */
export function commitSink(github: GitHub, settings: CommitSettings): Sink<RemoteSnapshot> {
  let lostOnTopOf: string | undefined;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        if (lostOnTopOf !== undefined && isOwnCommitOn(snapshot, lostOnTopOf, settings.message)) {
          const { oid, url } = snapshot.head;
          return {
            kind: "delivered",
            changed: true,
            commit: { sha: oid, url },
            summary: `Committed ${oid.slice(0, 7)}`,
          };
        }
        return { kind: "delivered", changed: false, summary: "Every counter is up to date" };
      }
      return commitChanges(github, snapshot, changed, settings, (parent) => {
        lostOnTopOf = parent;
      });
    },
  };
}

/** Commits the changed files on the snapshot's branch; `onLost` learns the parent of a commit whose answer was lost. */
export async function commitChanges(
  github: GitHub,
  snapshot: RemoteSnapshot,
  changed: readonly FileRendering[],
  settings: CommitSettings,
  onLost: (parent: string) => void,
): Promise<Delivery> {
  const result = await github.commit({
    repository: settings.repository,
    branch: snapshot.branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text }) => ({ path, text })),
  });
  switch (result.kind) {
    case "committed":
      return {
        kind: "delivered",
        changed: true,
        commit: result.commit,
        summary: `Committed ${result.commit.sha.slice(0, 7)}`,
      };
    case "stale":
      return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
    case "lost":
      onLost(snapshot.head.oid);
      return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
    case "guarded":
      throw new GitHubError(
        `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message}): ` +
          "use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch",
      );
  }
}

/** Whether the branch's head is the action's commit made on top of `parent`. */
export function isOwnCommitOn(snapshot: RemoteSnapshot, parent: string, message: string): boolean {
  return snapshot.head.parent === parent && snapshot.head.headline === headline(message);
}

export function headline(message: string): string {
  return message.split("\n")[0] ?? message;
}
