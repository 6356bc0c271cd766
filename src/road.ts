import { calendarDateIn } from "./engine/dates.js";
import { stops } from "./engine/problems.js";
import { type Problem, type Rendering, render } from "./engine/render.js";
import type { DateContext, NamedDate, UnknownDate } from "./engine/tokens.js";
import { needsParser } from "./engine/zones.js";
import type { Settings } from "./settings.js";
import { MAX_FILE_BYTES } from "./text-files.js";

/** An instant as a source knows it, or why it does not. */
export type KnownInstant = Date | UnknownDate;

/** When the repository started, as a source knows it, or why it does not. */
export type RepositoryStart = KnownInstant;

/** The dates the repository knows that tokens count from, as the source read them. */
export interface RepositoryDates {
  /** LATEST_RELEASE: when the latest release (not a draft, not a pre-release) was published. */
  readonly latestRelease: KnownInstant;
  /** What each `dates` line of settings.repositoryDates names, by NAME: every one of them. */
  readonly named: ReadonlyMap<string, KnownInstant>;
}

/** The repository's dates where a source cannot read them, each with the reason. */
export function unreadDates(names: Iterable<string>, reason: string): RepositoryDates {
  return { latestRelease: { unknown: reason }, named: new Map([...names].map((name) => [name, { unknown: reason }])) };
}

/** The files a run reads, as one consistent picture. */
export interface Snapshot {
  /** Path to text; undefined for a file that does not exist yet (a template's output). */
  readonly files: ReadonlyMap<string, string | undefined>;
  readonly repoStart: RepositoryStart;
  readonly repositoryDates: RepositoryDates;
  /** The README the source chose, when no file was named: the one GitHub shows. */
  readonly readme?: string;
}

/** The files a run asks a source for. */
export interface FileSelection {
  /** Paths, or globs where the source can match them. */
  readonly paths: readonly string[];
  /** Paths that may be missing: a template's output before its first run. */
  readonly optional: readonly string[];
}

export interface FileRendering extends Rendering {
  /** The file written. */
  readonly path: string;
  /** The file the tokens were read from, where problems point: the template in template-file mode. */
  readonly source: string;
  /** The text before the run; undefined when the file is new. */
  readonly before: string | undefined;
}

/** The template and its output, or the files. */
export function fileSelection(settings: Settings): FileSelection {
  return settings.template
    ? { paths: [settings.template, settings.output], optional: [settings.output] }
    : { paths: settings.files, optional: [] };
}

/** "Today" and every date a token can name, in the run's zone and locale. */
function dateContext(settings: Settings, now: Date, snapshot: Snapshot): DateContext {
  const inZone = (instant: KnownInstant) =>
    instant instanceof Date ? calendarDateIn(instant, settings.timezone) : instant;
  const { latestRelease, named } = snapshot.repositoryDates;
  return {
    today: settings.today ?? calendarDateIn(now, settings.timezone),
    locale: settings.locale,
    dateFormat: settings.dateFormat,
    dates: new Map<string, NamedDate | UnknownDate>([
      ...settings.dates,
      ...[...named].map(([name, instant]) => [name, inZone(instant)] as const),
    ]),
    repoStart: settings.repoStart ?? inZone(snapshot.repoStart),
    latestRelease: inZone(latestRelease),
    inclusive: settings.inclusive,
    vocabulary: settings.vocabulary,
  };
}

/**
 * Renders every file of a snapshot; the core shared by the action and the
 * CLI. The markdown parser loads only when some block could hold code, a
 * link or HTML around a token.
 */
export async function renderSnapshot(snapshot: Snapshot, settings: Settings, now: Date): Promise<FileRendering[]> {
  // Only a template's output may be missing (see Snapshot), and its text is never rendered.
  const template = settings.template && (snapshot.files.get(settings.template) as string);
  const texts = template === undefined ? ([...snapshot.files.values()] as string[]) : [template];
  const plainValues = settings.template !== undefined || !settings.keepTokens;
  const markdown = texts.some((text) => needsParser(text, { plainValues }))
    ? await import("./engine/markdown.js")
    : undefined;
  const context = dateContext(settings, now, snapshot);
  const renderText = (text: string, keepTokens: boolean): Rendering =>
    render(text, context, { keepTokens, parse: markdown?.parseZones });

  if (settings.template) {
    const before = snapshot.files.get(settings.output);
    const rendering = renderText(template as string, false);
    return [
      { ...rendering, changed: rendering.text !== before, path: settings.output, source: settings.template, before },
    ];
  }
  return [...snapshot.files].map(([path, before]) => ({
    ...renderText(before as string, settings.keepTokens),
    path,
    source: path,
    before,
  }));
}

