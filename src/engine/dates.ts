import { DateTime, IANAZone, Settings } from "luxon";
import { nearestName } from "./nearest.js";

/*
 * Calendar dates, and what the counters do with them, through luxon.
 *
 * A calendar date is a luxon DateTime at midnight UTC. UTC has no
 * daylight-saving changes, so no date's midnight is skipped or doubled: the
 * days between two dates are always a whole number, and adding months or
 * years never lands on an hour that does not exist. The zone that decides
 * "today" is used once, to read the calendar date of the run's instant there
 * (calendarDateIn); from then on only dates are compared.
 */

/** A day of the calendar: midnight UTC, with no time of day that a daylight-saving change could meet. */
export type CalendarDate = DateTime<true>;

/** A month and day that comes back every year: a birthday, a holiday. */
export interface YearlyDate {
  readonly month: number;
  readonly day: number;
}

/**
 * Calendar dates carry a locale of their own: a DateTime made with none asks
 * Intl for the system's (some 25 ms of a run's start), and no value depends
 * on it, since every date formatted for a reader names the reader's locale.
 */
const CALENDAR = { zone: "utc", locale: "en-US" } as const;
// luxon's own arithmetic (diff) makes durations with no locale, which would ask
// Intl for the system's too: some 25 ms of a run's start on Node 24.
Settings.defaultLocale = CALENDAR.locale;

function utcDay(year: number, month: number, day: number): DateTime {
  return DateTime.fromObject({ year, month, day }, CALENDAR);
}

/** The date, when the year, month and day make one. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const date = utcDay(year, month, day);
  return date.isValid ? (date as CalendarDate) : undefined;
}

/** `2025-08-18` or `2025_08_18` as a calendar date; undefined when malformed or not a real day. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})([-_])(\d{2})\2(\d{2})$/.exec(text);
  return match ? calendarDate(Number(match[1]), Number(match[3]), Number(match[4])) : undefined;
}

const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = { one: "st", two: "nd", few: "rd", other: "th" };
const ordinals = new Intl.PluralRules("en-US", { type: "ordinal" });

/**
 * Why a date of the right shape, `2025-02-30` (or `2025_02_30`) or a yearly
 * `02-30`, is no day: "February 2025 has no 30th", "there is no month 13".
 * Undefined for a day that exists, and for text of another shape.
 */
