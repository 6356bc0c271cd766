#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  InputError,
  changedPaths,
  fileSelection,
  groupLine,
  isFailure,
  messageOf,
  outcomeLine,
  package_default,
  problemGroups,
  readSettings,
  stops,
  unifiedDiff,
  unreadDates,
  update,
  workspaceSink,
  workspaceSource
} from "./chunks/chunk-KJODWYIN.js";
import "./chunks/chunk-E2RVOREP.js";
import "./chunks/chunk-UNCV7JUT.js";
import "./chunks/chunk-DD6AR6OB.js";
import "./chunks/chunk-ECLD5QZ6.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input2) {
  if (input2 === null || input2 === void 0) {
    return "";
  } else if (typeof input2 === "string" || input2 instanceof String) {
    return input2;
  }
  return JSON.stringify(input2);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/action/context.ts
import { readFileSync } from "node:fs";
function input(env, name) {
  return env[`INPUT_${name.toUpperCase()}`] ?? "";
}
function workspace(env) {
  return env.GITHUB_WORKSPACE || process.cwd();
}
function eventPayload(env) {
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8")) ?? {};
  } catch {
    return {};
  }
}
function eventRepositoryCreation(env) {
  const created = eventPayload(env).repository?.created_at;
  const date = typeof created === "number" ? new Date(created * 1e3) : created ? new Date(created) : void 0;
  return date && !Number.isNaN(date.getTime()) ? date : void 0;
}
function eventSchedule(env) {
  return env.GITHUB_EVENT_NAME === "schedule" ? eventPayload(env).schedule : void 0;
}
async function gitHubContext(env) {
  const [{ context: loaded }, { getUserAgentWithOrchestrationId }] = await Promise.all([
    import("./chunks/github-UXEV2YDF.js"),
    import("./chunks/utils-GO2NZGIB.js")
  ]);
  const runner = process.env;
  process.env = { ...env };
  try {
    const context = new loaded.constructor();
    const payload = context.payload;
    const ref = context.ref ?? "";
    return {
      repository: env.GITHUB_REPOSITORY ? context.repo : void 0,
      branch: payload.pull_request?.head?.ref || (ref.startsWith("refs/heads/") ? ref.slice(11) : void 0),
      eventName: context.eventName,
      payload,
      apiUrl: context.apiUrl || "https://api.github.com",
      // Given a user agent, it returns one: its type allows undefined only for a call without.
      userAgent: getUserAgentWithOrchestrationId(`readme-counters/${package_default.version}`),
      // `octo/diary/.github/workflows/counters.yml@refs/heads/main`: the file name is what the API takes.
      workflowFile: env.GITHUB_WORKFLOW_REF?.split("@")[0]?.split("/").at(-1) || void 0
    };
  } finally {
    process.env = runner;
  }
}

// src/action/late-start.ts
var LATE_MS = 60 * 60 * 1e3;
async function lateStart(cron, now, timezone) {
  if (cron === void 0) return void 0;
  const { Cron } = await import("./chunks/croner-DFN463VF.js");
  const after = new Date(now.getTime() + 1);
  let due;
  try {
    due = [timezone, "UTC"].flatMap((zone) => new Cron(cron, { timezone: zone }).previousRuns(1, after));
  } catch {
    return void 0;
  }
  if (due.length === 0) return void 0;
  const nearest = Math.max(...due.map((date) => date.getTime()));
  const late = now.getTime() - nearest;
  if (late <= LATE_MS) return void 0;
  const minutes = Math.floor(late / 6e4);
  const readIn = timezone === "UTC" ? "UTC (the timezone input)" : `${timezone} (the timezone input) and in UTC`;
  return `This scheduled run started at least ${Math.floor(minutes / 60)} h ${minutes % 60} min after its schedule "${cron}": GitHub's event does not say the schedule's zone, so the cron was read in ${readIn}, and the nearer time taken`;
}

