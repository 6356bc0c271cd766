import {
  asksForTime,
  type CalendarDate,
  daysBetween,
  durationBetween,
  formatDate,
  isCalendarDate,
  isoDate,
  meantFormat,
  occurrence,
  parseCalendarDate,
  parseYearlyDate,
  prettyDate,
  wholeUnitsBetween,
  whyNoSuchDay,
  type YearlyDate,
} from "./dates.js";
import { nearestName } from "./nearest.js";

/** A date a token can name: a day, or a month and day that comes back every year. */
export type NamedDate = CalendarDate | YearlyDate;

/** A date the source could not tell, and why: said after the date's name (`LATEST_RELEASE: …`). */
export interface UnknownDate {
  readonly unknown: string;
}

/** Everything a token's value depends on. */
export interface DateContext {
  readonly today: CalendarDate;
  readonly locale: string;
  /** luxon format for DATE_PRETTY; luxon's DATE_HUGE when undefined. */
  readonly dateFormat: string | undefined;
  /** Dates declared in the `dates` input, by NAME; those the repository knows (`tag:`…) as the source read them. */
  readonly dates: ReadonlyMap<string, NamedDate | UnknownDate>;
  /** The repository's creation date in the zone, or why it is unknown. */
  readonly repoStart: CalendarDate | UnknownDate;
  /** When the latest release (not a draft, not a pre-release) was published, in the zone, or why it is unknown. */
  readonly latestRelease: CalendarDate | UnknownDate;
  /** Day counts include both ends: the start date is day 1. */
  readonly inclusive: boolean;
  /** How messages tell the person running readme-counters to set something: the action's inputs, the CLI's flags. */
  readonly vocabulary: Vocabulary;
}

/** How the shell that runs readme-counters names its settings, for messages that say what to set. */
export interface Vocabulary {
  /** How to declare a date, given its line `NAME=2024-05-01`: "add NAME=2024-05-01 to the dates input". */
  readonly declareDate: (line: string) => string;
}

/** A token as written: `{{NAME}}` or `{{NAME:ARG}}`. */
export interface Token {
  readonly name: string;
  readonly arg?: string;
}

export type Evaluation =
  | { readonly value: string; readonly warning?: string }
  /**
   * `broken`: the token can never be written, whatever the date: a person must mend it.
   * `unknown`: no token has this NAME.
   */
  | { readonly error: string; readonly broken?: boolean; readonly unknown?: boolean };

/**
 * `{{` optional spaces, NAME, optional `:ARG`, optional spaces, `}}`.
 * NAME may end in an ISO date with dashes (`DAYS_SINCE_2025-08-18`). ARG
 * excludes braces and newlines and takes the trailing spaces itself (they
 * are trimmed later): so no match attempt runs past the next brace or
 * backtracks over a run of spaces, and the scan stays linear on text such as
 * `{{{{{{…` or `{{A:` followed by a megabyte of spaces.
 */
export const TOKEN_SOURCE = String.raw`\{\{ *([A-Z][A-Z0-9_]*(?:-\d\d-\d\d)?)(?::([^{}\n]*)| *)\}\}`;

// A name holds no line break, so `.+` runs to its end.
const COUNT = /^(DAYS?|WEEKS|MONTHS|YEARS|DURATION)_(SINCE|UNTIL)_(.+)/;
const RELATIVE = /^RELATIVE_(.+)/;
const UNITS = { DAY: "day", DAYS: "day", WEEKS: "week", MONTHS: "month", YEARS: "year" } as const;
const WHOLE_UNITS = { WEEKS: "weeks", MONTHS: "months", YEARS: "years" } as const;
type CountUnit = keyof typeof UNITS;
const STYLES = ["number", "long", "narrow"] as const;
type Style = (typeof STYLES)[number];

