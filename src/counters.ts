import { calendarDateIn } from "./dates.js";
import type { Rendering } from "./engine.js";
import type { Settings } from "./inputs.js";
import type { BlockParser } from "./markdown.js";
import type { DateContext } from "./tokens.js";

/** The files a run reads, as one consistent picture. */
export interface Snapshot {
  /** Path to text; undefined for a file that does not exist yet (a template's output). */
  readonly files: ReadonlyMap<string, string | undefined>;
  /** When the repository was created, when known. */
  readonly createdAt?: Date | undefined;
}

export interface FileRendering extends Rendering {
  /** The file written. */
  readonly path: string;
  /** The file the tokens were read from, where problems point: the template in template-file mode. */
  readonly source: string;
  /** The text before the run; undefined when the file is new. */
  readonly before: string | undefined;
}

/** The paths a run reads: the template and its output, or the files. */
export function pathsToRead(settings: Settings, files: readonly string[]): string[] {
  return settings.template ? [settings.template, settings.output] : [...files];
}

/** "Today" and every date a token can name, in the run's zone and locale. */
export function dateContext(settings: Settings, now: Date, createdAt: Date | undefined): DateContext {
  return {
    today: settings.today ?? calendarDateIn(now, settings.timezone),
    locale: settings.locale,
    dateFormat: settings.dateFormat,
    dates: settings.dates,
    repoStart: settings.repoStart ?? (createdAt && calendarDateIn(createdAt, settings.timezone)),
    inclusive: settings.inclusive,
  };
}

/**
 * Renders every file of a snapshot; the core shared by the action and the
 * CLI. The engine and its markdown parser are loaded only when some file
 * could hold a token or a marker.
 */
export async function renderSnapshot(
  snapshot: Snapshot,
  settings: Settings,
  context: DateContext,
  parseLarge?: BlockParser,
): Promise<FileRendering[]> {
  const texts = settings.template ? [snapshot.files.get(settings.template)] : [...snapshot.files.values()];
  const needsEngine = texts.some((text) => text?.includes("{{") || text?.includes("<!--"));
  const engine = needsEngine ? await import("./engine.js") : undefined;
  const renderText = (text: string, keepTokens: boolean): Rendering =>
    engine
      ? engine.render(text, context, { keepTokens, parseLarge })
      : { text, changed: false, replacements: [], problems: [] };

  if (settings.template) {
    const before = snapshot.files.get(settings.output);
    const rendering = renderText(snapshot.files.get(settings.template) ?? "", false);
    return [
      { ...rendering, changed: rendering.text !== before, path: settings.output, source: settings.template, before },
    ];
  }
  return [...snapshot.files].map(([path, before]) => ({
    ...renderText(before ?? "", settings.keepTokens),
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
    problems
      .filter((problem) => problem.kind === "broken" || (strict && problem.kind === "left-alone"))
      .map((problem) => ({ ...problem, source })),
  );
  const first = stopping[0];
  if (!first) return undefined;
  const more = stopping.length > 1 ? ` (and ${stopping.length - 1} more)` : "";
  const reason = first.kind === "broken" ? "mend it, then run again" : "strict is set";
  return (
    `${first.source}:${first.line}:${first.column}: ${first.text}: ${first.message.split("\n")[0]}${more}; ` +
    `nothing was written (${reason})`
  );
}
