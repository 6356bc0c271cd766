import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Token } from "../../src/engine/tokens.js";
import { contextOn, day } from "../support/dates.js";
import { runs } from "../support/runs.js";

function value(
  name: string,
  today = "2026-11-27",
  overrides: Parameters<typeof contextOn>[1] = {},
  arg?: string,
): string {
  const token: Token = arg === undefined ? { name } : { name, arg };
  const result = evaluate(token, contextOn(today, overrides));
  if ("error" in result) throw new Error(result.error);
  return result.value;
}

function errorOf(name: string, today = "2026-11-27", overrides: Parameters<typeof contextOn>[1] = {}): string {
  const result = evaluate({ name }, contextOn(today, overrides));
  if (!("error" in result)) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
}

// Intl's spaces: U+00A0 no-break space, U+202F narrow no-break space (fr-FR groups thousands with it).
const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("styles: every count in the reader's language, from Intl", () => {
  it.each([
    ["en-US", "1,002", "1,002 days", "1 day", "1,002d", "1,002 weeks"],
    ["de-DE", "1.002", "1.002 Tage", "1 Tag", "1.002 T", "1.002 Wochen"],
    ["ja-JP", "1,002", "1,002 日", "1 日", "1,002d", "1,002 週間"],
    ["fr-FR", `1${NNBSP}002`, `1${NNBSP}002 jours`, "1 jour", `1${NNBSP}002j`, `1${NNBSP}002 semaines`],
  ])("%s: :number %s, :long %s and %s, :narrow %s", (locale, number, long, one, narrow, weeks) => {
    const context = { locale, dates: new Map([["START", day("2024-02-28")]]) };
    // 1002 days from 2024-02-28 is 2026-11-26; 1002 weeks from 2007-09-10 is 2026-11-23.
    expect(value("DAYS_SINCE_START", "2026-11-26", context)).toBe("1002");
    expect(value("DAYS_SINCE_START", "2026-11-26", context, "number")).toBe(number);
    expect(value("DAYS_SINCE_START", "2026-11-26", context, "long").replaceAll(NBSP, " ")).toBe(long);
    expect(value("DAYS_UNTIL_2026_11_28", "2026-11-27", context, "long").replaceAll(NBSP, " ")).toBe(one);
    expect(value("DAYS_SINCE_START", "2026-11-26", context, "narrow").replaceAll(NBSP, " ")).toBe(narrow);
    expect(value("WEEKS_SINCE_2007_09_10", "2026-11-23", context, "long").replaceAll(NBSP, " ")).toBe(weeks);
  });

  it("months and years take styles too, and inclusive still adds one day", () => {
    expect(value("MONTHS_SINCE_2025_08_18", "2026-11-27", {}, "long")).toBe("15 months");
    expect(value("YEARS_SINCE_2025_08_18", "2026-11-27", {}, "long")).toBe("1 year");
    expect(value("DAYS_SINCE_2026_11_27", "2026-11-27", { inclusive: true }, "long")).toBe("1 day");
  });
});

describe("RELATIVE: a day seen from today, with Intl.RelativeTimeFormat", () => {
  it.each([
    ["en-US", "in 28 days", "tomorrow", "today", "yesterday", "3 days ago"],
    ["de-DE", "in 28 Tagen", "morgen", "heute", "gestern", "vor 3 Tagen"],
    ["ja-JP", "28 日後", "明日", "今日", "昨日", "3 日前"],
    ["fr-FR", "dans 28 jours", "demain", "aujourd’hui", "hier", "il y a 3 jours"],
  ])("%s: %s, %s, %s, %s, %s", (locale, later, tomorrow, today, yesterday, ago) => {
    const context = { locale };
    expect(value("RELATIVE_2026_12_25", "2026-11-27", context).replaceAll(NBSP, " ")).toBe(later);
    expect(value("RELATIVE_2026_11_28", "2026-11-27", context)).toBe(tomorrow);
    expect(value("RELATIVE_2026_11_27", "2026-11-27", context)).toBe(today);
    expect(value("RELATIVE_2026_11_26", "2026-11-27", context)).toBe(yesterday);
    expect(value("RELATIVE_2026_11_24", "2026-11-27", context).replaceAll(NBSP, " ")).toBe(ago);
  });

  it("names REPO_START, a declared date, and yearly dates", () => {
    expect(value("RELATIVE_REPO_START")).toBe("452 days ago");
    expect(value("RELATIVE_NEXT_12_25")).toBe("in 28 days");
    expect(value("RELATIVE_LAST_12_25")).toBe("337 days ago");
    expect(value("RELATIVE_XMAS", "2026-12-26", { dates: new Map([["XMAS", { month: 12, day: 25 }]]) })).toBe(
      "in 364 days",
    );
  });
});

