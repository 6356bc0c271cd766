#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  daysBetween,
  durationBetween,
  isCalendarDate,
  isoDate,
  occurrence,
  parseCalendarDate,
  parseYearlyDate,
  prettyDate,
  wholeUnitsBetween
} from "./chunk-O2FWROEU.js";
import {
  NextOccurrence,
  findZones
} from "./chunk-CQBY4772.js";
import "./chunk-ECLD5QZ6.js";

// src/tokens.ts
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
  const relative = RELATIVE.exec(name);
  if (relative) {
    const date = resolveDate(relative[1], context, "next");
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
function formatCount(amount, unit, style, locale) {
  if (style === void 0) return String(amount);
  return formatter(locale, style, UNITS[unit]).format(amount);
}
var formatters = /* @__PURE__ */ new Map();
function formatter(locale, style, unit) {
  const key = `${locale} ${style} ${unit}`;
  let found = formatters.get(key);
  if (!found) {
    found = style === "number" ? new Intl.NumberFormat(locale) : new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: style });
    formatters.set(key, found);
  }
  return found;
}
function relativeDay(days, locale) {
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
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

// src/engine.ts
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
export {
  render
};
