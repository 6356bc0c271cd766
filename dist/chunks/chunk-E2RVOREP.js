#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-DD6AR6OB.js";
import {
  __toESM
} from "./chunk-ECLD5QZ6.js";

// src/text-files.ts
var MAX_FILE_BYTES = 1024 * 1024;
var FileError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "FileError";
  }
  path;
};
function checkSize(path, bytes) {
  if (bytes > MAX_FILE_BYTES)
    throw new FileError(path, `is ${bytes.toLocaleString("en-US")} bytes, over the 1 MiB limit`);
}
var NUL = "holds a NUL byte: it is not a text file";
function decodeText(path, bytes) {
  if (bytes.includes(0)) throw new FileError(path, NUL);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError(path, "is not valid UTF-8");
  }
}
function checkText(path, text) {
  if (text.includes("\0")) throw new FileError(path, NUL);
  return text;
}

// src/readme.ts
var README_FOLDERS = [".github", "", "docs"];
var README = /^readme(?:\.[^.]+)?$/i;
var MARKDOWN = /\.(?:md|mkdn?|mdwn|mdown|markdown)$/i;
function isMarkdown(path) {
  return MARKDOWN.test(path);
}
function rank(name) {
  if (name === "README.md") return 0;
  return isMarkdown(name) ? 1 : 2;
}
function shownReadme(files) {
  for (const folder of README_FOLDERS) {
    const best = (files.get(folder) ?? []).filter((name) => README.test(name)).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0];
    if (best !== void 0) return folder === "" ? best : `${folder}/${best}`;
  }
  return void 0;
}
function notMarkdown(path) {
  if (isMarkdown(path)) return void 0;
  return "is the README GitHub shows, but not markdown, so a marker would show on the page as text: rename it README.md, or set files to the file to count in";
}
var NO_README = "no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files";

// src/file-patterns.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function isGlob(pattern) {
  return import_picomatch.default.scan(pattern).isGlob;
}
var NEVER_MATCHED = ["**/node_modules/**", "**/.git/**", "node_modules/**", ".git/**"];
function matchFiles(patterns, files, where) {
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  const isExcluded = (0, import_picomatch.default)([...excluded, ...NEVER_MATCHED]);
  const isNeverMatched = (0, import_picomatch.default)(NEVER_MATCHED);
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    if (!isGlob(pattern)) {
      found.add(pattern);
      continue;
    }
    const matches = (0, import_picomatch.default)(pattern);
    const matched = files.filter((file) => matches(file) && !isExcluded(file));
    if (matched.length === 0)
      throw new GlobError(
        pattern,
        where,
        files.filter((file) => !isNeverMatched(file))
      );
    for (const file of matched) found.add(file);
  }
  return [...found].sort();
}
var GlobError = class extends Error {
  constructor(pattern, where, files) {
    const markdown = files.filter(isMarkdown).sort();
    const holds = markdown.length === 0 ? `${where} holds no markdown file (of ${files.length} files)` : `${where} holds ${markdown.length} markdown file${markdown.length === 1 ? "" : "s"}: ${markdown.slice(0, 5).join(", ")}${markdown.length > 5 ? ", \u2026" : ""}`;
    super(`"${pattern}" matches no file; ${holds}`);
    this.name = "GlobError";
  }
};

export {
  MAX_FILE_BYTES,
  FileError,
  checkSize,
  decodeText,
  checkText,
  README_FOLDERS,
  shownReadme,
  notMarkdown,
  NO_README,
  isGlob,
  matchFiles
};