// src/action/keep-alive.ts
var QUIET_DAYS = 50;
var DAY_MS = 24 * 60 * 60 * 1e3;
function keepingAlive(sink, keep) {
  return {
    async deliver(snapshot, renderings) {
      const delivery = await sink.deliver(snapshot, renderings);
      return delivery.kind === "delivered" ? keepAlive(delivery, snapshot, keep) : delivery;
    }
  };
}
async function keepAlive(delivered, snapshot, keep) {
  const last = snapshot.defaultBranch;
  const committedThere = delivered.commits.length > 0 && !delivered.pullRequest && snapshot.branch === last?.name;
  if (!last || committedThere) return delivered;
  const quiet = keep.clock.now().getTime() - last.committedDate.getTime();
  const age = `${last.name}'s last commit is ${Math.floor(quiet / DAY_MS)} days old`;
  if (quiet < QUIET_DAYS * DAY_MS) {
    keep.log(`keep-alive: ${age}; the workflow is re-enabled once it is ${QUIET_DAYS}`);
    return delivered;
  }
  const warn = (why) => ({
    ...delivered,
    warnings: [...delivered.warnings ?? [], `keep-alive: ${age}, but the workflow was not re-enabled: ${why}`]
  });
  if (keep.workflow === void 0) return warn("GITHUB_WORKFLOW_REF does not say which workflow runs");
  const enabled = await keep.github.enableWorkflow(keep.repository, keep.workflow);
  if (enabled !== "enabled") return warn(enabled.warning);
  const note = `keep-alive: re-enabled workflow ${keep.workflow}, since ${age} (GitHub disables a schedule after 60 days without activity)`;
  return { ...delivered, notes: [...delivered.notes ?? [], note] };
}

