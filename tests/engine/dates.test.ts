import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/tokens.js";
import { contextAt, contextOn } from "../support/dates.js";
import { runs } from "../support/runs.js";

/*
 * What the date tokens give over generated dates, zones and locales, held to
 * computations of another kind: whole UTC days in milliseconds, Intl's own
 * formats, calendar arithmetic on Date.UTC where no month end is met.
 */

function value(name: string, today: string, overrides: Parameters<typeof contextOn>[1] = {}): string {
  const result = evaluate({ name }, contextOn(today, overrides));
  if ("error" in result) throw new Error(result.error);
  return result.value;
}

const DAY_MS = 86_400_000;
const aDay = fc
  .date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())));
/** A day on the 28th or earlier, so that adding months to it never meets a month's end. */
const anEarlyDay = aDay.map(
  (date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1 + (date.getUTCDate() % 28))),
);
const ordered = fc.tuple(aDay, aDay).map(([a, b]): [Date, Date] => (a <= b ? [a, b] : [b, a]));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const tokenDate = (date: Date) => iso(date).replaceAll("-", "_");
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

describe("day counts", () => {
  it("DAYS_SINCE and DAYS_UNTIL are the whole days between two dates, as UTC midnights count them", () => {
    fc.assert(
      fc.property(ordered, ([from, to]) => {
        const days = String((to.getTime() - from.getTime()) / DAY_MS);
        expect(value(`DAYS_SINCE_${tokenDate(from)}`, iso(to))).toBe(days);
        expect(value(`DAYS_UNTIL_${tokenDate(to)}`, iso(from))).toBe(days);
      }),
      { numRuns: runs(500) },
    );
  });

  it("WEEKS_SINCE is the whole weeks in those days, never rounded up", () => {
    fc.assert(
      fc.property(ordered, ([from, to]) => {
        const weeks = Math.floor((to.getTime() - from.getTime()) / DAY_MS / 7);
        expect(value(`WEEKS_SINCE_${tokenDate(from)}`, iso(to))).toBe(String(weeks));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("months, years and durations", () => {
  it("MONTHS_SINCE and YEARS_SINCE turn whole on the day of the month, and not the day before", () => {
    fc.assert(
      fc.property(anEarlyDay, fc.integer({ min: 1, max: 400 }), (from, months) => {
        const on = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, from.getUTCDate()));
        const before = new Date(on.getTime() - DAY_MS);
        const name = tokenDate(from);
        expect(value(`MONTHS_SINCE_${name}`, iso(on))).toBe(String(months));
        expect(value(`MONTHS_SINCE_${name}`, iso(before))).toBe(String(months - 1));
        expect(value(`YEARS_SINCE_${name}`, iso(on))).toBe(String(Math.floor(months / 12)));
        expect(value(`YEARS_SINCE_${name}`, iso(before))).toBe(String(Math.floor((months - 1) / 12)));
      }),
      { numRuns: runs(300) },
    );
  });

  it("a month from the 31st ends on a shorter month's last day", () => {
    expect(value("MONTHS_SINCE_2025_01_31", "2025-02-27")).toBe("0");
    expect(value("MONTHS_SINCE_2025_01_31", "2025-02-28")).toBe("1");
    expect(value("DURATION_SINCE_2025_01_31", "2025-02-28")).toBe("1 month");
    expect(value("MONTHS_SINCE_2025_01_31", "2025-03-30")).toBe("1");
    expect(value("MONTHS_SINCE_2025_01_31", "2025-03-31")).toBe("2");
    expect(value("YEARS_SINCE_2024_02_29", "2025-02-27")).toBe("0");
    expect(value("YEARS_SINCE_2024_02_29", "2025-02-28")).toBe("1");
  });

  it("DURATION_SINCE in words adds up: the date plus its years, months and days is today", () => {
    fc.assert(
      fc.property(anEarlyDay, fc.integer({ min: 0, max: 40_000 }), (from, days) => {
        const to = new Date(from.getTime() + days * DAY_MS);
        const words = value(`DURATION_SINCE_${tokenDate(from)}`, iso(to));
        expect(words).toMatch(/^(\d+ years?)?(, )?(\d+ months?)?(, )?(\d+ days?)?$/);
        const amount = (unit: string) => Number(new RegExp(`(\\d+) ${unit}`).exec(words)?.[1] ?? 0);
        const [years, months, rest] = [amount("year"), amount("month"), amount("day")];
        expect(months).toBeLessThan(12);
        const sum = Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth() + months, from.getUTCDate() + rest);
        expect(iso(new Date(sum))).toBe(iso(to));
        // The days are those left after the last whole month.
        const lastMonth = Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth() + months, from.getUTCDate());
        expect(rest).toBeLessThan(
          (Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth() + months + 1, from.getUTCDate()) - lastMonth) /
            DAY_MS,
        );
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("today's date in words and in a zone", () => {
  it("DATE_PRETTY is the weekday, day, month and year, long, as the locale writes them", () => {
    fc.assert(
      fc.property(aDay, fc.constantFrom(...LOCALES), (date, locale) => {
        const long = new Intl.DateTimeFormat(locale, {
          weekday: "long",
          year: "numeric",
          month: "long",
          day: "numeric",
          timeZone: "UTC",
        });
        expect(value("DATE_PRETTY", iso(date), { locale })).toBe(long.format(date));
      }),
      { numRuns: runs(200) },
    );
  });

  it("DATE is the calendar date that the run's instant falls on in the zone, daylight-saving changes included", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const parts = new Intl.DateTimeFormat("en-CA", {
            timeZone: zone,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
          });
          const result = evaluate({ name: "DATE" }, contextAt(instant.toISOString(), zone));
          expect(result).toEqual({ value: parts.format(instant) });
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("a zone luxon does not know gives no date rather than a wrong one (settings refuse such a zone first)", () => {
    expect(() => contextAt("2026-11-27T12:00:00Z", "Mars/Olympus")).toThrow(
      '2026-11-27T12:00:00.000Z has no calendar date in the zone "Mars/Olympus"',
    );
  });
});

describe("which days exist", () => {
  it.each([
    ["2024_02_29", true],
    ["2025_02_28", true],
    ["2025_02_29", false],
    ["2025_13_01", false],
    ["2025_04_31", false],
    ["2025_00_10", false],
    ["2025_01_00", false],
  ])("DAYS_SINCE_%s is counted: %s", (date, exists) => {
    const result = evaluate({ name: `DAYS_SINCE_${date}` }, contextOn("2026-11-27"));
    expect("value" in result).toBe(exists);
  });
});
