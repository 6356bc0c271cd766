import type { CommitLink, Delivery, FileRendering, Sink, Source } from "../road.js";
import type { Repository } from "../settings.js";
import type { CommitRequest, GitHub } from "./api.js";
import { GitHubError } from "./client.js";
import { groupsOf } from "./groups.js";
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
 * How much one createCommitOnBranch carries. GitHub documents no limit; it
 * is reported to fail at about 40 MB of request (grafana/github-api-commit-action#66),
 * and others split their commits at 100 to 200 files (PostHog/context-mill#362).
 */
export const FILES_PER_COMMIT = 100;
export const BYTES_PER_COMMIT = 25 * 1024 * 1024;

/** The files in the order given, cut into commits of at most FILES_PER_COMMIT files and BYTES_PER_COMMIT of base64. */
export function commitGroups<T extends { readonly text: string }>(files: readonly T[]): T[][] {
  return groupsOf(
    files,
    FILES_PER_COMMIT,
    BYTES_PER_COMMIT,
    (file) => Math.ceil(Buffer.byteLength(file.text, "utf8") / 3) * 4,
  );
}

export type ChainResult =
  | { readonly kind: "committed"; readonly commits: readonly CommitLink[] }
  /** A link found the branch moved (or its answer lost): the links before it landed. */
  | {
      readonly kind: "stale" | "lost";
      readonly landed: readonly CommitLink[];
      readonly reason: string;
      readonly paths: readonly string[];
      readonly parent: string;
    }
  | { readonly kind: "guarded"; readonly message: string };

/**
 * The changed files as one verified commit on top of `expectedHeadOid`, or
 * as a chain where one commit could not carry them all, each link on the
 * one before: a push in between stops the chain, and nothing is overwritten.
 */
export async function commitChain(
  github: GitHub,
  request: Omit<CommitRequest, "files"> & { readonly files: readonly FileRendering[] },
): Promise<ChainResult> {
  const landed: CommitLink[] = [];
  let head = request.expectedHeadOid;
  for (const group of commitGroups(request.files)) {
    const paths = group.map((rendering) => rendering.path);
    const result = await github.commit({
      ...request,
      expectedHeadOid: head,
      files: group.map(({ path, text }) => ({ path, text })),
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
          parent: head,
        };
      case "lost":
        return { kind: "lost", landed, reason: result.reason, paths, parent: head };
      case "guarded":
        return result;
    }
  }
  return { kind: "committed", commits: landed };
}

/**
 * Verified commits of every changed file, on top of exactly the head that
 * was read: one, or a chain. A commit whose answer was lost is recognised on
 * the next read (its parent is the head it was made on, its headline the
 * action's), and commits that landed before the branch moved are kept, so
 * the outputs report every commit that landed rather than "nothing changed".
 */
export function commitSink(
  github: GitHub,
  settings: CommitSettings,
  whenGuarded: WhenGuarded = refuse,
): Sink<RemoteSnapshot> {
  const landed: CommitLink[] = [];
  const landedPaths = new Set<string>();
  let lost: { readonly parent: string; readonly paths: readonly string[] } | undefined;
  const keep = (commits: readonly CommitLink[], paths: Iterable<string>) => {
    landed.push(...commits);
    for (const path of paths) landedPaths.add(path);
  };
  // What the outcome reports if the run ends before the rest lands.
  const landedSoFar = () =>
    landed.length === 0 ? {} : { landed: { commits: [...landed], changedFiles: [...landedPaths] } };
  return {
    async deliver(snapshot, renderings) {
      if (lost && snapshot.head.parent === lost.parent && snapshot.head.headline === headline(settings.message)) {
        keep([{ sha: snapshot.head.oid, url: snapshot.head.url }], lost.paths);
      }
      lost = undefined;
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        return landed.length === 0
          ? { kind: "delivered", changedFiles: [], commits: [] }
          : committed(landed, [...landedPaths], snapshot);
      }
      const result = await commitChain(github, {
        repository: settings.repository,
        branch: snapshot.branch,
        expectedHeadOid: snapshot.head.oid,
        message: settings.message,
        files: changed,
      });
      switch (result.kind) {
        case "committed":
          keep(
            result.commits,
            changed.map((rendering) => rendering.path),
          );
          return committed(landed, [...landedPaths], snapshot);
        case "stale":
          keep(
            result.landed,
            changed.slice(0, changedBefore(changed, result.paths)).map((rendering) => rendering.path),
          );
          return { kind: "again", reason: result.reason, ...landedSoFar() };
        case "lost":
          keep(
            result.landed,
            changed.slice(0, changedBefore(changed, result.paths)).map((rendering) => rendering.path),
          );
          lost = { parent: result.parent, paths: result.paths };
          return {
            kind: "again",
            reason: `GitHub's answer to the commit was lost (${result.reason})`,
            ...landedSoFar(),
          };
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

/**
 * How many of the changed files came before the link that stopped the chain:
 * those the landed links hold. The links hold the changed files in order, so
 * the stopped link's first file is one of them.
 */
function changedBefore(changed: readonly FileRendering[], stoppedAt: readonly string[]): number {
  return changed.findIndex((rendering) => rendering.path === stoppedAt[0]);
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

/** Direct commits; where the action's pull request is still open (commit: auto), it says it is not needed. */
function committed(commits: readonly CommitLink[], paths: readonly string[], snapshot: RemoteSnapshot): Delivery {
  const open = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changedFiles: paths,
    commits: [...commits],
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
