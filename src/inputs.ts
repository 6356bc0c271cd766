import { type CalendarDate, isValidLocale, isValidZone, parseCalendarDate } from "./dates.js";

/** Everything a run is told, validated and typed. Built only by `readSettings`. */
export interface Settings {
  /** Paths or globs from the repository root. */
  readonly files: readonly string[];
  /** Template-file mode: the template rendered into `output`. */
  readonly template?: string | undefined;
  readonly output: string;
  readonly timezone: string;
  readonly locale: string;
  readonly dateFormat?: string | undefined;
  readonly dates: ReadonlyMap<string, CalendarDate>;
  readonly repoStart?: CalendarDate | undefined;
  readonly inclusive: boolean;
  readonly today?: CalendarDate | undefined;
  readonly keepTokens: boolean;
  readonly commit: "api" | "none";
  readonly branch?: string | undefined;
  readonly commitMessage: string;
  readonly repository?: { readonly owner: string; readonly repo: string } | undefined;
  readonly token: string;
  readonly dryRun: boolean;
  readonly strict: boolean;
}

/** A bad value for one input: names it and shows a value that would work. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
    readonly example: string,
  ) {
    super(`Input "${input}": ${reason}. For example: ${input}: ${example}`);
    this.name = "InputError";
  }
}

const DEFAULT_FILES = "README.md";

/**
 * Reads every input through `get` (an input name to its raw text, "" when
 * unset) and validates them all before anything else runs.
 */
export function readSettings(get: (name: string) => string): Settings {
  const value = (name: string) => get(name).trim();
  const optional = (name: string) => value(name) || undefined;

  const template = optional("template");
  const filesText = value("files") || DEFAULT_FILES;
  if (template && filesText !== DEFAULT_FILES) {
    throw new InputError("files", "set either files or template, not both", DEFAULT_FILES);
  }
  const files = splitList(filesText).map((file) => repositoryPath("files", file, "docs/*.md"));
  if (files.length === 0) throw new InputError("files", "no file given", DEFAULT_FILES);

  const settings: Settings = {
    files,
    template: template && repositoryPath("template", template, "README.template.md"),
    output: repositoryPath("output", value("output") || "README.md", "README.md"),
    timezone: timezone(value("timezone") || "UTC"),
    locale: locale(value("locale") || "en-US"),
    dateFormat: dateFormat(optional("date-format")),
    dates: dates(value("dates")),
    repoStart: optionalDate("repo-start", optional("repo-start")),
    inclusive: boolean("inclusive", value("inclusive"), false),
    today: optionalDate("today", optional("today")),
    keepTokens: boolean("keep-tokens", value("keep-tokens"), true),
    commit: commitMode(value("commit") || "api"),
    branch: branch(optional("branch")),
    commitMessage: commitMessage(get("commit-message")),
    repository: repository(optional("repository")),
    token: get("token"),
    dryRun: boolean("dry-run", value("dry-run"), false),
    strict: boolean("strict", value("strict"), false),
  };
  if (settings.commit === "api") {
    const glob = settings.files.find(isGlob);
    if (glob)
      throw new InputError(
        "files",
        `"${glob}" is a glob, which needs commit: none; with commit: api list the paths`,
        "README.md, docs/intro.md",
      );
    if (!settings.token) throw new InputError("token", "is empty, and commit: api needs one", "${{ github.token }}");
  }
  return Object.freeze(settings);
}

/**
 * Whether a path is a glob. A plain test rather than tinyglobby's, so that a
 * run without globs never loads the glob matcher.
 */
export function isGlob(path: string): boolean {
  return /[*?[\]{}()!]/.test(path);
}

function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** A relative path (or glob) that stays inside the repository. */
function repositoryPath(input: string, path: string, example: string): string {
  const normalised = path.replaceAll("\\", "/");
  if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
    throw new InputError(input, `"${path}" is absolute; give a path from the repository root`, example);
  }
  if (normalised.split("/").includes("..")) {
    throw new InputError(input, `"${path}" leaves the repository`, example);
  }
  if (normalised.includes("\0")) throw new InputError(input, "the path holds a NUL byte", example);
  return normalised.replace(/^(\.\/)+/, "");
}

function timezone(zone: string): string {
  if (!isValidZone(zone)) {
    throw new InputError("timezone", `"${zone}" is not an IANA time zone`, "Europe/London");
  }
  return zone;
}

function locale(tag: string): string {
  if (!isValidLocale(tag)) throw new InputError("locale", `"${tag}" is not a supported BCP 47 locale`, "de-DE");
  return tag;
}

function dateFormat(format: string | undefined): string | undefined {
  if (format?.includes("\n")) throw new InputError("date-format", "the format spans lines", "cccc, d LLLL yyyy");
  return format;
}

function dates(text: string): Map<string, CalendarDate> {
  const declared = new Map<string, CalendarDate>();
  for (const line of splitList(text)) {
    const match = /^([A-Z][A-Z0-9_]*)\s*=\s*(\S+)$/.exec(line);
    const date = match && parseCalendarDate(match[2] as string);
    if (!match || !date || match[2]?.includes("_")) {
      throw new InputError("dates", `"${line}" is not NAME=YYYY-MM-DD`, "LAUNCH=2024-05-01");
    }
    const name = match[1] as string;
    if (name === "REPO_START" || /^\d/.test(name)) {
      throw new InputError("dates", `${name} is a reserved name`, "LAUNCH=2024-05-01");
    }
    declared.set(name, date);
  }
  return declared;
}

function optionalDate(input: string, text: string | undefined): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseCalendarDate(text) : undefined;
  if (!date) throw new InputError(input, `"${text}" is not a date YYYY-MM-DD`, "2025-08-18");
  return date;
}

// The same words as @actions/core's getBooleanInput (YAML 1.2 core schema).
const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

function boolean(input: string, text: string, fallback: boolean): boolean {
  if (text === "") return fallback;
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new InputError(input, `"${text}" is not true or false`, String(!fallback));
}

function commitMode(mode: string): "api" | "none" {
  if (mode !== "api" && mode !== "none") throw new InputError("commit", `"${mode}" is not api or none`, "none");
  return mode;
}

function commitMessage(text: string): string {
  if (text === "") return "docs: update README counters";
  if (text.trim() === "")
    throw new InputError("commit-message", "the message is blank", "docs: update README counters");
  return text.trim();
}

/** The rules of git check-ref-format, which GitHub applies to branch names. */
function branch(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const short = name.replace(/^refs\/heads\//, "");
  const bad =
    /[\s~^:?*[\\\0]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(short) ||
    short.split("/").some((part) => part.startsWith("."));
  if (bad) throw new InputError("branch", `"${name}" is not a valid branch name`, "main");
  return short;
}

function repository(text: string | undefined): { owner: string; repo: string } | undefined {
  if (text === undefined) return undefined;
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text);
  if (!match || match[2] === "." || match[2] === "..") {
    throw new InputError("repository", `"${text}" is not owner/name`, "octocat/hello-world");
  }
  return { owner: match[1] as string, repo: match[2] as string };
}
