import {
  type CalendarDate,
  daysBetween,
  durationBetween,
  formatDate,
  isoDate,
  parseCalendarDate,
  prettyDate,
  wholeUnitsBetween,
} from "./dates.js";

/** Everything a token's value depends on. */
export interface DateContext {
  readonly today: CalendarDate;
  readonly locale: string;
  /** luxon format for DATE_PRETTY; luxon's DATE_HUGE when undefined. */
  readonly dateFormat: string | undefined;
  /** Dates declared in the `dates` input, by NAME. */
  readonly dates: ReadonlyMap<string, CalendarDate>;
  /** The repository's creation date in the zone, or why it is unknown. */
  readonly repoStart: CalendarDate | { readonly unknown: string };
  /** Day counts include both ends: the start date is day 1. */
  readonly inclusive: boolean;
}

/** A token as written: `{{NAME}}` or `{{NAME:ARG}}`. */
export interface Token {
  readonly name: string;
  readonly arg?: string;
}

export type Evaluation =
  | { readonly value: string; readonly warning?: string }
  /** `broken`: the token can never be written, whatever the date: a person must mend it. */
  | { readonly error: string; readonly broken?: boolean };

/**
 * `{{` optional spaces, NAME, optional `:ARG`, optional spaces, `}}`.
 * NAME may end in an ISO date with dashes (`DAYS_SINCE_2025-08-18`). ARG
 * excludes braces and newlines and takes the trailing spaces itself (they
 * are trimmed later): so no match attempt runs past the next brace or
 * backtracks over a run of spaces, and the scan stays linear on text such as
 * `{{{{{{…` or `{{A:` followed by a megabyte of spaces.
 */
export const TOKEN_SOURCE = String.raw`\{\{ *([A-Z][A-Z0-9_]*(?:-\d\d-\d\d)?)(?::([^{}\n]*)| *)\}\}`;

const COUNTER = /^(DAYS?|WEEKS|MONTHS|YEARS|DURATION)_(SINCE|UNTIL)_(.+)$/;

export function evaluate(token: Token, context: DateContext): Evaluation {
  const { name, arg } = token;
  if (name === "DATE") {
    if (arg === undefined) return { value: isoDate(context.today) };
    return dateWithFormat(arg, context);
  }
  if (arg !== undefined) return { error: `${name} takes no ":" argument` };
  if (name === "DATE_PRETTY") {
    return context.dateFormat === undefined
      ? { value: prettyDate(context.today, context.locale) }
      : { value: formatDate(context.today, context.dateFormat, context.locale) };
  }
  const counter = COUNTER.exec(name);
  if (!counter) return { error: `unknown token ${name}` };
  const [, unit, direction, dateName] = counter as unknown as [string, string, string, string];
  const date = resolveDate(dateName, context);
  if ("error" in date) return date;
  return direction === "SINCE" ? since(unit, date.date, dateName, context) : until(unit, date.date, context);
}

function dateWithFormat(format: string, context: DateContext): Evaluation {
  const trimmed = format.trim();
  if (trimmed === "") return { error: "DATE: needs a format after the colon, e.g. {{DATE:dd LLL yyyy}}" };
  // A marker keeps the token inside an HTML comment, where "--" would end it early.
  if (trimmed.includes("--"))
    return {
      error: `the DATE format "${trimmed}" contains "--", which cannot stand in a marker's HTML comment`,
      broken: true,
    };
  return { value: formatDate(context.today, trimmed, context.locale) };
}

function resolveDate(dateName: string, context: DateContext): { date: CalendarDate } | { error: string } {
  if (/^\d{4}[-_]/.test(dateName)) {
    const date = parseCalendarDate(dateName);
    return date ? { date } : { error: `${dateName} is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)` };
  }
  if (dateName === "REPO_START") {
    const start = context.repoStart;
    return "unknown" in start ? { error: `the repository's start date is unknown: ${start.unknown}` } : { date: start };
  }
  const declared = context.dates.get(dateName);
  return declared
    ? { date: declared }
    : { error: `unknown date ${dateName}: declare it in dates (${dateName}=2024-05-01)` };
}

function since(unit: string, date: CalendarDate, dateName: string, context: DateContext): Evaluation {
  const days = daysBetween(date, context.today);
  if (days < 0) {
    return {
      value: unit === "DURATION" ? durationBetween(date, date, context.locale) : "0",
      warning: `${dateName} is in the future, so it counts as 0`,
    };
  }
  return { value: count(unit, date, context.today, days, context) };
}

function until(unit: string, date: CalendarDate, context: DateContext): Evaluation {
  const days = daysBetween(context.today, date);
  if (days < 0) return { value: unit === "DURATION" ? durationBetween(date, date, context.locale) : "0" };
  return { value: count(unit, context.today, date, days, context) };
}

function count(unit: string, from: CalendarDate, to: CalendarDate, days: number, context: DateContext): string {
  switch (unit) {
    case "DAY":
    case "DAYS":
      return String(context.inclusive ? days + 1 : days);
    case "WEEKS":
      return String(wholeUnitsBetween(from, to, "weeks"));
    case "MONTHS":
      return String(wholeUnitsBetween(from, to, "months"));
    case "YEARS":
      return String(wholeUnitsBetween(from, to, "years"));
    default:
      return durationBetween(from, to, context.locale);
  }
}