// src/action/modes.ts
var MODES = {
  /** The workspace's files, written in place; nothing committed. */
  async none(settings, { env }) {
    const root = workspace(env);
    const source = workspaceSource(fileSelection(settings), {
      root,
      repoStart: async () => eventRepositoryCreation(env) ?? {
        unknown: "the event that started this run does not say when the repository was created: set repo-start, e.g. 2024-05-01"
      },
      repositoryDates: async () => unreadDates(
        settings.repositoryDates.keys(),
        "commit: none reads only the workspace, not the repository's releases, tags and labels: set commit: api"
      ),
      missingHint: "did the job run actions/checkout before this step?"
    });
    return { source, sink: workspaceSink(root) };
  },
  /** One snapshot query, one verified commit. */
  async api(settings, dependencies) {
    const { github, commitSink, gitHubSource, repository, context, keepAlive: keepAlive2 } = await gitHubSide(
      settings,
      dependencies
    );
    const branch = settings.branch ?? triggeringBranch(repository, context);
    return {
      source: gitHubSource(github, { ...fileRequest(settings, repository), branch }),
      sink: keepAlive2(commitSink(github, commitSettings(settings, repository)))
    };
  },
  /** Every change through one pull request into the branch (design section 10). */
  async "pull-request"(settings, dependencies) {
    const side = await pullRequestSide(settings, dependencies);
    return { source: side.source, sink: side.keepAlive(side.pullRequest) };
  },
  /** A direct commit; where a ruleset or protection refuses it, the same change through a pull request. */
  async auto(settings, dependencies) {
    const side = await pullRequestSide(settings, dependencies);
    const throughPullRequest = (snapshot, renderings, refusal) => {
      dependencies.reporter.info(`${refusal}: going through a pull request from ${side.branch} instead`);
      return side.pullRequest.deliver(snapshot, renderings);
    };
    const sink = side.commitSink(side.github, commitSettings(settings, side.repository), throughPullRequest);
    return { source: side.source, sink: side.keepAlive(sink) };
  }
};
async function gitHubSide(settings, dependencies) {
  const [context, { gitHub }, { gitHubClient }, { commitSink, gitHubSource }, { pullRequestSink, pullRequestBranch }] = await Promise.all([
    gitHubContext(dependencies.env),
    import("./chunks/api-B7RP5Q6L.js"),
    import("./chunks/client-GHHNRXWS.js"),
    import("./chunks/commit-7XOUOE3I.js"),
    import("./chunks/pull-request-TTHXWY4S.js")
  ]);
  const { clock, reporter } = dependencies;
  const github = gitHub(
    gitHubClient({
      token: settings.token,
      apiUrl: context.apiUrl,
      userAgent: context.userAgent,
      fetch: dependencies.fetch,
      sleep: clock.sleep,
      now: clock.now,
      log: reporter.info,
      shell: "action"
    })
  );
  const repository = settings.repository ?? currentRepository(context);
  if (settings.keepAlive && !sameRepository(repository, context.repository)) {
    throw new InputError(
      "keep-alive",
      `re-enables a workflow of the repository it runs in, and ${repository.owner}/${repository.repo} (the repository input) is another`,
      "false"
    );
  }
  const keepAlive2 = (sink) => settings.keepAlive ? keepingAlive(sink, { github, repository, workflow: context.workflowFile, clock, log: reporter.info }) : sink;
  return { context, github, repository, commitSink, gitHubSource, pullRequestSink, pullRequestBranch, keepAlive: keepAlive2 };
}
async function pullRequestSide(settings, dependencies) {
  const side = await gitHubSide(settings, dependencies);
  const { github, repository, context } = side;
  const base = settings.branch ?? triggeringBranch(repository, context) ?? await github.defaultBranch(repository);
  const branches = side.pullRequestBranch(settings.pullRequestBranch, base);
  const source = side.gitHubSource(github, {
    ...fileRequest(settings, repository),
    branch: base,
    pullRequest: branches
  });
  const pullRequest = side.pullRequestSink(github, {
    ...commitSettings(settings, repository),
    branch: branches.branch,
    autoMerge: settings.autoMerge
  });
  return { ...side, source, pullRequest, branch: branches.branch };
}
function fileRequest(settings, repository) {
  const { paths, optional } = fileSelection(settings);
  return { repository, paths, optional, repositoryDates: settings.repositoryDates };
}
function commitSettings(settings, repository) {
  return { repository, message: settings.commitMessage };
}
function currentRepository(context) {
  if (!context.repository) {
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world"
    );
  }
  return context.repository;
}
function triggeringBranch(repository, context) {
  return sameRepository(repository, context.repository) ? context.branch : void 0;
}
function sameRepository(repository, other) {
  return other !== void 0 && `${repository.owner}/${repository.repo}`.toLowerCase() === `${other.owner}/${other.repo}`.toLowerCase();
}