describe("yearly dates", () => {
  it("NEXT_MM_DD is the next occurrence, LAST_MM_DD the last, each today on the day", () => {
    expect(value("DAYS_UNTIL_NEXT_12_25")).toBe("28");
    expect(value("DAYS_SINCE_LAST_12_25")).toBe("337");
    expect(value("DAYS_UNTIL_NEXT_12_25", "2026-12-25")).toBe("0");
    expect(value("DAYS_SINCE_LAST_12_25", "2026-12-25")).toBe("0");
    expect(value("DAYS_UNTIL_NEXT_12_25", "2026-12-26")).toBe("364");
    expect(value("DAYS_UNTIL_NEXT_01_01", "2026-12-31")).toBe("1");
  });

  it("a declared --MM-DD counts until its next occurrence and since its last", () => {
    const birthday = { dates: new Map([["BIRTHDAY", { month: 3, day: 14 }]]) };
    expect(value("DAYS_UNTIL_BIRTHDAY", "2026-11-27", birthday)).toBe("107");
    expect(value("DAYS_SINCE_BIRTHDAY", "2026-11-27", birthday)).toBe("258");
    expect(value("DAYS_UNTIL_BIRTHDAY", "2026-11-27", birthday, "long")).toBe("107 days");
    expect(value("DAY_UNTIL_BIRTHDAY", "2026-11-27", birthday)).toBe("107");
    // NEXT_ and LAST_ name one day, so every unit counts to it.
    expect(value("WEEKS_UNTIL_NEXT_03_14")).toBe("15");
    expect(value("MONTHS_SINCE_LAST_03_14")).toBe("8");
  });

  it("29 February falls on the 28th in common years", () => {
    const leapling = { dates: new Map([["LEAP", { month: 2, day: 29 }]]) };
    expect(value("DAYS_UNTIL_LEAP", "2027-02-27", leapling)).toBe("1");
    expect(value("DAYS_UNTIL_LEAP", "2027-02-28", leapling)).toBe("0");
    expect(value("DAYS_UNTIL_NEXT_02_29", "2028-02-28")).toBe("1");
    expect(value("DAYS_SINCE_LAST_02_29", "2027-03-01")).toBe("1");
  });

  it("weeks, months, years and durations of a yearly date are left alone, and say why", () => {
    const birthday = { dates: new Map([["BIRTHDAY", { month: 3, day: 14 }]]) };
    for (const unit of ["WEEKS", "MONTHS", "YEARS", "DURATION"]) {
      expect(errorOf(`${unit}_SINCE_BIRTHDAY`, "2026-11-27", birthday)).toBe(
        `BIRTHDAY comes back every year, so ${unit.toLowerCase()} since or until it mean nothing; an age needs the full date (BIRTHDAY=1990-12-25)`,
      );
    }
  });

  it("a month and day that no year has is said so", () => {
    expect(errorOf("DAYS_UNTIL_NEXT_02_30")).toBe("NEXT_02_30 is not a day of the year: February has no 30th");
    expect(errorOf("DAYS_UNTIL_LAST_13_01")).toBe("LAST_13_01 is not a day of the year: there is no month 13");
    expect(errorOf("DAYS_UNTIL_NEXT_1225")).toBe(
      "NEXT_1225 is not a day of the year (write NEXT_MM_DD, e.g. NEXT_12_25)",
    );
  });
});

describe("anniversaries of a full date", () => {
  const birthday = { dates: new Map([["BIRTHDAY", day("1990-03-14")]]) };

  it("NEXT_ and LAST_ of a declared date count to its next and from its last anniversary, each today on the day", () => {
    expect(value("DAYS_UNTIL_NEXT_BIRTHDAY", "2026-11-27", birthday)).toBe("107");
    expect(value("DAYS_SINCE_LAST_BIRTHDAY", "2026-11-27", birthday)).toBe("258");
    expect(value("RELATIVE_NEXT_BIRTHDAY", "2026-11-27", birthday)).toBe("in 107 days");
    expect(value("RELATIVE_LAST_BIRTHDAY", "2026-11-27", birthday)).toBe("258 days ago");
    expect(value("DAYS_UNTIL_NEXT_BIRTHDAY", "2027-03-14", birthday)).toBe("0");
    expect(value("DAYS_SINCE_LAST_BIRTHDAY", "2027-03-14", birthday)).toBe("0");
    expect(value("RELATIVE_NEXT_BIRTHDAY", "2027-03-14", birthday)).toBe("today");
    expect(value("WEEKS_UNTIL_NEXT_BIRTHDAY", "2026-11-27", birthday, "long")).toBe("15 weeks");
  });

  it("YEARS_SINCE a full date is the age, whole years that turn on the day", () => {
    expect(value("YEARS_SINCE_BIRTHDAY", "2026-11-27", birthday)).toBe("36");
    expect(value("YEARS_SINCE_BIRTHDAY", "2027-03-13", birthday)).toBe("36");
    expect(value("YEARS_SINCE_BIRTHDAY", "2027-03-14", birthday)).toBe("37");
  });

  it("the repository's start date has anniversaries too", () => {
    // REPO_START is 2025-09-01.
    expect(value("DAYS_SINCE_LAST_REPO_START")).toBe("87");
    expect(value("DAYS_UNTIL_NEXT_REPO_START")).toBe("278");
    expect(value("DAYS_SINCE_LAST_REPO_START", "2026-09-01")).toBe("0");
  });

  it("a full date on 29 February has its anniversary on the 28th in common years", () => {
    const leapling = { dates: new Map([["LEAPLING", day("2000-02-29")]]) };
    expect(value("DAYS_UNTIL_NEXT_LEAPLING", "2027-02-27", leapling)).toBe("1");
    expect(value("DAYS_UNTIL_NEXT_LEAPLING", "2027-02-28", leapling)).toBe("0");
    expect(value("DAYS_SINCE_LAST_LEAPLING", "2027-03-01", leapling)).toBe("1");
    expect(value("DAYS_UNTIL_NEXT_LEAPLING", "2028-02-28", leapling)).toBe("1");
    expect(value("YEARS_SINCE_LEAPLING", "2027-02-28", leapling)).toBe("27");
  });

  it("NEXT_ of a date that is not declared says so, with the nearest name", () => {
    expect(errorOf("DAYS_UNTIL_NEXT_BIRTDAY", "2026-11-27", birthday)).toBe(
      "unknown date BIRTDAY; did you mean BIRTHDAY? (to declare it, add BIRTDAY=2024-05-01 to the dates input)",
    );
  });
});

