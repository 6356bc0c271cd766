import type { CommitLink, Delivery, FileRendering, Sink, Source } from "../road.js";
import type { Repository } from "../settings.js";
import type { GitHub } from "./api.js";
import { GitHubError } from "./client.js";
import type { RemoteSnapshot, SnapshotRequest } from "./snapshot.js";

/** The files at a branch's head, with the repository's creation time as REPO_START: one query. */
export function gitHubSource(github: GitHub, request: SnapshotRequest): Source<RemoteSnapshot> {
  return { read: () => github.readSnapshot(request) };
}

export interface CommitSettings {
  readonly repository: Repository;
  readonly message: string;
}

/**
 * What to do when a ruleset or branch protection refuses the commit: by
 * default fail with a line that says what to do; `commit: auto` goes through
 * a pull request instead.
 */
export type WhenGuarded = (
  snapshot: RemoteSnapshot,
  renderings: readonly FileRendering[],
  refusal: string,
) => Promise<Delivery>;

/**
 * One verified commit of every changed file, on top of exactly the head that
 * was read. A commit whose answer was lost is recognised on the next read (its
 * parent is the head it was made on, its headline the action's), so the
 * outputs report it rather than "nothing changed".
 */
export function commitSink(
  github: GitHub,
  settings: CommitSettings,
  whenGuarded: WhenGuarded = refuse,
): Sink<RemoteSnapshot> {
  let lost: { readonly parent: string; readonly paths: readonly string[] } | undefined;
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
        files: changed.map(({ path, text }) => ({ path, text })),
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
            `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message})`,
          );
      }
    },
  };
}

async function refuse(
  _snapshot: RemoteSnapshot,
  _renderings: readonly FileRendering[],
  refusal: string,
): Promise<Delivery> {
  throw new GitHubError(
    `${refusal}: set commit: pull-request (or auto), use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`,
  );
}

/** A direct commit; where the action's pull request is still open (commit: auto), it says it is not needed. */
function committed(commit: CommitLink, paths: readonly string[], snapshot: RemoteSnapshot): Delivery {
  const open = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changedFiles: paths,
    commits: [commit],
    ...(open && {
      warnings: [
        `pull request #${open.number} is no longer needed, since ${snapshot.branch} took the commit directly: close it`,
      ],
    }),
  };
}

export function headline(message: string): string {
  return message.split("\n")[0] ?? message;
}
