import type { FileRendering } from "./counters.js";
import type { GitHub, RemoteSnapshot, SnapshotRequest } from "./github.js";
import { GitHubError } from "./github-client.js";
import type { Repository } from "./inputs.js";
import type { CommitLink, Delivery, Sink, Source } from "./update.js";

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
  let lost: LostCommit | undefined;
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
    },
  };
}

/** A commit whose answer was lost: made on top of `parent`, holding `paths`. */
export interface LostCommit {
  readonly parent: string;
  readonly paths: readonly string[];
}

/** Commits the changed files on the snapshot's branch; `onLost` learns of a commit whose answer was lost. */
export async function commitChanges(
  github: GitHub,
  snapshot: RemoteSnapshot,
  changed: readonly FileRendering[],
  settings: CommitSettings,
  onLost: (commit: LostCommit) => void,
): Promise<Delivery> {
  const paths = changed.map((rendering) => rendering.path);
  const result = await github.commit({
    repository: settings.repository,
    branch: snapshot.branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text }) => ({ path, text })),
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
        `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message}): ` +
          "use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch",
      );
  }
}

function committed(commit: CommitLink, paths: readonly string[]): Delivery {
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit,
    summary: `Committed ${commit.sha.slice(0, 7)}`,
  };
}

/** Whether the branch's head is the action's commit made on top of `parent`. */
export function isOwnCommitOn(snapshot: RemoteSnapshot, parent: string, message: string): boolean {
  return snapshot.head.parent === parent && snapshot.head.headline === headline(message);
}

export function headline(message: string): string {
  return message.split("\n")[0] ?? message;
}