// src/action/report.ts
function setDefaultOutputs(reporter) {
  for (const [name, value] of Object.entries(outputs({ renderings: [], result: { kind: "failed", message: "" } }))) {
    reporter.output(name, value);
  }
}
async function report(outcome, strict, reporter, shellNotes) {
  for (const [name, value] of Object.entries(outputs(outcome))) reporter.output(name, value);
  const withTokens = outcome.renderings.filter(
    (rendering) => rendering.changed || rendering.replacements.length > 0 || rendering.problems.length > 0
  );
  for (const rendering of withTokens) {
    reporter.group(
      `${rendering.path}: ${rendering.changed ? "changed" : "unchanged"}`,
      rendering.replacements.map(({ token, value, line }) => `line ${line}: ${token} = ${value}`)
    );
  }
  const withNone = outcome.renderings.length - withTokens.length;
  if (withNone > 0) reporter.info(`${withNone === 1 ? "1 other file holds" : `${withNone} other files hold`} no token`);
  const groups = problemGroups(outcome.renderings);
  for (const group of groups) {
    const [{ line, column }] = group.places;
    const level = stops(group.kind, strict) ? "error" : "warning";
    reporter.annotate(level, groupLine(group, { withLines: true }), { file: group.file, line, column });
  }
  const warnings = outcome.result.kind === "delivered" ? outcome.result.warnings ?? [] : [];
  for (const warning2 of warnings) reporter.annotate("warning", warning2);
  const notes = [...shellNotes, ...outcome.result.kind === "delivered" ? outcome.result.notes ?? [] : []];
  for (const note of notes) reporter.info(note);
  const headline = outcomeLine(outcome, "action");
  await reporter.summary(summary2(outcome, headline, groups, strict, warnings, notes));
  if (isFailure(outcome)) reporter.fail(headline);
  else reporter.info(headline);
}
function outputs(outcome) {
  const { result } = outcome;
  const done = result.kind === "delivered" ? result : result.kind === "failed" ? result.landed : void 0;
  const changedFiles = done?.changedFiles ?? (result.kind === "dry-run" ? changedPaths(outcome.renderings) : []);
  const commits = done?.commits ?? [];
  const values = {};
  for (const { replacements } of outcome.renderings) {
    for (const { token, value } of replacements) values[token] = value;
  }
  const commit = commits.at(-1);
  const pullRequest = result.kind === "delivered" ? result.pullRequest : void 0;
  return {
    changed: String(changedFiles.length > 0),
    "commit-sha": commit?.sha ?? "",
    "commit-url": commit?.url ?? "",
    "commit-shas": JSON.stringify(commits.map((link) => link.sha)),
    "changed-files": JSON.stringify(changedFiles),
    values: JSON.stringify(values),
    "pull-request-number": pullRequest ? String(pullRequest.number) : "",
    "pull-request-url": pullRequest?.url ?? ""
  };
}
function lines(places) {
  return [...new Set(places.map((place) => place.line))].join(", ");
}
function summary2(outcome, headline, groups, strict, warnings, notes) {
  const parts = ["## readme-counters", "", `**${escapeHtml(headline)}**`];
  const { result } = outcome;
  if (result.kind === "delivered" && result.pullRequest) {
    parts.push("", `Pull request: ${anchor(result.pullRequest.url, `#${result.pullRequest.number}`)}`);
  }
  const commits = result.kind === "delivered" ? result.commits : result.kind === "failed" ? result.landed?.commits ?? [] : [];
  if (commits.length > 0) {
    const links = commits.map((commit) => anchor(commit.url, commit.sha.slice(0, 7)));
    parts.push("", `${links.length === 1 ? "Commit" : "Commits"}: ${links.join(", ")}`);
  }
  for (const note of notes) parts.push("", escapeHtml(note));
  for (const warning2 of warnings) parts.push("", `Warning: ${escapeHtml(warning2)}`);
  const values = outcome.renderings.flatMap(
    ({ path, replacements }) => replacements.map(({ token, value, line }) => ({
      file: path,
      html: row([path, `<code>${escapeHtml(token)}</code>`, escapeHtml(value), String(line)])
    }))
  );
  if (values.length > 0) {
    const shown = withinBudget(values, BUDGET.values);
    parts.push(
      "",
      "<table>",
      row(["File", "Token", "Value", "Line"], "th"),
      ...shown.map((value) => value.html),
      "</table>"
    );
    if (shown.length < values.length)
      parts.push("", leftOut(values.slice(shown.length), "tokens", "the log lists every value"));
  } else if (outcome.renderings.length > 0) {
    parts.push("", "No token was given a value.");
  }
  if (result.kind === "dry-run") {
    const diffs = outcome.renderings.filter((rendering) => rendering.changed).map(({ path, before, text }) => ({ file: path, html: unifiedDiff(path, before, text) }));
    const shown = withinBudget(diffs, BUDGET.diff);
    if (shown.length > 0) {
      parts.push(
        "",
        "<details><summary>The change that would be made</summary>",
        "",
        fence(shown.map((diff) => diff.html).join(""), "diff"),
        "",
        "</details>"
      );
    }
    if (shown.length < diffs.length) {
      parts.push("", leftOut(diffs.slice(shown.length), "diffs", "`npx readme-counters` shows them in a checkout"));
    }
  }
  if (groups.length > 0) {
    const rows = groups.map((group) => ({
      file: group.file,
      html: row([
        group.file,
        lines(group.places),
        `<code>${escapeHtml(group.text)}</code>`,
        escapeHtml(`${what(group, strict)}: ${group.message}`).replaceAll("\n", "<br>")
      ])
    }));
    const shown = withinBudget(rows, BUDGET.problems);
    parts.push(
      "",
      "### Tokens and markers it had something to say about",
      "",
      "<table>",
      row(["File", "Lines", "Token", "What happened"], "th"),
      ...shown.map((problem) => problem.html),
      "</table>"
    );
    if (shown.length < rows.length) {
      parts.push("", leftOut(rows.slice(shown.length), "tokens", "the log lists each one, with its place"));
    }
  }
  return `${parts.join("\n")}
`;
}
var BUDGET = { values: 480 * 1024, diff: 240 * 1024, problems: 180 * 1024 };
function withinBudget(entries, budget) {
  let used = 0;
  const shown = [];
  for (const entry of entries) {
    used += Buffer.byteLength(entry.html, "utf8") + 1;
    if (used > budget) break;
    shown.push(entry);
  }
  return shown;
}
function leftOut(entries, what2, where) {
  const perFile = /* @__PURE__ */ new Map();
  for (const { file } of entries) perFile.set(file, (perFile.get(file) ?? 0) + 1);
  const count = (n) => n.toLocaleString("en-US");
  const files = [...perFile].map(([file, n]) => `${escapeHtml(file)} ${count(n)}`);
  const shownFiles = files.length > 20 ? [...files.slice(0, 20), `and ${count(files.length - 20)} more files`] : files;
  return `And ${count(entries.length)} more ${what2}, left out to keep this summary under GitHub's 1 MiB (by file: ${shownFiles.join(", ")}); ${where}.`;
}
function what(group, strict) {
  if (stops(group.kind, strict)) return "stopped the run";
  return group.kind === "written" ? "written, with a warning" : "left alone";
}
function anchor(url, text) {
  return `<a href="${escapeHtml(url).replaceAll('"', "&quot;")}">${escapeHtml(text)}</a>`;
}
function row(cells, tag = "td") {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
}
function escapeHtml(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function fence(lines2, language) {
  const longest = Math.max(2, ...[...lines2.matchAll(/`+/g)].map((run2) => run2[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}${language}
${lines2}${marks}`;
}

// src/action/main.ts
async function run(dependencies = defaultDependencies()) {
  const { reporter, clock } = dependencies;
  const started = clock.now();
  setDefaultOutputs(reporter);
  let outcome;
  let strict = false;
  let late;
  try {
    const settings = readSettings((name) => input(dependencies.env, name));
    strict = settings.strict;
    late = await lateStart(eventSchedule(dependencies.env), started, settings.timezone);
    const { source, sink } = await MODES[settings.commit](settings, dependencies);
    outcome = await update(source, sink, settings, clock, reporter.info);
  } catch (error2) {
    outcome = { renderings: [], result: { kind: "failed", message: messageOf(error2) } };
  }
  await report(outcome, strict, reporter, late === void 0 ? [] : [late]);
}
function defaultDependencies() {
  return {
    env: process.env,
    clock: {
      now: () => /* @__PURE__ */ new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
    },
    reporter: actionsReporter(process.env)
  };
}
function actionsReporter(env) {
  return {
    output: setOutput,
    info,
    group(title, lines2) {
      startGroup(title);
      for (const line of lines2) info(line);
      endGroup();
    },
    annotate(level, message, place) {
      const properties = place && {
        title: "readme-counters",
        file: place.file,
        startLine: place.line,
        startColumn: place.column
      };
      if (level === "error") error(message, properties);
      else warning(message, properties);
    },
    async summary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
    },
    fail: setFailed
  };
}

// src/index.ts
await run();
