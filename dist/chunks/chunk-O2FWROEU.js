#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/dates.ts
var DAY_MS = 864e5;
function calendarDate(year, month, day) {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (year < 100 || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return void 0;
  return Object.freeze({ year, month, day });
}
function parseCalendarDate(text) {
  const match = /^(\d{4})([-_])(\d{2})\2(\d{2})$/.exec(text);
  return match ? calendarDate(Number(match[1]), Number(match[3]), Number(match[4])) : void 0;
}
function isCalendarDate(date) {
  return "year" in date;
}
function parseYearlyDate(text) {
  const match = /^(\d{2})[-_](\d{2})$/.exec(text);
  if (!match) return void 0;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return calendarDate(2e3, month, day) ? { month, day } : void 0;
}
function occurrence(date, today, which) {
  const inYear = (year) => calendarDate(year, date.month, date.day) ?? { year, month: date.month, day: date.day - 1 };
  const thisYear = inYear(today.year);
  const offset = daysBetween(today, thisYear);
  if (which === "next") return offset < 0 ? inYear(today.year + 1) : thisYear;
  return offset > 0 ? inYear(today.year - 1) : thisYear;
}
var zoneFormats = /* @__PURE__ */ new Map();
function calendarDateIn(instant, zone) {
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
function isValidZone(zone) {
  if (zone === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function isValidLocale(locale) {
  if (locale === "en-US") return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
function dayNumber(date) {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
function addMonths(date, months) {
  const index = date.year * 12 + date.month - 1 + months;
  const [year, month] = [Math.floor(index / 12), index % 12 + 1];
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, length) };
}
function wholeMonths(from, to) {
  const months = (to.year - from.year) * 12 + to.month - from.month;
  return daysBetween(addMonths(from, months), to) < 0 ? months - 1 : months;
}
function wholeUnitsBetween(from, to, unit) {
  if (unit === "weeks") return Math.floor(daysBetween(from, to) / 7);
  const months = wholeMonths(from, to);
  return unit === "months" ? months : Math.floor(months / 12);
}
function durationBetween(from, to, locale) {
  const months = wholeMonths(from, to);
  const years = Math.floor(months / 12);
  const days = daysBetween(addMonths(from, months), to);
  const amounts = [
    ["year", years],
    ["month", months - years * 12],
    ["day", days]
  ].filter(([, amount]) => amount !== 0);
  const parts = (amounts.length > 0 ? amounts : [["day", 0]]).map(
    ([unit, amount]) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long", useGrouping: false }).format(amount)
  );
  return new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }).format(parts);
}
function prettyDate(date, locale) {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "long",
    timeZone: "UTC"
  }).format(Date.UTC(date.year, date.month - 1, date.day));
}
function isoDate(date) {
  const pad = (value, length) => String(value).padStart(length, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export {
  parseCalendarDate,
  isCalendarDate,
  parseYearlyDate,
  occurrence,
  calendarDateIn,
  isValidZone,
  isValidLocale,
  daysBetween,
  wholeUnitsBetween,
  durationBetween,
  prettyDate,
  isoDate
};
