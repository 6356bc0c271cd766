import { createHash } from "node:crypto";
import type {
  CommitLink,
  Delivered,
  Delivery,
  FileRendering,
  PullRequestDone,
  PullRequestLink,
  Sink,
} from "../road.js";
import type { MergeMethod, Repository } from "../settings.js";
import type { GitHub, Lost } from "./api.js";
import { GitHubError } from "./client.js";
import { commitChain, headline } from "./commit.js";
import type { OpenPullRequest, PullRequestSide, RemoteSnapshot } from "./snapshot.js";

export interface PullRequestSettings {
  readonly repository: Repository;
  readonly message: string;
  /** The branch that carries the pull request; it belongs to the action. */
  readonly branch: string;
  readonly autoMerge: MergeMethod | undefined;
}

/**
 * The branch that carries the pull request into `base` (the pull-request-branch
 * input, else `readme-counters/<base>`), and the scratch branch its next commit
 * is built on, so that its own branch never points at the base.
 */
export function pullRequestBranch(
  setting: string | undefined,
  base: string,
): { readonly branch: string; readonly scratch: string } {
  const branch = setting ?? `readme-counters/${base}`;
  return { branch, scratch: scratchBranch(branch) };
}

function scratchBranch(branch: string): string {
  return `${branch}-next`;
}

/**
 * Every change through one pull request (design section 10). The files are
 * rendered from the base; the pull request's branch carries that rendering
 * as one commit on top of the base head. An open pull request's branch is
 * never pointed at the base head, not even for a moment: GitHub would close
 * the pull request, for good. Its next commit is built on a scratch branch,
 * which then takes the branch's place.
 */
export function pullRequestSink(github: GitHub, settings: PullRequestSettings): Sink<RemoteSnapshot> {
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
        const kept: Delivered = { kind: "delivered", changedFiles: [], commits: [], pullRequest: done(open, "kept") };
        return withMergeWarning(kept, open, open.autoMerge, side, snapshot.branch);
      }
      if (open && side.branch) {
        const updated = await update(github, snapshot, side, side.branch.id, open, changed, paths, settings);
        return updated.kind === "delivered"
          ? withMergeWarning(updated, open, open.autoMerge, side, snapshot.branch)
          : updated;
      }
      return openNew(github, snapshot, side, changed, paths, settings, renderings);
    },
  };
}

/** A pull-request branch that holds commits the action did not make is never reset. */
function refuseForeignCommits(side: PullRequestSide, base: string, settings: PullRequestSettings): void {
  const branch = side.branch;
  if (!branch) return;
  const ours = branch.ahead.filter((commit) => commit.headline === headline(settings.message)).length;
  const foreign = branch.aheadBy - ours;
  if (foreign === 0) return;
  const held = foreign === 1 ? "a commit" : `${foreign} commits`;
  throw new GitHubError(
    `Branch ${settings.branch} holds ${held} that readme-counters did not make, which it will not throw away: ` +
      `merge or close its pull request into ${base} and delete the branch, or set pull-request-branch to another name`,
  );
}

/**
 * Whether the branch already holds exactly this rendering, as the action's
 * commits on the base head: its blobs are those of the rendered texts.
 */
function carries(side: PullRequestSide, snapshot: RemoteSnapshot, renderings: readonly FileRendering[]): boolean {
  const branch = side.branch;
  return (
    branch !== undefined &&
    branch.aheadBy > 0 &&
    branch.ahead[0]?.parent === snapshot.head.oid &&
    renderings.every((rendering) => branch.blobs.get(rendering.path) === blobOid(rendering.text))
  );
}