export function whyNoSuchDay(text: string): string | undefined {
  const match = /^(?:(\d{4})[-_])?(\d{2})[-_](\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match as unknown as [string, string | undefined, string, string];
  const [month, day] = [Number(monthText), Number(dayText)];
  if (month < 1 || month > 12) return `there is no month ${monthText}`;
  // A yearly date is looked for in a leap year, which has every day that any year has.
  const first = utcDay(yearText === undefined ? 2000 : Number(yearText), month, 1) as CalendarDate;
  if (day >= 1 && day <= first.daysInMonth) return undefined;
  const monthName = first.toFormat(yearText === undefined ? "LLLL" : "LLLL yyyy");
  return `${monthName} has no ${day === 0 ? "day 00" : `${day}${ORDINAL_SUFFIXES[ordinals.select(day)]}`}`;
}

/** Whether a date is a calendar date (a day of a year) rather than a yearly one. */
export function isCalendarDate(date: CalendarDate | YearlyDate): date is CalendarDate {
  return DateTime.isDateTime(date);
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
 * The occurrence of a month and day (a yearly date's, or a full date's
 * anniversary) on or after `today` ("next") or on or before it ("last");
 * today itself when it falls today. 29 February falls on the 28th in a
 * common year: luxon's `set` keeps the day inside the month when only the
 * year changes.
 */
export function occurrence(date: YearlyDate, today: CalendarDate, which: "next" | "last"): CalendarDate {
  const inLeapYear = utcDay(2000, date.month, date.day);
  const inYear = (year: number) => inLeapYear.set({ year }) as CalendarDate;
  const thisYear = inYear(today.year);
  if (which === "next") return thisYear < today ? inYear(today.year + 1) : thisYear;
  return thisYear > today ? inYear(today.year - 1) : thisYear;
}

/** The calendar date that `instant` falls on as seen in `zone`. */
export function calendarDateIn(instant: Date, zone: string): CalendarDate {
  const local = DateTime.fromMillis(instant.getTime(), { zone, locale: CALENDAR.locale });
  // Else luxon's own "Invalid unit value NaN", which names neither the instant nor the zone.
  if (!local.isValid) throw new Error(`${instant.toISOString()} has no calendar date in the zone "${zone}"`);
  return utcDay(local.year, local.month, local.day) as CalendarDate;
}

export function isValidZone(zone: string): boolean {
  // UTC, the default, needs no time-zone database (luxon counts it without one);
  // asking Intl about it would load the database, some 25 ms of every run's start.
  return zone === "UTC" || IANAZone.isValidZone(zone);
}

/** The IANA time zone nearest to a mistyped one (`Europe/Berln`: `Europe/Berlin`), if one is near. */
export function nearestZone(zone: string): string | undefined {
  return nearestName(zone, ["UTC", ...Intl.supportedValuesOf("timeZone")]);
}

export function isValidLocale(locale: string): boolean {
  // en-US, the default, is in every build of Node (small-icu too); asking Intl
  // about it would load its locale data, some 20 ms of a run's start.
  if (locale === "en-US") return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    // A tag that is not well-formed BCP 47 (`en_US`) throws.
    return false;
  }
}

/**
 * Locales that READMEs are written for, in the form a locale input takes: where
 * a locale is mistyped (`en_US`, `de-DF`), the nearest is suggested. ECMA-402
 * has no list of the locales it supports; each tag is asked for in turn.
 */
const COMMON_LOCALES = `af-ZA am-ET ar-EG ar-SA az-AZ be-BY bg-BG bn-BD bn-IN bs-BA ca-ES cs-CZ cy-GB da-DK de-AT
  de-CH de-DE el-GR en-AU en-CA en-GB en-IE en-IN en-NZ en-US en-ZA es-AR es-CL es-CO es-ES es-MX es-US et-EE
  eu-ES fa-IR fi-FI fil-PH fr-BE fr-CA fr-CH fr-FR ga-IE gl-ES gu-IN he-IL hi-IN hr-HR hu-HU hy-AM id-ID is-IS
  it-CH it-IT ja-JP ka-GE kk-KZ km-KH kn-IN ko-KR lt-LT lv-LV mk-MK ml-IN mn-MN mr-IN ms-MY my-MM nb-NO ne-NP
  nl-BE nl-NL pa-IN pl-PL pt-BR pt-PT ro-RO ru-RU si-LK sk-SK sl-SI sq-AL sr-RS sv-SE sw-KE ta-IN te-IN th-TH
  tr-TR uk-UA ur-PK uz-UZ vi-VN zh-CN zh-HK zh-TW zu-ZA`.split(/\s+/);

/** The supported locale one edit from a mistyped one (`en_US`: `en-US`, `jp-JP`: `ja-JP`), if there is one. */
export function nearestLocale(locale: string): string | undefined {
  // Two edits turn most tags into other languages' (`zz-ZZ` into `az-AZ`).
  return nearestName(locale, COMMON_LOCALES.filter(isValidLocale), 1);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return to.diff(from, "days").days;
}

/** Whole weeks, calendar months or years from `from` to `to` (to on or after from; never rounded up). */
export function wholeUnitsBetween(from: CalendarDate, to: CalendarDate, unit: "weeks" | "months" | "years"): number {
  return Math.floor(to.diff(from, unit).as(unit));
}

/** `1 year, 3 months, 9 days` in the locale, leaving out the units that are zero (`0 days` when all are). */
export function durationBetween(from: CalendarDate, to: CalendarDate, locale: string): string {
  const duration = to.setLocale(locale).diff(from, ["years", "months", "days"]).removeZeros();
  return (duration.toMillis() === 0 ? duration.set({ days: 0 }) : duration).toHuman();
}

/** The date as luxon's DATE_HUGE shows it in the locale: `Friday, November 27, 2026`. */
export function prettyDate(date: CalendarDate, locale: string): string {
  return date.setLocale(locale).toLocaleString(DateTime.DATE_HUGE);
}

/** The date in a luxon `toFormat` pattern, in the locale: `27 Nov 2026` for `dd LLL yyyy`. */
export function formatDate(date: CalendarDate, pattern: string, locale: string): string {
  return date.setLocale(locale).toFormat(pattern);
}

/** The parts of a luxon pattern: quoted text (`'week'`, to its end when unclosed), words of ASCII letters, anything else. */
const FORMAT_PARTS = /'[^']*'?|[A-Za-z]+|[^A-Za-z']+/g;
/** moment's and dayjs's tokens that luxon reads as something else, or not at all, with what luxon calls them. */
const MOMENT_TOKENS: Readonly<Record<string, string>> = {
  YYYY: "yyyy",
  YY: "yy",
  Do: "d",
  DD: "dd",
  D: "d",
  dddd: "cccc",
  ddd: "ccc",
  A: "a",
};
const PROBE = utcDay(2000, 1, 1);

/**
 * luxon's fields of a time of day, which a date has not: hour, minute, second,
 * millisecond, meridiem, zone, the localized time (`t`, `T`) and date with time
 * (`f`, `F`), and the Unix timestamps (`X`, `x`).
 */
const TIME_FIELDS = /^[HhmsSauZztTfFXx]/;

