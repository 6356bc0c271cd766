/*
 * Calendar dates, and what the counters do with them, on the platform's own
 * Date and Intl. luxon, which does all this and more, takes some 25 ms of a
 * run's start to load; it is loaded only for `DATE:FORMAT` and the
 * `date-format` input, whose pattern language is its own (date-format.ts).
 * Where these functions and luxon could disagree (months, years, durations,
 * DATE_HUGE), tests/dates.test.ts holds them to luxon's answers.
 */

/** A day of the calendar, with no time of day and no zone: counting between two never meets a daylight-saving change. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A month and day that comes back every year: a birthday, a holiday. */
export interface YearlyDate {
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

/** The date, when the year, month and day make one. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const at = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999; no date here is that old.
  if (year < 100 || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return undefined;
  return Object.freeze({ year, month, day });
}

/** `2025-08-18` or `2025_08_18` as a calendar date; undefined when malformed or not a real day. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})([-_])(\d{2})\2(\d{2})$/.exec(text);
  return match ? calendarDate(Number(match[1]), Number(match[3]), Number(match[4])) : undefined;
}

/** Whether a date is a calendar date (a day of a year) rather than a yearly one. */
export function isCalendarDate(date: CalendarDate | YearlyDate): date is CalendarDate {
  return "year" in date;
}

/** `12-25` or `12_25` as a month and day of some year (29 February included); undefined otherwise. */
export function parseYearlyDate(text: string): YearlyDate | undefined {
  const match = /^(\d{2})[-_](\d{2})$/.exec(text);
  if (!match) return undefined;
  const [month, day] = [Number(match[1]), Number(match[2])];
  // 2000 is a leap year, so every day that any year has is valid in it.
  return calendarDate(2000, month, day) ? { month, day } : undefined;
}

/**
 * The occurrence of a yearly date on or after `today` ("next") or on or
 * before it ("last"); today itself when it falls today. 29 February falls
 * on the 28th in a common year.
 */
export function occurrence(date: YearlyDate, today: CalendarDate, which: "next" | "last"): CalendarDate {
  const inYear = (year: number) =>
    calendarDate(year, date.month, date.day) ?? { year, month: date.month, day: date.day - 1 };
  const thisYear = inYear(today.year);
  const offset = daysBetween(today, thisYear);
  if (which === "next") return offset < 0 ? inYear(today.year + 1) : thisYear;
  return offset > 0 ? inYear(today.year - 1) : thisYear;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date that `instant` falls on as seen in `zone`. */
export function calendarDateIn(instant: Date, zone: string): CalendarDate {
  if (zone === "UTC")
    return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric" });
    zoneFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0 };
}

export function isValidZone(zone: string): boolean {
  // UTC, the default, needs no time-zone database: asking Intl about it costs a run's start some 30 ms.
  if (zone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isValidLocale(locale: string): boolean {
  // en-US, the default, is always there; asking Intl loads locale data, some 20 ms of a run's start.
  if (locale === "en-US") return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** `months` calendar months after `date`, on the month's last day where it is shorter (31 January + 1 month = 28 February). */
function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + date.month - 1 + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, length) };
}

/** Whole calendar months from `from` to `to` (to on or after from): a month is whole once its day comes. */
function wholeMonths(from: CalendarDate, to: CalendarDate): number {
  const months = (to.year - from.year) * 12 + to.month - from.month;
  return daysBetween(addMonths(from, months), to) < 0 ? months - 1 : months;
}

/** Whole weeks, calendar months or years from `from` to `to` (to on or after from; never rounded up). */
export function wholeUnitsBetween(from: CalendarDate, to: CalendarDate, unit: "weeks" | "months" | "years"): number {
  if (unit === "weeks") return Math.floor(daysBetween(from, to) / 7);
  const months = wholeMonths(from, to);
  return unit === "months" ? months : Math.floor(months / 12);
}

/**
 * `1 year, 3 months, 9 days` in the locale, leaving out the units that are
 * zero: the whole calendar months from `from`, as years and months, then the
 * days after them, as luxon counts and Duration.toHuman says them (no
 * thousands separators, a narrow list).
 */
export function durationBetween(from: CalendarDate, to: CalendarDate, locale: string): string {
  const months = wholeMonths(from, to);
  const years = Math.floor(months / 12);
  const days = daysBetween(addMonths(from, months), to);
  const amounts = (
    [
      ["year", years],
      ["month", months - years * 12],
      ["day", days],
    ] as const
  ).filter(([, amount]) => amount !== 0);
  const parts = (amounts.length > 0 ? amounts : [["day", 0] as const]).map(([unit, amount]) =>
    new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long", useGrouping: false }).format(amount),
  );
  return new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }).format(parts);
}

/** The date as luxon's DATE_HUGE shows it in the locale: `Friday, November 27, 2026`. */
export function prettyDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "long",
    timeZone: "UTC",
  }).format(Date.UTC(date.year, date.month - 1, date.day));
}

/** `2026-11-27`. */
export function isoDate(date: CalendarDate): string {
  const pad = (value: number, length: number) => String(value).padStart(length, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** A luxon `toFormat` pattern, in the locale (date-format.ts). */
export type DateFormatter = (date: CalendarDate, pattern: string, locale: string) => string;