export function evaluate(token: Token, context: DateContext): Evaluation {
  const { name, arg } = token;
  if (name === "DATE") return arg === undefined ? { value: isoDate(context.today) } : dateWithFormat(arg, context);
  const count = COUNT.exec(name);
  if (count) {
    const [, unit, direction, dateName] = count as unknown as [string, CountUnit | "DURATION", string, string];
    return evaluateCount(unit, direction, dateName, arg, context);
  }
  if (arg !== undefined) return { error: `${name} takes no ":" argument` };
  if (name === "DATE_PRETTY") {
    return context.dateFormat === undefined
      ? { value: prettyDate(context.today, context.locale) }
      : formatted(context.dateFormat, context);
  }
  const relative = RELATIVE.exec(name);
  if (relative) {
    const date = resolveDate(relative[1] as string, context, "next");
    if ("error" in date) return date;
    return { value: relativeDay(daysBetween(context.today, date.date), context.locale) };
  }
  const nearest = nearestName(name, knownTokens(name));
  return { error: `unknown token ${name}${nearest ? `; did you mean {{${nearest}}}?` : ""}`, unknown: true };
}

function dateWithFormat(format: string, context: DateContext): Evaluation {
  const trimmed = format.trim();
  if (trimmed === "") return { error: "DATE: needs a format after the colon, e.g. {{DATE:dd LLL yyyy}}" };
  // A marker keeps the token inside an HTML comment, where "--" would end it early.
  if (trimmed.includes("--")) {
    return {
      error: `the DATE format "${trimmed}" contains "--", which cannot stand in a marker's HTML comment`,
      broken: true,
    };
  }
  const meant = meantFormat(trimmed);
  if (meant !== undefined) {
    const misread = formatDate(context.today, trimmed, context.locale);
    const why = asksForTime(trimmed) ? " (a date has no time of day)" : "";
    return {
      error: `"${trimmed}" is not a luxon date format: luxon would write "${misread}"${why}; did you mean {{DATE:${meant}}}?`,
    };
  }
  return formatted(trimmed, context);
}

function formatted(pattern: string, context: DateContext): Evaluation {
  return { value: formatDate(context.today, pattern, context.locale) };
}

function evaluateCount(
  unit: CountUnit | "DURATION",
  direction: string,
  dateName: string,
  arg: string | undefined,
  context: DateContext,
): Evaluation {
  const style = arg?.trim();
  if (unit === "DURATION" && style !== undefined)
    return { error: "DURATION already counts in words, so it takes no style" };
  if (style !== undefined && !isStyle(style)) {
    const nearest = nearestName(style, STYLES);
    return {
      error: `unknown style "${style}"${nearest ? ` (did you mean :${nearest}?)` : ""}: write :number, :long or :narrow`,
    };
  }
  const since = direction === "SINCE";
  const resolved = resolveDate(dateName, context, since ? "last" : "next");
  if ("error" in resolved) return resolved;
  if (resolved.yearly && unit !== "DAY" && unit !== "DAYS") {
    return {
      error: `${dateName} comes back every year, so ${unit.toLowerCase()} since or until it mean nothing; an age needs the full date (${dateName}=1990-12-25)`,
    };
  }
  const [from, to] = since ? [resolved.date, context.today] : [context.today, resolved.date];
  const days = daysBetween(from, to);
  if (days < 0) {
    const zero =
      unit === "DURATION" ? durationBetween(from, from, context.locale) : formatCount(0, unit, style, context.locale);
    return { value: zero, warning: `${dateName} is ${since ? "in the future" : "in the past"}, so it counts as 0` };
  }
  if (unit === "DURATION") return { value: durationBetween(from, to, context.locale) };
  const amount =
    unit === "DAY" || unit === "DAYS"
      ? context.inclusive
        ? days + 1
        : days
      : wholeUnitsBetween(from, to, WHOLE_UNITS[unit]);
  return { value: formatCount(amount, unit, style, context.locale) };
}

function isStyle(style: string): style is Style {
  return (STYLES as readonly string[]).includes(style);
}