/** Whether a pattern asks for a time of day, which a counter's date has not (it would write midnight). */
export function asksForTime(pattern: string): boolean {
  return timeRuns((pattern.match(FORMAT_PARTS) ?? []).filter(isWord)).length > 0;
}

/** The runs of letters luxon reads as a time of day, outside words meant as text (`hello`). */
function timeRuns(words: readonly string[]): string[] {
  return words
    .filter((word) => !isGlued(word))
    .flatMap(letterRuns)
    .filter((run) => TIME_FIELDS.test(run));
}

/** Whether luxon reads a run of one letter as a field: it writes something other than the letters. */
function isField(run: string): boolean {
  return PROBE.toFormat(run) !== run;
}

/**
 * The luxon pattern a date format was probably meant as, when luxon would
 * misread it; undefined when it reads as written. luxon takes every letter
 * outside quotes that it knows as a field, and copies the others. So a
 * pattern is misread when it is moment's or dayjs's (`YYYY`, `dddd`, `A`,
 * which luxon copies as they are, or `D` and `DD` beside a day, month or
 * year, which luxon reads as whole localized dates), or when a word mixes
 * letters luxon copies with letters it reads as fields: in `hello` the `h`
 * and `o` become the hour and the day of the year; or when a word strings
 * single field letters together as text does (`of`, `day`). A word that luxon
 * copies whole (`week`) reads as written.
 */
export function meantFormat(pattern: string): string | undefined {
  // moment's literal text is in brackets (`Do [of] MMMM`), luxon's in quotes.
  if (/\[[^\]']*\]/.test(pattern) && momentStyleOf(pattern)) {
    const quoted = pattern.replace(/\[([^\]']*)\]/g, "'$1'");
    return meantFormat(quoted) ?? quoted;
  }
  const parts = pattern.match(FORMAT_PARTS) ?? [];
  const words = parts.filter(isWord);
  const times = timeRuns(words);
  if (times.length > 0) {
    // `dd/mm/yyyy`: minutes where the month was meant; any other time field has no meaning for a date.
    if (times.every((run) => run.startsWith("m"))) {
      return parts.map((part) => (isWord(part) ? part.replaceAll("m", "M") : part)).join("");
    }
    return "yyyy-MM-dd";
  }
  const momentStyle = momentStyleOf(pattern);
  if (!momentStyle && !words.some(isGlued)) return undefined;
  return parts.map((part) => (isWord(part) ? meantWord(part, momentStyle) : part)).join("");
}

/**
 * Whether a pattern is moment's or dayjs's: it has a token luxon copies as it
 * is (`YYYY`, `dddd`, `A`), or `D` beside a day, month or year, which luxon
 * reads as a whole localized date.
 */
function momentStyleOf(pattern: string): boolean {
  const words = (pattern.match(FORMAT_PARTS) ?? []).filter(isWord);
  const runs = words.flatMap(letterRuns);
  const dayAsDate = runs.some((run) => run.startsWith("D")) && runs.some((run) => "yMLdo".includes(run.charAt(0)));
  return (
    dayAsDate || words.some((word) => momentTokens(word).some((token) => token in MOMENT_TOKENS && !isField(token)))
  );
}

function isWord(part: string): boolean {
  return /^[A-Za-z]/.test(part);
}

function letterRuns(word: string): string[] {
  return word.match(/([A-Za-z])\1*/g) ?? [];
}

function momentTokens(word: string): string[] {
  return word.match(/Do|([A-Za-z])\1*/g) ?? [];
}

/**
 * A word meant as text that luxon would read as fields: partly fields and
 * partly copied (`hello`), or only single letters strung together (`of` is
 * the day of the year and a date with its time, `day` the day, the meridiem
 * and the year). luxon's compact patterns repeat some letter (`dMMMyyyy`,
 * `yyyyMMdd`), and single letters that are all parts of a time (`ha`, `Hm`)
 * are a time.
 */
function isGlued(word: string): boolean {
  const runs = letterRuns(word);
  if (!runs.some(isField)) return false;
  if (!runs.every(isField)) return true;
  return runs.length > 1 && runs.every((run) => run.length === 1) && !runs.every((run) => TIME_FIELDS.test(run));
}

/**
 * A word as luxon tokens: moment's translated, in a moment pattern, unless the
 * translation reads as text (`Day` is not `day`); text in quotes where luxon
 * would misread it.
 */
function meantWord(word: string, momentStyle: boolean): string {
  const tokens = momentTokens(word);
  if (momentStyle && tokens.every((token) => token in MOMENT_TOKENS || isField(token))) {
    const translated = tokens.map((token) => MOMENT_TOKENS[token] ?? token).join("");
    if (!isGlued(translated)) return translated;
    return `'${word}'`;
  }
  return isGlued(word) ? `'${word}'` : word;
}

/** `2026-11-27`. */
export function isoDate(date: CalendarDate): string {
  return date.toISODate();
}
