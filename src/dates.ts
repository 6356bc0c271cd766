import { DateTime, Duration, type DurationUnit, IANAZone } from "luxon";

/**
 * A calendar date with no time of day. It is held as midnight UTC so that
 * arithmetic between two of them counts calendar days and never meets a
 * daylight-saving change.
 */
export type CalendarDate = DateTime<true>;

const ISO_DATE = /^(\d{4})([-_])(\d{2})\2(\d{2})$/;

/** `2025-08-18` or `2025_08_18` as a calendar date; undefined when malformed or not a real day. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = DateTime.utc(Number(match[1]), Number(match[3]), Number(match[4]));
  return date.isValid ? date : undefined;
}

/** Whether a date is a calendar date (a day of a year) rather than a yearly one. */
export function isCalendarDate(date: CalendarDate | YearlyDate): date is CalendarDate {
  return date instanceof DateTime;
}

/** A month and day that comes back every year: a birthday, a holiday. */
export interface YearlyDate {
  readonly month: number;
  readonly day: number;
}

/** `12-25` or `12_25` as a month and day of some year (29 February included); undefined otherwise. */
export function parseYearlyDate(text: string): YearlyDate | undefined {
  const match = /^(\d{2})[-_](\d{2})$/.exec(text);
  if (!match) return undefined;
  const [month, day] = [Number(match[1]), Number(match[2])];
  // 2000 is a leap year, so every day that any year has is valid in it.
  return DateTime.utc(2000, month, day).isValid ? { month, day } : undefined;
}

/**
 * The occurrence of a yearly date on or after `today` ("next") or on or
 * before it ("last"); today itself when it falls today. 29 February falls
 * on the 28th in a common year.
 */
export function occurrence(date: YearlyDate, today: CalendarDate, which: "next" | "last"): CalendarDate {
  const inYear = (year: number) => {
    const day = date.month === 2 && date.day === 29 && !DateTime.utc(year, 2, 29).isValid ? 28 : date.day;
    return DateTime.utc(year, date.month, day) as CalendarDate;
  };
  const thisYear = inYear(today.year);
  if (which === "next") return thisYear < today ? inYear(today.year + 1) : thisYear;
  return thisYear > today ? inYear(today.year - 1) : thisYear;
}

/** The calendar date that `instant` falls on as seen in `zone`. */
export function calendarDateIn(instant: Date, zone: string): CalendarDate {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new Error(`cannot read ${instant.toISOString()} in zone ${zone}`);
  return DateTime.utc(local.year, local.month, local.day) as CalendarDate;
}

export function isValidZone(zone: string): boolean {
  // UTC, the default, needs no time-zone database: asking Intl about it costs a run's start some 30 ms.
  return zone === "UTC" || IANAZone.isValidZone(zone);
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

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(to.diff(from, "days").days);
}

/** Whole weeks, calendar months or years from `from` to `to` (never rounded up). */
export function wholeUnitsBetween(from: CalendarDate, to: CalendarDate, unit: "weeks" | "months" | "years"): number {
  if (unit === "weeks") return Math.floor(daysBetween(from, to) / 7);
  return Math.floor(to.diff(from, unit).get(unit));
}

const DURATION_UNITS: DurationUnit[] = ["years", "months", "days"];

/** `1 year, 3 months, 9 days` in the locale, leaving out the units that are zero. */
export function durationBetween(from: CalendarDate, to: CalendarDate, locale: string): string {
  const whole = to.diff(from, DURATION_UNITS).toObject();
  const nonZero = Object.fromEntries(Object.entries(whole).filter(([, amount]) => amount !== 0));
  const parts = Object.keys(nonZero).length > 0 ? nonZero : { days: 0 };
  return Duration.fromObject(parts, { locale }).toHuman();
}

export function formatDate(date: CalendarDate, format: string, locale: string): string {
  return date.setLocale(locale).toFormat(format);
}

export function prettyDate(date: CalendarDate, locale: string): string {
  return date.setLocale(locale).toLocaleString(DateTime.DATE_HUGE);
}

export function isoDate(date: CalendarDate): string {
  return date.toISODate();
}
