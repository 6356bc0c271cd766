import fc from "fast-check";
import { DateTime, Duration, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type CalendarDate,
  calendarDate,
  calendarDateIn,
  daysBetween,
  durationBetween,
  isValidZone,
  prettyDate,
  wholeUnitsBetween,
} from "../../src/engine/dates.js";
import { runs } from "../support/runs.js";

/*
 * dates.ts does on Date and Intl what luxon did: these hold it to luxon's
 * answers, over generated dates, zones and locales.
 */

const aDay = fc
  .date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map(
    (date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }) as CalendarDate,
  );
const luxon = (date: CalendarDate) => DateTime.utc(date.year, date.month, date.day);
const ordered = fc
  .tuple(aDay, aDay)
  .map(([a, b]): [CalendarDate, CalendarDate] => (daysBetween(a, b) >= 0 ? [a, b] : [b, a]));
const LOCALES = ["en-US", "de-DE", "ja-JP", "fr-FR", "ar-EG", "hi-IN"];
const ZONES = [
  "UTC",
  "Europe/London",
  "America/Santiago",
  "Asia/Tokyo",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
];

describe("dates on Date and Intl give luxon's answers", () => {
  it("days, whole weeks, calendar months and years between two dates", () => {
    fc.assert(
      fc.property(ordered, ([from, to]) => {
        expect(daysBetween(from, to)).toBe(Math.round(luxon(to).diff(luxon(from), "days").days));
        expect(wholeUnitsBetween(from, to, "months")).toBe(Math.floor(luxon(to).diff(luxon(from), "months").months));
        expect(wholeUnitsBetween(from, to, "years")).toBe(Math.floor(luxon(to).diff(luxon(from), "years").years));
        expect(wholeUnitsBetween(from, to, "weeks")).toBe(Math.floor(daysBetween(from, to) / 7));
      }),
      { numRuns: runs(500) },
    );
  });

  it("durations in words, in every locale", () => {
    fc.assert(
      fc.property(ordered, fc.constantFrom(...LOCALES), ([from, to], locale) => {
        const whole = luxon(to).diff(luxon(from), ["years", "months", "days"]).toObject();
        const nonZero = Object.fromEntries(Object.entries(whole).filter(([, amount]) => amount !== 0));
        const expected = Duration.fromObject(Object.keys(nonZero).length > 0 ? nonZero : { days: 0 }, {
          locale,
        }).toHuman();
        expect(durationBetween(from, to, locale)).toBe(expected);
      }),
      { numRuns: runs(300) },
    );
  });

  it("DATE_HUGE, in every locale", () => {
    fc.assert(
      fc.property(aDay, fc.constantFrom(...LOCALES), (date, locale) => {
        expect(prettyDate(date, locale)).toBe(luxon(date).setLocale(locale).toLocaleString(DateTime.DATE_HUGE));
      }),
      { numRuns: runs(200) },
    );
  });

  it("the calendar date of an instant in a zone, daylight-saving changes included", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const local = DateTime.fromJSDate(instant, { zone });
          expect(calendarDateIn(instant, zone)).toEqual({ year: local.year, month: local.month, day: local.day });
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("which zones are valid", () => {
    for (const zone of [
      ...ZONES,
      "Mars/Olympus",
      "utc",
      "Etc/GMT+1",
      "America/Argentina/Buenos_Aires",
      "",
      "Europe/london",
    ]) {
      expect(isValidZone(zone), zone).toBe(zone === "UTC" || IANAZone.isValidZone(zone));
    }
  });

  it("which days exist", () => {
    expect(calendarDate(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarDate(2025, 2, 29)).toBeUndefined();
    expect(calendarDate(2025, 13, 1)).toBeUndefined();
    expect(calendarDate(2025, 4, 31)).toBeUndefined();
    expect(calendarDate(2025, 0, 10)).toBeUndefined();
  });
});
