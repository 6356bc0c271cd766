import { type CalendarDate, calendarDateIn, parseCalendarDate } from "../../src/engine/dates.js";
import type { DateContext } from "../../src/engine/tokens.js";
import { ACTION_VOCABULARY } from "../../src/settings.js";

export function day(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
}

/** A context for `today`, with everything else at the action's defaults. */
export function contextOn(today: string, overrides: Partial<DateContext> = {}): DateContext {
  return {
    today: day(today),
    locale: "en-US",
    dateFormat: undefined,
    dates: new Map(),
    repoStart: day("2025-09-01"),
    latestRelease: day("2026-11-02"),
    inclusive: false,
    vocabulary: ACTION_VOCABULARY,
    ...overrides,
  };
}

/** The context of a run at `instant` in `zone`. */
export function contextAt(instant: string, zone: string, overrides: Partial<DateContext> = {}): DateContext {
  return contextOn("2000-01-01", { today: calendarDateIn(new Date(instant), zone), ...overrides });
}
