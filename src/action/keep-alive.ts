import type { GitHub } from "../github/api.js";
import type { RemoteSnapshot } from "../github/snapshot.js";
import type { Clock, Delivered, Sink } from "../road.js";
import type { Repository } from "../settings.js";

/**
 * GitHub disables a public repository's schedules after 60 days without
 * activity; keep-alive re-enables the workflow from 50, so that a run or two
 * dropped on a busy day still leaves time.
 */
const QUIET_DAYS = 50;
// Elapsed time, not a calendar count: GitHub's 60 days are measured so too.
const DAY_MS = 24 * 60 * 60 * 1000;

export interface KeepAlive {
  readonly github: GitHub;
  /** The repository the workflow runs in. */
  readonly repository: Repository;
  /** The workflow's file (`counters.yml`); undefined where the runner does not say it. */
  readonly workflow: string | undefined;
  readonly clock: Clock;
  readonly log: (message: string) => void;
}

/**
 * The sink, and then keep-alive (design section 11): where the run put no
 * commit on the default branch (nothing changed, or the change waits in a
 * pull request) and the branch's last commit is QUIET_DAYS old or more, the
 * workflow is re-enabled through the API. It never makes a commit for this,
 * and a refusal is a warning, never a failed run.
 */
export function keepingAlive(sink: Sink<RemoteSnapshot>, keep: KeepAlive): Sink<RemoteSnapshot> {
  return {
    async deliver(snapshot, renderings) {
      const delivery = await sink.deliver(snapshot, renderings);
      return delivery.kind === "delivered" ? keepAlive(delivery, snapshot, keep) : delivery;
    },
  };
}

async function keepAlive(delivered: Delivered, snapshot: RemoteSnapshot, keep: KeepAlive): Promise<Delivered> {
  const last = snapshot.defaultBranch;
  const committedThere = delivered.commits.length > 0 && !delivered.pullRequest && snapshot.branch === last?.name;
  if (!last || committedThere) return delivered;
  const quiet = keep.clock.now().getTime() - last.committedDate.getTime();
  const age = `${last.name}'s last commit is ${Math.floor(quiet / DAY_MS)} days old`;
  if (quiet < QUIET_DAYS * DAY_MS) {
    keep.log(`keep-alive: ${age}; the workflow is re-enabled once it is ${QUIET_DAYS}`);
    return delivered;
  }
  const warn = (why: string): Delivered => ({
    ...delivered,
    warnings: [...(delivered.warnings ?? []), `keep-alive: ${age}, but the workflow was not re-enabled: ${why}`],
  });
  if (keep.workflow === undefined) return warn("GITHUB_WORKFLOW_REF does not say which workflow runs");
  const enabled = await keep.github.enableWorkflow(keep.repository, keep.workflow);
  if (enabled !== "enabled") return warn(enabled.warning);
  const note = `keep-alive: re-enabled workflow ${keep.workflow}, since ${age} (GitHub disables a schedule after 60 days without activity)`;
  return { ...delivered, notes: [...(delivered.notes ?? []), note] };
}
