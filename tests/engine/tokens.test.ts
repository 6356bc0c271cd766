import { describe, expect, it } from "vitest";
import { calendarDateIn } from "../../src/engine/dates.js";
import { evaluate, type Token } from "../../src/engine/tokens.js";
import { CLI_VOCABULARY } from "../../src/settings.js";
import { contextAt, contextOn, day } from "../support/dates.js";

function tokenValue(name: string, context = contextOn("2026-11-27"), arg?: string): string {
  const result = evaluate(arg === undefined ? { name } : { name, arg }, context);
  if ("error" in result) throw new Error(result.error);
  return result.value;
}

function errorOf(token: Token, context = contextOn("2026-11-27")): string {
  const result = evaluate(token, context);
  if (!("error" in result)) throw new Error(`expected an error, got ${result.value}`);
  return result.error;
}

describe("today's date", () => {
  it("DATE is the ISO date", () => {
    expect(tokenValue("DATE")).toBe("2026-11-27");
  });

  it("DATE:FORMAT uses a luxon pattern in the locale", () => {
    expect(tokenValue("DATE", contextOn("2026-11-27"), "dd LLL yyyy")).toBe("27 Nov 2026");
    expect(tokenValue("DATE", contextOn("2026-11-27", { locale: "de-DE" }), "cccc, d. LLLL yyyy")).toBe(
      "Freitag, 27. November 2026",
    );
  });

  it("DATE_PRETTY is DATE_HUGE in the locale", () => {
    expect(tokenValue("DATE_PRETTY")).toBe("Friday, November 27, 2026");
    expect(tokenValue("DATE_PRETTY", contextOn("2026-11-27", { locale: "de-DE" }))).toBe("Freitag, 27. November 2026");
    expect(tokenValue("DATE_PRETTY", contextOn("2026-11-27", { locale: "ja-JP" }))).toBe("2026年11月27日金曜日");
  });

  it("DATE_PRETTY follows date-format when it is set, in the locale", () => {
    expect(tokenValue("DATE_PRETTY", contextOn("2026-11-27", { dateFormat: "cccc d LLLL" }))).toBe(
      "Friday 27 November",
    );
    expect(tokenValue("DATE_PRETTY", contextOn("2026-11-27", { dateFormat: "cccc d LLLL", locale: "de-DE" }))).toBe(
      "Freitag 27 November",
    );
  });

  it.each([
    ["dd LLL yyyy", "27 Nov 2026"],
    ["cccc, d LLLL yyyy", "Friday, 27 November 2026"],
    ["'week' W", "week 48"],
    ["yyyyMMdd", "20261127"],
    ["cccc, D", "Friday, 11/27/2026"],
    ["'on' EEEE", "on Friday"],
    ["dMMMyyyy", "27Nov2026"],
    ["yyyyMMdd'T'", "20261127T"],
    // Quoted text is copied, whatever letters it holds: a day (D) or a time (a, t) there is no field.
    ["d LLLL 'Day'", "27 November Day"],
    ["d LLLL 'at noon'", "27 November at noon"],
    // A word of letters luxon only copies is text as it is.
    ["'week' W, Nr. W", "week 48, Nr. 48"],
  ])("the luxon pattern %s is written as luxon writes it: %s", (pattern, written) => {
    expect(tokenValue("DATE", contextOn("2026-11-27"), pattern)).toBe(written);
  });

  it.each([
    ["YYYY-MM-DD", 'luxon would write "YYYY-11-Nov 27, 2026"; did you mean {{DATE:yyyy-MM-dd}}?'],
    ["DD/MM/YYYY", 'luxon would write "Nov 27, 2026/11/YYYY"; did you mean {{DATE:dd/MM/yyyy}}?'],
    ["dddd, MMMM Do", 'luxon would write "dddd, November 11/27/2026331"; did you mean {{DATE:cccc, MMMM d}}?'],
    ["D MMMM yyyy", 'luxon would write "11/27/2026 November 2026"; did you mean {{DATE:d MMMM yyyy}}?'],
    ["hello", "luxon would write \"12ell331\"; did you mean {{DATE:'hello'}}?"],
    ["dd/mm/yyyy", 'luxon would write "27/00/2026" (a date has no time of day); did you mean {{DATE:dd/MM/yyyy}}?'],
    ["yyyy-mm-dd", 'luxon would write "2026-00-27" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["h:mm A", 'luxon would write "12:00 A" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["HH:mm Uhr", 'luxon would write "00:00 U12r" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["d of MMMM", "luxon would write \"27 33111/27/2026, 12:00\u202fAM November\"; did you mean {{DATE:d 'of' MMMM}}?"],
    ["day d", "luxon would write \"27AM2026 27\"; did you mean {{DATE:'day' d}}?"],
    ["Day D, YYYY", "luxon would write \"11/27/2026AM2026 11/27/2026, YYYY\"; did you mean {{DATE:'Day' d, yyyy}}?"],
    [
      "Do [of] MMMM",
      "luxon would write \"11/27/2026331 [33111/27/2026, 12:00\u202fAM] November\"; did you mean {{DATE:d 'of' MMMM}}?",
    ],
    ["d MMM, ha", 'luxon would write "27 Nov, 12AM" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["t", 'luxon would write "12:00\u202fAM" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["X", 'luxon would write "1795737600" (a date has no time of day); did you mean {{DATE:yyyy-MM-dd}}?'],
    ["dddd, d LLLL", 'luxon would write "dddd, 27 November"; did you mean {{DATE:cccc, d LLLL}}?'],
    ["YYYYMMdd", 'luxon would write "YYYY1127"; did you mean {{DATE:yyyyMMdd}}?'],
    // D is luxon's localized date, kept where the pattern is not moment's.
    ["DD the", "luxon would write \"Nov 27, 2026 12:00\u202fAM12e\"; did you mean {{DATE:DD 'the'}}?"],
    ["YYYY 'at'", "luxon would write \"YYYY at\"; did you mean {{DATE:yyyy 'at'}}?"],
  ])("a date format that luxon would misread, %s, is refused with the luxon pattern meant", (pattern, message) => {
    expect(errorOf({ name: "DATE", arg: pattern })).toBe(`"${pattern}" is not a luxon date format: ${message}`);
  });

  it("a DATE format with -- is refused, since it cannot stand in a marker's comment", () => {
    expect(errorOf({ name: "DATE", arg: "yyyy--MM" })).toMatch(/--/);
  });
});

describe("counting calendar days", () => {
  it("DAYS_SINCE and DAY_SINCE count calendar days from a date", () => {
    expect(tokenValue("DAY_SINCE_2025_08_18")).toBe("466");
    expect(tokenValue("DAYS_SINCE_2025-08-18")).toBe("466");
  });

  it("DAYS_UNTIL counts down to 0 on the day", () => {
    expect(tokenValue("DAYS_UNTIL_2026_12_25")).toBe("28");
    expect(tokenValue("DAYS_UNTIL_2026_11_27")).toBe("0");
  });

  it("an UNTIL date in the past gives 0 with a warning, as a SINCE date in the future does", () => {
    expect(evaluate({ name: "DAYS_UNTIL_2026_01_01" }, contextOn("2026-11-27"))).toEqual({
      value: "0",
      warning: "2026_01_01 is in the past, so it counts as 0",
    });
    expect(evaluate({ name: "WEEKS_UNTIL_2026_01_01", arg: "long" }, contextOn("2026-11-27"))).toEqual({
      value: "0 weeks",
      warning: "2026_01_01 is in the past, so it counts as 0",
    });
  });

  it("a SINCE date in the future gives 0 with a warning, never a negative", () => {
    expect(evaluate({ name: "DAYS_SINCE_2027_01_01" }, contextOn("2026-11-27"))).toEqual({
      value: "0",
      warning: "2027_01_01 is in the future, so it counts as 0",
    });
    expect(evaluate({ name: "DURATION_SINCE_2027_01_01" }, contextOn("2026-11-27"))).toEqual({
      value: "0 days",
      warning: "2027_01_01 is in the future, so it counts as 0",
    });
  });

  it("inclusive counts today as day 1 of a countdown that ends today", () => {
    expect(tokenValue("DAYS_UNTIL_2026_11_27", contextOn("2026-11-27", { inclusive: true }))).toBe("1");
  });

  it("inclusive counts the start date as day 1", () => {
    const inclusive = contextOn("2026-11-27", { inclusive: true });
    expect(tokenValue("DAYS_SINCE_2026_11_27", inclusive)).toBe("1");
    expect(tokenValue("DAYS_SINCE_2025_08_18", inclusive)).toBe("467");
  });

  it("counts across a leap day", () => {
    expect(tokenValue("DAYS_SINCE_2024_02_29", contextOn("2025-02-28"))).toBe("365");
    expect(tokenValue("DAYS_SINCE_2024_02_29", contextOn("2025-03-01"))).toBe("366");
    expect(tokenValue("DAYS_SINCE_2024_02_28", contextOn("2024-03-01"))).toBe("2");
  });

  it("a DST change in Europe/London does not shift the day count", () => {
    // 2026-03-29 01:00 UTC the clocks go forward; 23:30 UTC that day is already the 30th in London.
    const london = contextAt("2026-03-29T23:30:00Z", "Europe/London");
    expect(tokenValue("DATE", london)).toBe("2026-03-30");
    expect(tokenValue("DAYS_SINCE_2026_03_28", london)).toBe("2");
    expect(tokenValue("DAYS_SINCE_2025_10_26", contextAt("2026-03-29T12:00:00Z", "Europe/London"))).toBe("154");
  });

  it("America/Santiago's midnight DST change, when 00:00 does not exist, still gives whole days", () => {
    // On 2026-09-06 Chile skips from 00:00 to 01:00.
    const santiago = contextAt("2026-09-06T04:30:00Z", "America/Santiago");
    expect(tokenValue("DATE", santiago)).toBe("2026-09-06");
    expect(tokenValue("DAYS_SINCE_2026_09_05", santiago)).toBe("1");
    expect(tokenValue("DAYS_SINCE_2026_04_04", santiago)).toBe("155");
  });

  it("Pacific/Kiritimati and Pacific/Pago_Pago see different dates at the same instant", () => {
    const instant = "2026-11-27T12:00:00Z";
    expect(tokenValue("DATE", contextAt(instant, "Pacific/Kiritimati"))).toBe("2026-11-28");
    expect(tokenValue("DATE", contextAt(instant, "Pacific/Pago_Pago"))).toBe("2026-11-27");
    expect(tokenValue("DAYS_SINCE_2026_11_01", contextAt(instant, "Pacific/Kiritimati"))).toBe("27");
    expect(tokenValue("DAYS_SINCE_2026_11_01", contextAt(instant, "Pacific/Pago_Pago"))).toBe("26");
  });

  it("a repository created at 22:30 UTC started the next day as seen from Asia/Tokyo", () => {
    const created = new Date("2025-09-01T22:30:00Z");
    const instant = "2025-09-03T01:00:00Z";
    const tokyo = contextAt(instant, "Asia/Tokyo", { repoStart: calendarDateIn(created, "Asia/Tokyo") });
    const utc = contextAt(instant, "UTC", { repoStart: calendarDateIn(created, "UTC") });
    expect(tokenValue("DAYS_SINCE_REPO_START", tokyo)).toBe("1");
    expect(tokenValue("DAYS_SINCE_REPO_START", utc)).toBe("2");
  });
});

describe("weeks, months, years and durations", () => {
  const today = contextOn("2026-11-27");

  it("counts whole weeks, calendar months and years", () => {
    expect(tokenValue("WEEKS_SINCE_2025_08_18", today)).toBe("66");
    expect(tokenValue("MONTHS_SINCE_2025_08_18", today)).toBe("15");
    expect(tokenValue("YEARS_SINCE_2025_08_18", today)).toBe("1");
    expect(tokenValue("MONTHS_SINCE_2026_10_28", today)).toBe("0");
    expect(tokenValue("WEEKS_UNTIL_2026_12_25", today)).toBe("4");
    expect(tokenValue("MONTHS_UNTIL_2027_03_01", today)).toBe("3");
    expect(tokenValue("YEARS_UNTIL_2030_01_01", today)).toBe("3");
  });

  it("counts from the oldest dates there are, with no thousands separator in a duration", () => {
    expect(tokenValue("DAYS_SINCE_0099_01_01")).toBe("704152");
    expect(tokenValue("DAYS_SINCE_0100_03_01")).toBe("703728");
    expect(tokenValue("DURATION_SINCE_0999_01_01")).toBe("1027 years, 10 months, 26 days");
  });

  it("a style may stand between spaces", () => {
    expect(tokenValue("DAYS_UNTIL_2026_12_25", contextOn("2026-11-27"), " long ")).toBe("28 days");
  });

  it("DURATION_SINCE spells out years, months and days in the locale", () => {
    expect(tokenValue("DURATION_SINCE_2025_08_18", today)).toBe("1 year, 3 months, 9 days");
    expect(tokenValue("DURATION_SINCE_2026_10_27", today)).toBe("1 month");
    expect(tokenValue("DURATION_SINCE_2026_11_27", today)).toBe("0 days");
    expect(tokenValue("DURATION_SINCE_2025_08_18", contextOn("2026-11-27", { locale: "de-DE" }))).toBe(
      "1 Jahr, 3 Monate und 9 Tage",
    );
  });
});

describe("named dates and REPO_START", () => {
  it("uses a date declared in dates", () => {
    const context = contextOn("2026-11-27", { dates: new Map([["LAUNCH", day("2024-05-01")]]) });
    expect(tokenValue("DAYS_SINCE_LAUNCH", context)).toBe("940");
    expect(tokenValue("WEEKS_SINCE_LAUNCH", context)).toBe("134");
  });

  it("uses the repository's start date", () => {
    expect(tokenValue("DAYS_SINCE_REPO_START")).toBe("452");
    expect(tokenValue("MONTHS_SINCE_REPO_START")).toBe("14");
  });
});

describe("tokens that cannot be evaluated", () => {
  const launch = contextOn("2026-11-27", { dates: new Map([["LAUNCH", day("2024-05-01")]]) });

  it.each([
    [{ name: "DAYS_SINCE_2025_02_30" }, "2025_02_30 is not a calendar date: February 2025 has no 30th"],
    [{ name: "DAYS_SINCE_2024-02-31" }, "2024-02-31 is not a calendar date: February 2024 has no 31st"],
    [{ name: "DAYS_SINCE_2025_13_01" }, "2025_13_01 is not a calendar date: there is no month 13"],
    [{ name: "DAYS_SINCE_2025_04_00" }, "2025_04_00 is not a calendar date: April 2025 has no day 00"],
    [{ name: "DAYS_SINCE_2025_00_10" }, "2025_00_10 is not a calendar date: there is no month 00"],
    [{ name: "DAYS_SINCE_2025_01_32" }, "2025_01_32 is not a calendar date: January 2025 has no 32nd"],
    [{ name: "DAYS_SINCE_2025_12_32" }, "2025_12_32 is not a calendar date: December 2025 has no 32nd"],
    // A real day, written with two different separators, is not a date name's shape.
    [{ name: "DAYS_SINCE_2025-12_31" }, "2025-12_31 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_2025_12-01" }, "2025_12-01 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_20250105" }, "20250105 is not a calendar date (write 2025_01_05)"],
    [{ name: "DAYS_SINCE_2025" }, "2025 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_2025_8_1" }, "2025_8_1 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_LAUNCH" }, "unknown date LAUNCH (to declare it, add LAUNCH=2024-05-01 to the dates input)"],
    [
      { name: "DAYS_SINCE_RELEASE_2025_Q1" },
      "unknown date RELEASE_2025_Q1 (to declare it, add RELEASE_2025_Q1=2024-05-01 to the dates input)",
    ],
    [{ name: "TODAY" }, "unknown token TODAY"],
    [{ name: "DATE_PRETTY", arg: "x" }, 'DATE_PRETTY takes no ":" argument'],
    [{ name: "RELATIVE_REPO_START", arg: "long" }, 'RELATIVE_REPO_START takes no ":" argument'],
    [{ name: "DATE", arg: " " }, "DATE: needs a format after the colon, e.g. {{DATE:dd LLL yyyy}}"],
    [{ name: "DAYS_SINCE_REPO_START", arg: "big" }, 'unknown style "big": write :number, :long or :narrow'],
    [{ name: "DURATION_SINCE_REPO_START", arg: "long" }, "DURATION already counts in words, so it takes no style"],
    // Dates with something before or after them.
    [{ name: "DAYS_SINCE_2025_01_011" }, "2025_01_011 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_2025_02_301" }, "2025_02_301 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_12025_02_30" }, "12025_02_30 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_120250105" }, "120250105 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [{ name: "DAYS_SINCE_202501051" }, "202501051 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)"],
    [
      { name: "DAYS_SINCE_2025_2025_01_01" },
      "2025_2025_01_01 is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)",
    ],
    [{ name: "DAYS_UNTIL_NEXT_XMAS" }, "unknown date XMAS (to declare it, add XMAS=2024-05-01 to the dates input)"],
    [{ name: "DAYS_UNTIL_NEXT_" }, "NEXT_ is not a day of the year (write NEXT_MM_DD, e.g. NEXT_12_25)"],
    [{ name: "DAYS_UNTIL_NEXT_112_25" }, "NEXT_112_25 is not a day of the year (write NEXT_MM_DD, e.g. NEXT_12_25)"],
    [{ name: "DAYS_SINCE_LAST_12_255" }, "LAST_12_255 is not a day of the year (write LAST_MM_DD, e.g. LAST_12_25)"],
    [
      { name: "DAYS_UNTIL_XNEXT_12_25" },
      "unknown date XNEXT_12_25 (to declare it, add XNEXT_12_25=2024-05-01 to the dates input)",
    ],
    [{ name: "RELATIVE_LAUNCH" }, "unknown date LAUNCH (to declare it, add LAUNCH=2024-05-01 to the dates input)"],
    [
      { name: "XDAYS_SINCE_2025_08_18" },
      "unknown token XDAYS_SINCE_2025_08_18; did you mean {{DAYS_SINCE_2025_08_18}}?",
    ],
    [{ name: "XRELATIVE_2026_12_25" }, "unknown token XRELATIVE_2026_12_25; did you mean {{RELATIVE_2026_12_25}}?"],
  ])("%o is refused with the reason", (token, message) => {
    expect(errorOf(token)).toBe(message);
  });

  it.each([
    [{ name: "DAYZ_SINCE_2025_08_18" }, "unknown token DAYZ_SINCE_2025_08_18; did you mean {{DAYS_SINCE_2025_08_18}}?"],
    [{ name: "DATE_PRETY" }, "unknown token DATE_PRETY; did you mean {{DATE_PRETTY}}?"],
    [
      { name: "DAYS_SINCE_REPO_STRAT" },
      "unknown date REPO_STRAT; did you mean REPO_START? (to declare it, add REPO_STRAT=2024-05-01 to the dates input)",
    ],
    [
      { name: "DAYS_SINCE_LANUCH" },
      "unknown date LANUCH; did you mean LAUNCH? (to declare it, add LANUCH=2024-05-01 to the dates input)",
    ],
    ...[
      ["DAI_SINCE_2025_08_18", "DAY_SINCE_2025_08_18"],
      ["DAYSS_SINCE_2025_08_18", "DAYS_SINCE_2025_08_18"],
      ["DAYS_UNTL_2026_12_25", "DAYS_UNTIL_2026_12_25"],
      ["WEEK_SINCE_2025_08_18", "WEEKS_SINCE_2025_08_18"],
      ["MONTH_UNTIL_2026_12_25", "MONTHS_UNTIL_2026_12_25"],
      ["YEAR_SINCE_2025_08_18", "YEARS_SINCE_2025_08_18"],
      ["DURATON_SINCE_2025_08_18", "DURATION_SINCE_2025_08_18"],
      ["RELATIV_2026_12_25", "RELATIVE_2026_12_25"],
      ["DAYSSINCE_LAUNCH", "DAYS_SINCE_LAUNCH"],
      ["DAT", "DATE"],
    ].map(([typo, meant]): [Token, string] => [
      { name: typo as string },
      `unknown token ${typo}; did you mean {{${meant}}}?`,
    ]),
    [
      { name: "DAYS_SINCE_LAUNCH", arg: "lnog" },
      'unknown style "lnog" (did you mean :long?): write :number, :long or :narrow',
    ],
  ])("a typo in %o gets the nearest known name", (token, message) => {
    expect(errorOf(token, launch)).toBe(message);
  });

  it("an unknown date says how to declare it in the words of the CLI, where the CLI runs", () => {
    expect(errorOf({ name: "DAYS_SINCE_LAUCH" }, contextOn("2026-11-27", { vocabulary: CLI_VOCABULARY }))).toBe(
      "unknown date LAUCH (to declare it, pass --dates LAUCH=2024-05-01)",
    );
  });

  it("LATEST_RELEASE and a date the repository knows count like any date, styles and anniversaries too", () => {
    // The helper's latest release: 2 November 2026.
    const context = contextOn("2026-11-27", { dates: new Map([["V1", day("2025-11-30")]]) });
    expect(tokenValue("DAYS_SINCE_LATEST_RELEASE", context, "long")).toBe("25 days");
    expect(tokenValue("RELATIVE_LATEST_RELEASE", context)).toBe("25 days ago");
    expect(tokenValue("DAYS_UNTIL_NEXT_V1", context)).toBe("3");
    expect(tokenValue("YEARS_SINCE_V1", context)).toBe("0");
  });

  it("a date the source could not tell is refused, named, with why", () => {
    const context = contextOn("2026-11-27", {
      latestRelease: { unknown: "the repository has no release yet" },
      dates: new Map([["INCIDENT", { unknown: 'no issue or pull request has the label "incident"' }]]),
    });
    expect(errorOf({ name: "DAYS_SINCE_LATEST_RELEASE" }, context)).toBe(
      "LATEST_RELEASE: the repository has no release yet",
    );
    expect(errorOf({ name: "RELATIVE_INCIDENT" }, context)).toBe(
      'INCIDENT: no issue or pull request has the label "incident"',
    );
    expect(errorOf({ name: "DAYS_UNTIL_NEXT_INCIDENT" }, context)).toBe(
      'INCIDENT: no issue or pull request has the label "incident"',
    );
  });

  it("a mistyped LATEST_RELEASE gets the right name", () => {
    expect(errorOf({ name: "DAYS_SINCE_LATEST_RELASE" })).toContain("did you mean LATEST_RELEASE?");
  });

  it("REPO_START is refused when the start is unknown", () => {
    expect(
      errorOf({ name: "DAYS_SINCE_REPO_START" }, contextOn("2026-11-27", { repoStart: { unknown: "set repo-start" } })),
    ).toBe("the repository's start date is unknown: set repo-start");
  });
});