/** Days from today to the next (month, day), by a second computation: UTC milliseconds, no luxon. */
function daysToNext(today: Date, month: number, dayOfMonth: number): number {
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const on = (year: number) =>
    Date.UTC(year, month - 1, month === 2 && dayOfMonth === 29 && !leap(year) ? 28 : dayOfMonth);
  const year = today.getUTCFullYear();
  const next = on(year) >= today.getTime() ? on(year) : on(year + 1);
  return (next - today.getTime()) / 86_400_000;
}

const aDay = fc
  .date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())));
const aMonthDay = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .filter(([month, dayOfMonth]) => dayOfMonth <= ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const pad = (number: number) => String(number).padStart(2, "0");

describe("properties of yearly dates", () => {
  it("a countdown to a yearly date is between 0 and 365, and 0 exactly on the day", () => {
    fc.assert(
      fc.property(aDay, aMonthDay, (today, [month, dayOfMonth]) => {
        const days = Number(value(`DAYS_UNTIL_NEXT_${pad(month)}_${pad(dayOfMonth)}`, iso(today)));
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(365);
        const onTheDay = today.getUTCMonth() + 1 === month && today.getUTCDate() === dayOfMonth;
        expect(days === 0).toBe(onTheDay || (month === 2 && dayOfMonth === 29 && days === 0));
      }),
    );
  });

  it("a countdown falls by one a day, except where it wraps to next year", () => {
    fc.assert(
      fc.property(aDay, aMonthDay, (today, [month, dayOfMonth]) => {
        const name = `DAYS_UNTIL_NEXT_${pad(month)}_${pad(dayOfMonth)}`;
        const tomorrow = new Date(today.getTime() + 86_400_000);
        const before = Number(value(name, iso(today)));
        const after = Number(value(name, iso(tomorrow)));
        if (before === 0) expect(after).toBeGreaterThanOrEqual(364);
        else expect(after).toBe(before - 1);
      }),
    );
  });

  it("agrees with a second computation of the next occurrence, 29 February included", () => {
    fc.assert(
      fc.property(aDay, aMonthDay, (today, [month, dayOfMonth]) => {
        expect(Number(value(`DAYS_UNTIL_NEXT_${pad(month)}_${pad(dayOfMonth)}`, iso(today)))).toBe(
          daysToNext(today, month, dayOfMonth),
        );
      }),
      { numRuns: runs(500) },
    );
  });

  it("RELATIVE agrees in sign with DAYS_SINCE and DAYS_UNTIL", () => {
    const relativeSign = (text: string) =>
      text === "today" ? 0 : text === "tomorrow" || text.startsWith("in ") ? 1 : -1;
    fc.assert(
      fc.property(aDay, aDay, (today, date) => {
        const name = iso(date).replaceAll("-", "_");
        const relative = relativeSign(value(`RELATIVE_${name}`, iso(today)));
        const since = evaluate({ name: `DAYS_SINCE_${name}` }, contextOn(iso(today)));
        const until = evaluate({ name: `DAYS_UNTIL_${name}` }, contextOn(iso(today)));
        if (!("value" in since && "value" in until)) throw new Error("not evaluated");
        expect(relative).toBe(Math.sign(Number(until.value)) - Math.sign(Number(since.value)));
        expect(relative > 0).toBe(since.warning !== undefined);
        expect(relative < 0).toBe(until.warning !== undefined);
      }),
    );
  });
});