/** A count as written with no style (`1002`), or in the locale's numbers (`1,002`) and units (`1,002 days`, `1,002d`). */
function formatCount(amount: number, unit: CountUnit, style: Style | undefined, locale: string): string {
  if (style === undefined) return String(amount);
  return formatter(locale, style, UNITS[unit]).format(amount);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, style: Style, unit: string): Intl.NumberFormat {
  const key = `${locale} ${style} ${unit}`;
  let found = formatters.get(key);
  if (!found) {
    found =
      style === "number"
        ? new Intl.NumberFormat(locale)
        : new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: style });
    formatters.set(key, found);
  }
  return found;
}

/** A day seen from today, in the locale: `in 28 days`, `tomorrow`, `today`, `yesterday`, `3 days ago`. */
function relativeDay(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
}

type Resolved = { readonly date: CalendarDate; readonly yearly: boolean } | { readonly error: string };

/**
 * The date a token names; a yearly one at its next or last occurrence, as
 * the token counts toward or from it. `NEXT_` and `LAST_` name the next or
 * last occurrence of a month and day (`NEXT_12_25`) or of a named date's
 * (`NEXT_BIRTHDAY`, `LAST_REPO_START`): a date that comes back every year, or
 * a full date's anniversary.
 */
function resolveDate(dateName: string, context: DateContext, which: "next" | "last"): Resolved {
  // A name starts with a letter: one that starts with a digit is a date.
  if (/^\d/.test(dateName)) {
    const date = parseCalendarDate(dateName);
    if (date) return { date, yearly: false };
    const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(dateName);
    const form = digits ? digits.slice(1).join("_") : "YYYY_MM_DD, e.g. 2025_08_18";
    const why = whyNoSuchDay(dateName);
    return { error: `${dateName} is not a calendar date${why ? `: ${why}` : ` (write ${form})`}` };
  }
  const anniversary = /^(NEXT|LAST)_(.*)/.exec(dateName);
  if (anniversary) {
    const [, direction, around] = anniversary as unknown as [string, "NEXT" | "LAST", string];
    const date = /^(?:\d|$)/.test(around) ? parseYearlyDate(around) : namedDate(around, context);
    if (date === undefined) {
      const why = whyNoSuchDay(around);
      const form = ` (write ${direction}_MM_DD, e.g. ${direction}_12_25)`;
      return { error: `${dateName} is not a day of the year${why ? `: ${why}` : form}` };
    }
    if ("error" in date) return date;
    return { date: occurrence(date, context.today, direction === "NEXT" ? "next" : "last"), yearly: false };
  }
  const date = namedDate(dateName, context);
  if ("error" in date) return date;
  return isCalendarDate(date)
    ? { date, yearly: false }
    : { date: occurrence(date, context.today, which), yearly: true };
}

/** REPO_START, LATEST_RELEASE or a date declared in the `dates` input. */
function namedDate(name: string, context: DateContext): NamedDate | { readonly error: string } {
  if (name === "REPO_START") {
    const start = context.repoStart;
    return "unknown" in start ? { error: `the repository's start date is unknown: ${start.unknown}` } : start;
  }
  const declared = name === "LATEST_RELEASE" ? context.latestRelease : context.dates.get(name);
  if (declared !== undefined) return "unknown" in declared ? { error: `${name}: ${declared.unknown}` } : declared;
  const nearest = nearestName(name, ["REPO_START", "LATEST_RELEASE", ...context.dates.keys()]);
  const suggestion = nearest ? `; did you mean ${nearest}?` : "";
  return {
    error: `unknown date ${name}${suggestion} (to declare it, ${context.vocabulary.declareDate(`${name}=2024-05-01`)})`,
  };
}

/** The names a mistyped token name was most likely meant as: each kind of token, keeping the name's date part. */
function knownTokens(name: string): string[] {
  const parts = name.split("_");
  const tails = [1, 2].map((drop) => parts.slice(drop).join("_")).filter(Boolean);
  const prefixes = [
    ...["DAYS", "DAY", "WEEKS", "MONTHS", "YEARS", "DURATION"].flatMap((unit) => [`${unit}_SINCE`, `${unit}_UNTIL`]),
    "RELATIVE",
  ];
  return ["DATE", "DATE_PRETTY", ...prefixes.flatMap((prefix) => tails.map((tail) => `${prefix}_${tail}`))];
}
