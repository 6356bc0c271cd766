import { DateTime } from "luxon";
import type { DateFormatter } from "./dates.js";

/**
 * luxon's `toFormat` pattern language (`cccc, d LLLL yyyy`), for DATE:FORMAT
 * and the date-format input; loaded only where a run needs one.
 */
export const formatDate: DateFormatter = (date, pattern, locale) =>
  DateTime.utc(date.year, date.month, date.day, { locale }).toFormat(pattern);
