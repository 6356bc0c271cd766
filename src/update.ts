import { type FileRendering, renderSnapshot, type Snapshot, whyNothingIsWritten } from "./counters.js";
import type { Settings } from "./inputs.js";

/** Where a run's files come from: the workspace, or one GitHub snapshot. */
export interface Source<S extends Snapshot = Snapshot> {
  read(): Promise<S>;
}

/** Where a run's changes go: the workspace, one commit, or a pull request. */
export interface Sink<S extends Snapshot = Snapshot> {
  /**
   * Delivers the renderings of a snapshot (changed or not: a pull request may
   * already carry them), or answers "again" when the snapshot went stale.
   */
  deliver(snapshot: S, renderings: readonly FileRendering[]): Promise<Delivery>;
}

export interface Link {
  readonly url: string;
}

export interface CommitLink extends Link {
  readonly sha: string;
}

export interface PullRequestLink extends Link {
  readonly number: number;
}

export interface Delivered {
  readonly kind: "delivered";
  /** Whether the run changed anything: files written, a commit, a pull request opened or moved. */
  readonly changed: boolean;
  /** The files the change holds (empty when nothing changed). */
  readonly changedFiles: readonly string[];
  readonly commit?: CommitLink;
  readonly pullRequest?: PullRequestLink;
  /** What was done, in a few words, for the log and the summary ("Opened pull request #3"). */
  readonly summary: string;
  /** What went less well than asked, without failing the run (auto-merge refused). */
  readonly warnings?: readonly string[];
}

/** The snapshot went stale (the branch moved, or an answer was lost): read again and retry. */
export interface Again {
  readonly kind: "again";
  readonly reason: string;
}

export type Delivery = Delivered | Again;

export interface Clock {
  now(): Date;
  sleep(milliseconds: number): Promise<void>;
}

/** What a run did, for the outputs, the log and the job summary. */
export interface Outcome {
  /** The last rendering of the files; empty when the run failed before it read them. */
  readonly renderings: readonly FileRendering[];
  readonly result: Delivered | { readonly kind: "dry-run" } | { readonly kind: "failed"; readonly message: string };
}

export const ATTEMPTS = 3;

/**
 * The one road every run takes: read, render, stop on what must stop it,
 * deliver; when the sink finds the snapshot stale, read again and retry, up
 * to ATTEMPTS times with a growing pause. "Today" is fixed once for the whole
 * run, so a retry after midnight cannot mix two days. Never throws: a failure
 * is an outcome, with whatever was rendered before it.
 */
export async function update<S extends Snapshot>(
  source: Source<S>,
  sink: Sink<S>,
  settings: Settings,
  clock: Clock,
  log: (message: string) => void,
): Promise<Outcome> {
  const now = clock.now();
  let renderings: readonly FileRendering[] = [];
  try {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await source.read();
      renderings = await renderSnapshot(snapshot, settings, now);
      const stop = whyNothingIsWritten(renderings, settings.strict);
      if (stop) return { renderings, result: { kind: "failed", message: stop } };
      if (settings.dryRun) return { renderings, result: { kind: "dry-run" } };
      const delivery = await sink.deliver(snapshot, renderings);
      if (delivery.kind === "delivered") return { renderings, result: delivery };
      if (attempt === ATTEMPTS) {
        const message = `${delivery.reason}, at each of ${ATTEMPTS} attempts; nothing was overwritten: run the workflow again`;
        return { renderings, result: { kind: "failed", message } };
      }
      log(`${delivery.reason}; reading again (attempt ${attempt + 1} of ${ATTEMPTS})`);
      await clock.sleep(1000 * 2 ** (attempt - 1));
    }
  } catch (error) {
    return { renderings, result: { kind: "failed", message: messageOf(error) } };
  }
}

/** One line for anything thrown; a non-Error throw is said too, never swallowed. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
