import { posix } from "node:path";
import {
  type CalendarDate,
  isValidLocale,
  isValidZone,
  meantFormat,
  nearestLocale,
  nearestZone,
  parseCalendarDate,
  parseYearlyDate,
  whyNoSuchDay,
} from "./engine/dates.js";
import type { NamedDate, Vocabulary } from "./engine/tokens.js";

/** Everything a run is told, validated and typed. Built only by `readSettings`. */
export interface Settings {
  /** Paths and globs (`!` excludes) from the repository root; empty: the README GitHub shows. */
  readonly files: readonly string[];
  /** Template-file mode: the template rendered into `output`; undefined otherwise. */
  readonly template: string | undefined;
  readonly output: string;
  readonly timezone: string;
  readonly locale: string;
  /** luxon format for DATE_PRETTY; luxon's DATE_HUGE when undefined. */
  readonly dateFormat: string | undefined;
  /** Named dates: a day (`LAUNCH=2024-05-01`) or a day every year (`BIRTHDAY=--12-25`). */
  readonly dates: ReadonlyMap<string, NamedDate>;
  /** Named dates the repository knows, read by the source: `V1=tag:v1.0.0`, `V2=release:v2.0.0`, `INCIDENT=label:incident`. */
  readonly repositoryDates: ReadonlyMap<string, RepositoryReference>;
  /** Overrides the source's REPO_START. */
  readonly repoStart: CalendarDate | undefined;
  readonly inclusive: boolean;
  /** Overrides the run's date. */
  readonly today: CalendarDate | undefined;
  readonly keepTokens: boolean;
  readonly commit: CommitMode;
  /** The branch to update; the triggering or default branch when undefined. */
  readonly branch: string | undefined;
  /** The branch that carries the pull request; `readme-counters/<base>` when undefined. */
  readonly pullRequestBranch: string | undefined;
  /** How the pull request is merged once its checks pass; not at all when undefined. */
  readonly autoMerge: MergeMethod | undefined;
  readonly commitMessage: string;
  /** The repository to update; the current one when undefined. */
  readonly repository: Repository | undefined;
  readonly token: string;
  readonly dryRun: boolean;
  readonly strict: boolean;
  /** When nothing is committed and the default branch has been quiet 50 days, re-enable this workflow (design section 11). */
  readonly keepAlive: boolean;
  /** How messages name the settings: the action's inputs, or the CLI's flags; given by readSettings' caller. */
  readonly vocabulary: Vocabulary;
}

/** The action's names for its settings: its inputs. */
export const ACTION_VOCABULARY: Vocabulary = { declareDate: (line) => `add ${line} to the dates input` };

/** The CLI's names for its settings: its flags. */
export const CLI_VOCABULARY: Vocabulary = { declareDate: (line) => `pass --dates ${line}` };

/**
 * `api`: one commit through GitHub's API; `none`: the workspace files, no commit;
 * `pull-request`: through one pull request; `auto`: a commit, or a pull request where the branch is guarded.
 */
export type CommitMode = "api" | "none" | "pull-request" | "auto";

export type MergeMethod = "merge" | "squash" | "rebase";

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/**
 * What a `dates` line names in the repository: a tag (its tagger's date, else
 * its commit's), a release (when it was published), or a label (when the
 * newest issue or pull request with it was opened).
 */