/** The problems that stop a run before anything is written: broken markers and template blocks always, tokens left alone too with `strict`. */
function stoppingProblems(renderings: readonly FileRendering[], strict: boolean): PlacedProblem[] {
  return renderings.flatMap(({ source, problems }) =>
    problems.filter((problem) => stops(problem.kind, strict)).map((problem) => ({ ...problem, file: source })),
  );
}

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

/** What a run did to the action's pull request. */
export interface PullRequestDone extends PullRequestLink {
  /** `kept`: it already carried today's rendering. */
  readonly done: "opened" | "updated" | "kept";
  /** Auto-merge as GitHub took it: enabled (merge once the checks pass), or merged at once. */
  readonly autoMerge?: { readonly method: string; readonly merged: boolean };
}

export interface Delivered {
  readonly kind: "delivered";
  /** The files the change holds; empty when nothing changed. */
  readonly changedFiles: readonly string[];
  /** The commits that carry the change, in order (one, or a chain where one commit could not hold it all). */
  readonly commits: readonly CommitLink[];
  readonly pullRequest?: PullRequestDone;
  /** What went less well than asked, without failing the run (auto-merge refused). */
  readonly warnings?: readonly string[];
  /** What the sink did besides, to be said in the log and the job summary (a workflow re-enabled). */
  readonly notes?: readonly string[];
}

/** The snapshot went stale (the branch moved, or an answer was lost): read again and retry. */
export interface Again {
  readonly kind: "again";
  readonly reason: string;
  /** Commits that landed before the snapshot went stale (the first links of a chain), with their files. */
  readonly landed?: { readonly commits: readonly CommitLink[]; readonly changedFiles: readonly string[] };
}

export type Delivery = Delivered | Again;

export interface Clock {
  now(): Date;
  sleep(milliseconds: number): Promise<void>;
}

/** A problem with the file it was found in. */
export interface PlacedProblem extends Problem {
  readonly file: string;
}

/** What a run did, for the outputs, the log and the job summary (outcome.ts words it). */
export interface Outcome {
  /** The last rendering of the files; empty when the run failed before it read them. */
  readonly renderings: readonly FileRendering[];
  readonly result:
    | Delivered
    | { readonly kind: "dry-run" }
    /** Problems that stop the run before anything is written (see stops). */
    | { readonly kind: "stopped"; readonly problems: readonly [PlacedProblem, ...PlacedProblem[]] }
    /** A rendering over the size limit, which the next run could not read: nothing is written. */
    | {
        readonly kind: "too-big";
        readonly path: string;
        readonly bytes: number;
        readonly added: number;
        /** Whether markers made it grow; in a template's output, or with keep-tokens false, the values alone did. */
        readonly markers: boolean;
      }
    | {
        readonly kind: "failed";
        readonly message: string;
        /** Commits that landed before the run failed: a chain that pushes cut short. */
        readonly landed?: Again["landed"];
      };
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
      if (snapshot.readme !== undefined && attempt === 1) log(`${snapshot.readme}: the README GitHub shows`);
      renderings = await renderSnapshot(snapshot, settings, now);
      const [stopping, ...more] = stoppingProblems(renderings, settings.strict);
      if (stopping) return { renderings, result: { kind: "stopped", problems: [stopping, ...more] } };
      const tooBig = overTheLimit(renderings, settings.keepTokens && settings.template === undefined);
      if (tooBig) return { renderings, result: tooBig };
      if (settings.dryRun) return { renderings, result: { kind: "dry-run" } };
      const delivery = await sink.deliver(snapshot, renderings);
      if (delivery.kind === "delivered") return { renderings, result: delivery };
      if (attempt === ATTEMPTS) {
        const { landed } = delivery;
        const first = landed
          ? `, and ${landed.commits.length === 1 ? "1 commit" : `${landed.commits.length} commits`} of the change landed first (${landed.changedFiles.length} files)`
          : "";
        const message = `${delivery.reason}, at each of ${ATTEMPTS} attempts; nothing was overwritten${first}: run the workflow again${landed ? " to commit the rest" : ""}`;
        return { renderings, result: { kind: "failed", message, ...(landed && { landed }) } };
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

/** The first rendering that would be over the limit every source reads, with how much the run adds to it. */
function overTheLimit(renderings: readonly FileRendering[], markers: boolean) {
  for (const { path, text, before, changed } of renderings) {
    // A string of n UTF-16 units takes at most 3n bytes: only a long one needs counting.
    const bytes = changed && text.length * 3 > MAX_FILE_BYTES ? Buffer.byteLength(text, "utf8") : 0;
    if (bytes > MAX_FILE_BYTES) {
      return { kind: "too-big", path, bytes, added: bytes - Buffer.byteLength(before ?? "", "utf8"), markers } as const;
    }
  }
  return undefined;
}

/** The files whose rendering differs from what they hold. */
export function changedPaths(renderings: readonly FileRendering[]): string[] {
  return renderings.filter((rendering) => rendering.changed).map((rendering) => rendering.path);
}
