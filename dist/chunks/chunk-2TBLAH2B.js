#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  calendarDateIn,
  isValidLocale,
  isValidZone,
  parseCalendarDate,
  parseYearlyDate
} from "./chunk-O2FWROEU.js";

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

// src/counters.ts
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
  const needsEngine = texts.some((text) => text.includes("{{") || text.includes("<!--"));
  const engine = needsEngine ? await import("./engine-5JU6VHHN.js") : void 0;
  const { needsParser } = await import("./zones-DZ3MP4EO.js");
  const markdown = needsEngine && texts.some(needsParser) ? await import("./markdown-ZUIHWH3A.js") : void 0;
  const formats = needsEngine && (settings.dateFormat !== void 0 || texts.some((text) => DATE_FORMAT.test(text)));
  const formatDate = formats ? (await import("./date-format-23QC7AQE.js")).formatDate : void 0;
  const context = dateContext(settings, now, snapshot.repoStart, formatDate);
  const renderText = (text, keepTokens) => engine ? engine.render(text, context, { keepTokens, parse: markdown?.parseZones }) : { text, changed: false, replacements: [], problems: [] };
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

// src/update.ts
var ATTEMPTS = 3;
async function update(source, sink, settings, clock, log) {
  const now = clock.now();
  import("./engine-5JU6VHHN.js").catch(() => void 0);
  let renderings = [];
  try {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await source.read();
      renderings = await renderSnapshot(snapshot, settings, now);
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
  if (bytes > MAX_FILE_BYTES) throw new FileError(path, `is ${bytes} bytes, over the 1 MiB limit`);
}
function decodeText(path, bytes) {
  if (bytes.includes(0)) throw new FileError(path, "holds a NUL byte: it is not a text file");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError(path, "is not valid UTF-8");
  }
}

export {
  fileSelection,
  stops,
  problemGroups,
  InputError,
  readSettings,
  isGlob,
  update,
  messageOf,
  FileError,
  checkSize,
  decodeText
};
