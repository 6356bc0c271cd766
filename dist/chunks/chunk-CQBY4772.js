#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/blocks.ts
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

// src/next-occurrence.ts
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

// src/parse-limits.ts
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

// src/zones.ts
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

export {
  NextOccurrence,
  findZones,
  needsParser
};
