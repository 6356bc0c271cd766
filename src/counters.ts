import { calendarDateIn, type DateFormatter } from "./dates.js";
import { type Problem, type Rendering, render } from "./engine.js";
import type { Settings } from "./inputs.js";
import type { DateContext } from "./tokens.js";
import { needsParser } from "./zones.js";

/** When the repository started, as a source knows it, or why it does not. */
export type RepositoryStart = Date | { readonly unknown: string };

/** The files a run reads, as one consistent picture. */
export interface Snapshot {
  /** Path to text; undefined for a file that does not exist yet (a template's output). */
  readonly files: ReadonlyMap<string, string | undefined>;
  readonly repoStart: RepositoryStart;
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
function dateContext(
  settings: Settings,
  now: Date,
  repoStart: RepositoryStart,
  formatDate: DateFormatter | undefined,
): DateContext {
  return {
    today: settings.today ?? calendarDateIn(now, settings.timezone),
    locale: settings.locale,
    dateFormat: settings.dateFormat,
    formatDate,
    dates: settings.dates,
    repoStart:
      settings.repoStart ?? (repoStart instanceof Date ? calendarDateIn(repoStart, settings.timezone) : repoStart),
    inclusive: settings.inclusive,
  };
}

/** A `{{DATE:…}}` token, which needs luxon's format language. */
const DATE_FORMAT = /\{\{ *DATE:/;

/**
 * Renders every file of a snapshot; the core shared by the action and the
 * CLI. The markdown parser loads only when some block could hold code, a
 * link or HTML around a token; luxon only for a date format.
 */
export async function renderSnapshot(snapshot: Snapshot, settings: Settings, now: Date): Promise<FileRendering[]> {
  // Only a template's output may be missing (see Snapshot), and its text is never rendered.
  const template = settings.template && (snapshot.files.get(settings.template) as string);
  const texts = template === undefined ? ([...snapshot.files.values()] as string[]) : [template];
  const markdown = texts.some(needsParser) ? await import("./markdown.js") : undefined;
  const formats = texts.some((text) =>
    settings.dateFormat === undefined ? DATE_FORMAT.test(text) : text.includes("{{"),
  );
  const formatDate = formats ? (await import("./date-format.js")).formatDate : undefined;
  const context = dateContext(settings, now, snapshot.repoStart, formatDate);
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

/**
 * The problems that stop a run before anything is written: broken markers
 * and template blocks always, tokens left alone too with `strict`. Undefined
 * when the run may write; otherwise one line that says what and where.
 */
export function whyNothingIsWritten(renderings: readonly FileRendering[], strict: boolean): string | undefined {
  const stopping = renderings.flatMap(({ source, problems }) =>
    problems.filter((problem) => stops(problem.kind, strict)).map((problem) => ({ ...problem, source })),
  );
  const [first] = stopping;
  if (!first) return undefined;
  const more = stopping.length > 1 ? ` (and ${stopping.length - 1} more)` : "";
  const reason = first.kind === "broken" ? "mend it, then run again" : "strict is set";
  return (
    `${first.source}:${first.line}:${first.column}: ${first.text}: ${first.message.split("\n")[0]}${more}; ` +
    `nothing was written (${reason})`
  );
}

/** Whether a problem of this kind stops the run: broken always; left alone with strict. */
export function stops(kind: Problem["kind"], strict: boolean): boolean {
  return kind === "broken" || (strict && kind === "left-alone");
}

/** The problems about one token text, for one reason, in one file: said once, with every place. */
export interface ProblemGroup {
  readonly file: string;
  readonly text: string;
  readonly message: string;
  readonly kind: Problem["kind"];
  readonly places: ReadonlyArray<{ readonly line: number; readonly column: number }>;
}

/** A README with a typo in 25 places gets one warning about it, not 25. */
export function problemGroups(renderings: readonly FileRendering[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { places: Array<{ line: number; column: number }> }>();
  for (const { source, problems } of renderings) {
    for (const { text, message, kind, line, column } of problems) {
      const key = JSON.stringify([source, text, message, kind]);
      const group = groups.get(key) ?? { file: source, text, message, kind, places: [] };
      groups.set(key, group);
      group.places.push({ line, column });
    }
  }
  return [...groups.values()];
}