export interface RepositoryReference {
  readonly kind: "tag" | "release" | "label";
  readonly name: string;
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

export const DEFAULT_COMMIT_MESSAGE = "docs: update README counters";

/**
 * Reads every input through `get` (an input name to its raw text, "" when
 * unset) and validates them all before anything else runs. `vocabulary` is
 * how the caller's messages name the settings (the CLI's flags).
 */
export function readSettings(
  get: (name: string) => string,
  vocabulary = ACTION_VOCABULARY,
  /** Paths the caller has one by one already (the CLI's arguments), which are never split. */
  paths?: readonly string[],
): Settings {
  const value = (name: string) => get(name).trim();
  const optional = (name: string) => value(name) || undefined;

  const template = optional("template");
  const files = (paths ?? splitList(value("files"))).map((file) => repositoryPath("files", file, "docs/**/*.md"));
  if (template && files.length > 0) {
    throw new InputError("files", "set either files or template, not both", "README.md");
  }
  const output = repositoryPath("output", value("output") || "README.md", "README.md");
  const templatePath = template === undefined ? undefined : repositoryPath("template", template, "README.template.md");
  if (templatePath === output) {
    throw new InputError(
      "output",
      `"${output}" is the template itself, whose tokens the rendering would erase`,
      "README.md",
    );
  }

  const settings: Settings = {
    files,
    template: templatePath,
    output,
    timezone: timezone(value("timezone") || "UTC"),
    locale: locale(value("locale") || "en-US"),
    dateFormat: dateFormat(optional("date-format")),
    ...dates(value("dates")),
    repoStart: optionalDate("repo-start", optional("repo-start")),
    inclusive: boolean("inclusive", value("inclusive"), false),
    today: optionalDate("today", optional("today")),
    keepTokens: boolean("keep-tokens", value("keep-tokens"), true),
    commit: commitMode(value("commit") || "api"),
    branch: branch("branch", optional("branch")),
    pullRequestBranch: branch("pull-request-branch", optional("pull-request-branch")),
    autoMerge: autoMerge(optional("auto-merge")),
    commitMessage: commitMessage(get("commit-message")),
    repository: repository(optional("repository")),
    token: get("token"),
    dryRun: boolean("dry-run", value("dry-run"), false),
    strict: boolean("strict", value("strict"), false),
    keepAlive: boolean("keep-alive", value("keep-alive"), false),
    vocabulary,
  };
  if (settings.pullRequestBranch !== undefined && settings.pullRequestBranch === settings.branch) {
    throw new InputError(
      "pull-request-branch",
      `"${settings.pullRequestBranch}" is the branch the pull request goes into`,
      "readme-counters/main",
    );
  }
  if (settings.autoMerge && settings.commit !== "pull-request" && settings.commit !== "auto") {
    throw new InputError("auto-merge", `needs commit: pull-request or auto, not ${settings.commit}`, "squash");
  }
  if (settings.keepAlive && settings.commit === "none") {
    throw new InputError("keep-alive", "needs commit: api, pull-request or auto, which read GitHub, not none", "false");
  }
  if (settings.commit !== "none") {
    if (!settings.token) {
      throw new InputError("token", `is empty, and commit: ${settings.commit} needs one`, "${{ github.token }}");
    }
  }
  return Object.freeze(settings);
}

/** Items one a line or comma-separated; a comma inside braces belongs to a glob (`docs/{guides,api}/*.md`). */
function splitList(text: string): string[] {
  const items: string[] = [];
  let item = "";
  let braces = 0;
  for (const char of text) {
    if (char === "{") braces++;
    else if (char === "}") braces = Math.max(0, braces - 1);
    if (char === "\n" || (char === "," && braces === 0)) {
      items.push(item);
      item = "";
    } else {
      item += char;
    }
  }
  items.push(item);
  return items.map((entry) => entry.trim()).filter((entry) => entry !== "");
}

/** A relative path (or glob) that stays inside the repository, with forward slashes and no leading `./`. */
function repositoryPath(input: string, path: string, example: string): string {
  // `!pattern` excludes what the pattern names: the pattern is held to the same rules.
  const exclusion = input === "files" && path.startsWith("!") ? "!" : "";
  const normalised = path.slice(exclusion.length).replaceAll("\\", "/");
  if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
    throw new InputError(input, `"${path}" is absolute; give a path from the repository root`, example);
  }
  if (normalised.split("/").includes("..")) {
    throw new InputError(input, `"${path}" leaves the repository`, example);
  }
  if (normalised.includes("\0")) throw new InputError(input, "the path holds a NUL byte", example);
  // As the tree names it: `docs/./a.md` and `docs//a.md` are docs/a.md, which GitHub's API would not find otherwise.
  return exclusion + posix.normalize(normalised).replace(/^\.\//, "");
}

function timezone(zone: string): string {
  if (!isValidZone(zone)) {
    throw new InputError("timezone", `"${zone}" is not an IANA time zone`, nearestZone(zone) ?? "Europe/London");
  }
  return zone;
}

function locale(tag: string): string {
  if (!isValidLocale(tag)) {
    throw new InputError("locale", `"${tag}" is not a supported BCP 47 locale`, nearestLocale(tag) ?? "de-DE");
  }
  return tag;
}

function dateFormat(format: string | undefined): string | undefined {
  if (format === undefined) return undefined;
  if (format.includes("\n")) throw new InputError("date-format", "the format spans lines", "cccc, d LLLL yyyy");
  const meant = meantFormat(format);
  if (meant !== undefined) {
    throw new InputError(
      "date-format",
      `"${format}" is not a luxon date format (luxon would misread its letters)`,
      meant,
    );
  }
  return format;
}

const DATES_EXAMPLE = "LAUNCH=2024-05-01";
const REFERENCE_KINDS: ReadonlyArray<RepositoryReference["kind"]> = ["tag", "release", "label"];
const REFERENCE_EXAMPLES: Readonly<Record<RepositoryReference["kind"], string>> = {
  tag: "V1=tag:v1.0.0",
  release: "V2=release:v2.0.0",
  label: "INCIDENT=label:incident",
};

/** The `dates` lines: days and days of every year, and what the repository knows (`tag:`, `release:`, `label:`). */
function dates(text: string): Pick<Settings, "dates" | "repositoryDates"> {
  const declared = new Map<string, NamedDate>();
  const repositoryDates = new Map<string, RepositoryReference>();
  for (const line of splitList(text)) {
    const [, name, value] = /^([A-Z][A-Z0-9_]*)\s*=\s*(.+)$/.exec(line) ?? [];
    const reference = value === undefined ? null : /^([a-z]+):(.*)$/.exec(value);
    // What the repository names may hold spaces: a label's (`label:good first issue`).
    if (name === undefined || value === undefined || (!reference && /\s/.test(value))) {
      throw new InputError(
        "dates",
        `"${line}" is not NAME=YYYY-MM-DD (or NAME=--MM-DD for every year, or NAME=tag:…, release:… or label:…)`,
        DATES_EXAMPLE,
      );
    }
    if (name === "REPO_START" || name === "LATEST_RELEASE" || /^(NEXT|LAST)_/.test(name)) {
      throw new InputError("dates", `${name} is a name readme-counters gives itself`, DATES_EXAMPLE);
    }
    if (declared.has(name) || repositoryDates.has(name)) {
      throw new InputError("dates", `${name} is declared twice`, DATES_EXAMPLE);
    }
    if (reference)
      repositoryDates.set(name, repositoryReference(reference[1] as string, (reference[2] as string).trim()));
    else declared.set(name, value.startsWith("--") ? yearlyValue(value) : dateValue("dates", value, DATES_EXAMPLE));
  }
  return { dates: declared, repositoryDates };
}

/** `tag:v1.0.0`, `release:v2.0.0` or `label:incident`, as its kind and name. */
function repositoryReference(kind: string, name: string): RepositoryReference {
  const known = REFERENCE_KINDS.find((candidate) => candidate === kind);
  if (!known) {
    throw new InputError(
      "dates",
      `"${kind}:" is not a kind of date the repository knows: write tag:, release: or label:`,
      REFERENCE_EXAMPLES.tag,
    );
  }
  if (name === "")
    throw new InputError("dates", `${kind}: needs the ${kind}'s name after the colon`, REFERENCE_EXAMPLES[known]);
  return { kind: known, name };
}

/** `--MM-DD`, ISO 8601's month and day of no year in particular. */
function yearlyValue(text: string): NamedDate {
  if (!/^--\d{2}-\d{2}$/.test(text)) throw new InputError("dates", `"${text}" is not --MM-DD`, "BIRTHDAY=--12-25");
  const date = parseYearlyDate(text.slice(2));
  if (!date) {
    throw new InputError(
      "dates",
      `${text} is not a day of the year: ${whyNoSuchDay(text.slice(2))}`,
      "BIRTHDAY=--12-25",
    );
  }
  return date;
}

function optionalDate(input: string, text: string | undefined): CalendarDate | undefined {
  return text === undefined ? undefined : dateValue(input, text, "2025-08-18");
}

/** A `YYYY-MM-DD` that is a real day; a shape error and a day that does not exist get different lines. */
function dateValue(input: string, text: string, example: string): CalendarDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new InputError(input, `"${text}" is not a date YYYY-MM-DD`, example);
  const date = parseCalendarDate(text);
  if (!date) throw new InputError(input, `${text} is not a calendar date: ${whyNoSuchDay(text)}`, example);
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

const COMMIT_MODES: readonly CommitMode[] = ["api", "none", "pull-request", "auto"];

function commitMode(mode: string): CommitMode {
  const known = COMMIT_MODES.find((candidate) => candidate === mode);
  if (!known) throw new InputError("commit", `"${mode}" is not api, none, pull-request or auto`, "pull-request");
  return known;
}

const MERGE_METHODS: readonly MergeMethod[] = ["merge", "squash", "rebase"];

function autoMerge(method: string | undefined): MergeMethod | undefined {
  if (method === undefined) return undefined;
  const known = MERGE_METHODS.find((candidate) => candidate === method);
  if (!known) throw new InputError("auto-merge", `"${method}" is not merge, squash or rebase`, "squash");
  return known;
}

function commitMessage(text: string): string {
  if (text === "") return DEFAULT_COMMIT_MESSAGE;
  if (text.trim() === "") throw new InputError("commit-message", "the message is blank", DEFAULT_COMMIT_MESSAGE);
  return text.trim();
}

/** The rules of git check-ref-format, which GitHub applies to branch names. */
function branch(input: string, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const short = name.replace(/^refs\/heads\//, "");
  const bad =
    /[\s~^:?*[\\\0]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(short) ||
    short.split("/").some((part) => part.startsWith("."));
  if (bad)
    throw new InputError(
      input,
      `"${name}" is not a valid branch name`,
      input === "branch" ? "main" : "readme-counters/main",
    );
  return short;
}

function repository(text: string | undefined): Repository | undefined {
  if (text === undefined) return undefined;
  const [, owner, repo] = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text) ?? [];
  if (owner === undefined || repo === undefined || repo === "." || repo === "..") {
    throw new InputError("repository", `"${text}" is not owner/name`, "octocat/hello-world");
  }
  return { owner, repo };
}