/** The oid git gives a blob of this text, as GitHub reports it for a file. */
function blobOid(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** The open pull request's next commit, built on the scratch branch, then moved onto its branch: 3 requests. */
async function update(
  github: GitHub,
  snapshot: RemoteSnapshot,
  side: PullRequestSide,
  branchId: string,
  open: PullRequestLink,
  changed: readonly FileRendering[],
  paths: readonly string[],
  settings: PullRequestSettings,
): Promise<Delivery> {
  const scratch = scratchBranch(settings.branch);
  let scratchId = side.scratchId;
  if (scratchId === undefined) {
    const created = await github.createBranch(side.repositoryId, scratch, snapshot.head.oid);
    if ("kind" in created) return again(created);
    scratchId = created.id;
  } else {
    const moved = await github.moveBranch(scratchId, snapshot.head.oid);
    if (moved) return again(moved);
  }
  const chain = await commitOn(github, scratch, snapshot, changed, settings);
  if (chain.kind !== "committed") return chain;
  const moved = await github.moveAndDelete(branchId, (chain.commits.at(-1) as CommitLink).sha, scratchId);
  if (moved) return again(moved);
  return { kind: "delivered", changedFiles: paths, commits: chain.commits, pullRequest: done(open, "updated") };
}

/** A new pull request: its branch at the base head, one commit, the pull request, maybe auto-merge: 3 or 4 requests. */
async function openNew(
  github: GitHub,
  snapshot: RemoteSnapshot,
  side: PullRequestSide,
  changed: readonly FileRendering[],
  paths: readonly string[],
  settings: PullRequestSettings,
  renderings: readonly FileRendering[],
): Promise<Delivery> {
  // No pull request is open, so the branch may point at the base head for a moment.
  const placed = side.branch
    ? await github.moveBranch(side.branch.id, snapshot.head.oid)
    : await github.createBranch(side.repositoryId, settings.branch, snapshot.head.oid);
  if (placed && "kind" in placed) return again(placed);
  const chain = await commitOn(github, settings.branch, snapshot, changed, settings);
  if (chain.kind !== "committed") return chain;
  const opened = await github.openPullRequest({
    repositoryId: side.repositoryId,
    base: snapshot.branch,
    head: settings.branch,
    title: headline(settings.message),
    body: pullRequestBody(renderings),
  });
  // Another run opened one meanwhile: read again, and bring that one up to date instead.
  if (opened === "exists")
    return { kind: "again", reason: `A pull request from ${settings.branch} was opened meanwhile` };
  if ("kind" in opened) return again(opened);
  const delivered: Delivered = {
    kind: "delivered",
    changedFiles: paths,
    commits: chain.commits,
    pullRequest: done(opened, "opened"),
  };
  const merging = settings.autoMerge
    ? await withAutoMerge(github, delivered, opened.id, side, settings.autoMerge)
    : delivered;
  const waits = merging.pullRequest?.autoMerge?.merged === false;
  return withMergeWarning(merging, opened, waits, side, snapshot.branch);
}

/** The login GitHub's GraphQL API gives the author of what GITHUB_TOKEN makes (its REST API says github-actions[bot]). */
const ACTIONS_BOT = "github-actions";

/**
 * GitHub starts no workflow for what GITHUB_TOKEN does, so no check ever
 * runs on a pull request it opened: where the base requires checks, it
 * never merges, and auto-merge may wait for ever. That is said as a warning
 * with the fix; the run still succeeds. The pull request's author tells the
 * token, as the one query reads it.
 */
function withMergeWarning(
  delivered: Delivered,
  pullRequest: OpenPullRequest,
  autoMergeWaits: boolean,
  side: PullRequestSide,
  base: string,
): Delivered {
  if (pullRequest.author !== ACTIONS_BOT || delivered.pullRequest?.autoMerge?.merged) return delivered;
  const why = side.requiredChecks
    ? `cannot merge: it was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events, so the status checks that ${base} requires (by its ${side.requiredChecks}) never run`
    : autoMergeWaits
      ? "was opened with GITHUB_TOKEN, and GitHub starts no workflow for that token's events: if auto-merge waits for checks, none will run"
      : undefined;
  if (why === undefined) return delivered;
  const warning = `Pull request #${pullRequest.number} ${why}. The fix: pass a GitHub App token (actions/create-github-app-token) or a personal access token as the token input`;
  return { ...delivered, warnings: [...(delivered.warnings ?? []), warning] };
}

/** Asks GitHub to merge once the checks pass; where nothing is left to wait for, merges now. A refusal is a warning. */
async function withAutoMerge(
  github: GitHub,
  delivered: Delivered,
  pullRequestId: string,
  side: PullRequestSide,
  method: MergeMethod,
): Promise<Delivered> {
  const number = delivered.pullRequest?.number;
  const warn = (warning: string) => ({ ...delivered, warnings: [...(delivered.warnings ?? []), warning] });
  if (!side.autoMergeAllowed) {
    return warn(
      `auto-merge is not allowed in this repository: turn on "Allow auto-merge" in Settings → General → Pull Requests; pull request #${number} is open`,
    );
  }
  const enabled = await github.enableAutoMerge(pullRequestId, method);
  const withMerge = (merged: boolean): Delivered => ({
    ...delivered,
    ...(delivered.pullRequest && { pullRequest: { ...delivered.pullRequest, autoMerge: { method, merged } } }),
  });
  if (enabled === "enabled") return withMerge(false);
  if (enabled !== "clean") return warn(enabled.warning);
  const merged = await github.merge(pullRequestId, method);
  if (merged === "merged") return withMerge(true);
  return warn("warning" in merged ? merged.warning : `GitHub's answer to the merge was lost (${merged.reason})`);
}

async function commitOn(
  github: GitHub,
  branch: string,
  snapshot: RemoteSnapshot,
  changed: readonly FileRendering[],
  settings: PullRequestSettings,
) {
  const result = await commitChain(github, {
    repository: settings.repository,
    branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed,
  });
  switch (result.kind) {
    case "committed":
      return result;
    case "stale":
      return { kind: "again", reason: `Branch ${branch} moved while the commit was made` } as const;
    case "lost":
      return { kind: "again", reason: `GitHub's answer was lost (${result.reason})` } as const;
    case "guarded":
      throw new GitHubError(
        `Branch ${branch} is guarded by a ruleset too (${result.message}): set pull-request-branch to a name its rules allow`,
      );
  }
}

function again(lost: Lost) {
  return { kind: "again", reason: `GitHub's answer was lost (${lost.reason})` } as const;
}

function done(pullRequest: PullRequestLink, what: PullRequestDone["done"]): PullRequestDone {
  return { number: pullRequest.number, url: pullRequest.url, done: what };
}

/** The pull request's body: what the counters read today, file by file. */
function pullRequestBody(renderings: readonly FileRendering[]): string {
  const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
  const rows = renderings.flatMap(({ path, replacements }) =>
    replacements.map(({ token, value, line }) => `| ${cell(path)} | \`${cell(token)}\` | ${cell(value)} | ${line} |`),
  );
  // GitHub takes a body of at most 65,536 characters: a docs tree's rows stop short of it.
  const shown: string[] = [];
  let length = 0;
  for (const row of rows) {
    length += row.length + 1;
    if (length > BODY_ROWS_CHARACTERS) break;
    shown.push(row);
  }
  const more =
    shown.length < rows.length
      ? [
          "",
          `And ${(rows.length - shown.length).toLocaleString("en-US")} more tokens; the run's log lists every value.`,
        ]
      : [];
  return [
    "Today's values of the README counters, rendered from the base branch by readme-counters.",
    "",
    "| File | Token | Value | Line |",
    "| --- | --- | --- | --- |",
    ...shown,
    ...more,
    "",
    "The next run updates this pull request, or opens a new one once it is merged.",
  ].join("\n");
}

/** How much of a pull request's body (GitHub's limit: 65,536 characters) the table of values may take. */
const BODY_ROWS_CHARACTERS = 60_000;
