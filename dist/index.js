#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  FileError,
  InputError,
  checkSize,
  decodeText,
  fileSelection,
  messageOf,
  package_default,
  problemGroups,
  readSettings,
  stops,
  unifiedDiff,
  update,
  workspaceSink,
  workspaceSource
} from "./chunks/chunk-WVKCQ3AE.js";
import {
  getProxyUrl
} from "./chunks/chunk-P5FOLTBI.js";
import "./chunks/chunk-ECLD5QZ6.js";

// src/action/main.ts
import { readFile } from "node:fs/promises";

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
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
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
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
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
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
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
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
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

// src/http.ts
import { createRequire } from "node:module";

// src/github/client.ts
var GitHubError = class extends Error {
  name = "GitHubError";
};
var QUERY_ATTEMPTS = 3;
var RATE_LIMIT_RETRIES = 2;
var LONGEST_RATE_LIMIT_WAIT_S = 60;
var SECONDARY_LIMIT_WAIT_S = 60;
var REQUEST_TIMEOUT_MS = 6e4;
function graphqlUrl(apiUrl) {
  return `${apiUrl.replace(/\/+$/, "").replace(/\/api\/v3$/, "/api")}/graphql`;
}
function graphqlClient(options) {
  const url = graphqlUrl(options.apiUrl);
  const headers = {
    authorization: `token ${options.token}`,
    "content-type": "application/json; charset=utf-8",
    accept: "application/json",
    "user-agent": options.userAgent
  };
  async function request(document, variables, idempotent) {
    let failures = 0;
    let rateLimited = 0;
    for (; ; ) {
      let response;
      try {
        response = await options.post(url, headers, JSON.stringify({ query: document, variables }));
      } catch (error2) {
        const failure = networkFailure(error2);
        if (failure.unreachable)
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} is out of reach (${failure.reason}): check the runner's network and GITHUB_API_URL`
          );
        if (!idempotent) return { kind: "lost", reason: failure.reason };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub's API at ${options.apiUrl} kept dropping the connection (${failure.reason}): run the workflow again later`
          );
        }
        options.log(`The connection to GitHub dropped (${failure.reason}); trying again`);
        await options.sleep(1e3 * failures);
        continue;
      }
      const body = parseBody(response.body);
      const limit = rateLimit(response, body, options.now());
      if (limit) {
        if (limit.waitSeconds > LONGEST_RATE_LIMIT_WAIT_S || rateLimited++ >= RATE_LIMIT_RETRIES) {
          throw new GitHubError(limit.giveUp);
        }
        options.log(`${limit.reached}; trying again in ${limit.waitSeconds} s`);
        await options.sleep(limit.waitSeconds * 1e3);
        continue;
      }
      if (response.status === 401) {
        throw new GitHubError(
          "GitHub refused the token (401 Bad credentials): pass a valid token, e.g. token: ${{ github.token }}"
        );
      }
      if (response.status >= 500) {
        if (!idempotent) return { kind: "lost", reason: `GitHub answered ${response.status}` };
        if (++failures >= QUERY_ATTEMPTS) {
          throw new GitHubError(
            `GitHub kept failing (${response.status}) after ${QUERY_ATTEMPTS} tries: run the workflow again later`
          );
        }
        options.log(`GitHub answered ${response.status}; trying again`);
        await options.sleep(1e3 * failures);
        continue;
      }
      if (response.status >= 400 || body?.errors?.length) {
        return {
          kind: "errors",
          errors: body?.errors?.length ? body.errors : [httpError(response.status, body)],
          status: response.status
        };
      }
      if (body?.data === void 0) {
        throw new GitHubError(`GitHub answered ${response.status} with no data: run the workflow again later`);
      }
      return { kind: "data", data: body.data };
    }
  }
  return {
    query: (document, variables) => request(document, variables, true),
    mutate: (document, variables) => request(document, variables, false)
  };
}
function httpError(status, body) {
  const message = body?.message ?? `HTTP ${status}`;
  const type = { 403: "FORBIDDEN", 404: "NOT_FOUND" }[status];
  return type === void 0 ? { message } : { type, message };
}
function parseBody(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
var UNREACHABLE = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE"
]);
function networkFailure(error2) {
  const code = error2?.code;
  if (code === "ETIMEDOUT") return { reason: `no answer in ${REQUEST_TIMEOUT_MS / 1e3} s`, unreachable: false };
  const reason = error2 instanceof Error ? error2.message : String(error2);
  return { reason, unreachable: typeof code === "string" && UNREACHABLE.has(code) };
}
function rateLimit(response, body, now) {
  const messages = [body?.message ?? "", ...(body?.errors ?? []).map((error2) => error2.message)].join("\n");
  const limited = response.status === 403 || response.status === 429;
  if (limited && (/\bsecondary rate limit/i.test(messages) || response.headers["retry-after"] !== void 0)) {
    return {
      waitSeconds: Number(response.headers["retry-after"]) || SECONDARY_LIMIT_WAIT_S,
      reached: "GitHub's secondary rate limit was reached",
      giveUp: "GitHub's secondary rate limit stopped the run (too many requests in a short time, by this and other jobs): run the workflow again later"
    };
  }
  const primary = limited && response.headers["x-ratelimit-remaining"] === "0" || (body?.errors ?? []).some((error2) => error2.type === "RATE_LIMITED" || error2.type === "RATE_LIMIT");
  if (!primary) return void 0;
  const reset = Number(response.headers["x-ratelimit-reset"]);
  const waitSeconds = reset > 0 ? Math.max(1, Math.ceil(reset - now.getTime() / 1e3)) : SECONDARY_LIMIT_WAIT_S;
  const until = reset > 0 ? ` until ${new Date(reset * 1e3).toISOString().slice(11, 16)} UTC` : "";
  return {
    waitSeconds,
    reached: "GitHub's rate limit for this token was reached",
    giveUp: `GitHub's rate limit for this token is used up${until}: the next run will catch up, or use a token of its own (a GitHub App's)`
  };
}

// src/http.ts
var require2 = createRequire(import.meta.url);
var httpPost = async (url, headers, body) => {
  const target = new URL(url);
  if (getProxyUrl(target)) return postThroughProxy(target, headers, body);
  const { request: send } = target.protocol === "http:" ? require2("node:http") : require2("node:https");
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      { method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (incoming) => {
        const chunks = [];
        incoming.on("data", (chunk) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on(
          "end",
          () => resolve({
            status: incoming.statusCode ?? 0,
            headers: flatten(incoming.headers),
            body: Buffer.concat(chunks).toString("utf8")
          })
        );
      }
    );
    outgoing.setTimeout(
      REQUEST_TIMEOUT_MS,
      () => outgoing.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1e3} s`), { code: "ETIMEDOUT" }))
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
};
async function postThroughProxy(target, headers, body) {
  const { HttpClient } = await import("./chunks/lib-JPHOV25M.js");
  const response = await new HttpClient(headers["user-agent"], [], { socketTimeout: REQUEST_TIMEOUT_MS }).post(
    target.href,
    body,
    { ...headers }
  );
  return {
    status: response.message.statusCode ?? 0,
    headers: flatten(response.message.headers),
    body: await response.readBody()
  };
}
function flatten(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value])
  );
}

// src/github/commit.ts
function gitHubSource(github, request) {
  return { read: () => github.readSnapshot(request) };
}
function commitSink(github, settings, whenGuarded = refuse) {
  let lost;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        if (lost && snapshot.head.parent === lost.parent && snapshot.head.headline === headline(settings.message)) {
          const { oid, url } = snapshot.head;
          return committed({ sha: oid, url }, lost.paths, snapshot);
        }
        return { kind: "delivered", changed: false, changedFiles: [], summary: "Every counter is up to date" };
      }
      const paths = changed.map((rendering) => rendering.path);
      const result = await github.commit({
        repository: settings.repository,
        branch: snapshot.branch,
        expectedHeadOid: snapshot.head.oid,
        message: settings.message,
        files: changed.map(({ path, text: text2 }) => ({ path, text: text2 }))
      });
      switch (result.kind) {
        case "committed":
          return committed(result.commit, paths, snapshot);
        case "stale":
          return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
        case "lost":
          lost = { parent: snapshot.head.oid, paths };
          return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
        case "guarded":
          return whenGuarded(
            snapshot,
            renderings,
            `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message})`
          );
      }
    }
  };
}
async function refuse(_snapshot, _renderings, refusal2) {
  throw new GitHubError(
    `${refusal2}: set commit: pull-request (or auto), use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
  );
}
function committed(commit, paths, snapshot) {
  const open2 = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit,
    summary: `Committed ${commit.sha.slice(0, 7)}`,
    ...open2 && {
      warnings: [
        `pull request #${open2.number} is no longer needed, since ${snapshot.branch} took the commit directly: close it`
      ]
    }
  };
}
function headline(message) {
  return message.split("\n")[0] ?? message;
}

// src/github/github.ts
function gitHub(client) {
  return {
    async defaultBranch(repository) {
      const answer = await client.query(
        "query ReadmeCountersDefaultBranch($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name } } }",
        { owner: repository.owner, name: repository.repo }
      );
      const name = dataOf(answer, repository).repository?.defaultBranchRef?.name;
      if (name === void 0) {
        throw new GitHubError(
          `Repository ${repository.owner}/${repository.repo} has no default branch, or the token cannot see it`
        );
      }
      return name;
    },
    async readSnapshot(request) {
      const answer = await client.query(snapshotQuery(request), snapshotVariables(request));
      return snapshotFrom(dataOf(answer, request.repository), request);
    },
    async commit(request) {
      const answer = await client.mutate(COMMIT_MUTATION, { input: commitInput(request) });
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        if (hasType(answer.errors, "STALE_DATA") || /Expected branch to point to/.test(text(answer.errors))) {
          return { kind: "stale" };
        }
        if (isGuarded(answer.errors)) return { kind: "guarded", message: firstLine(text(answer.errors)) };
        throw refusal(answer.errors, `commit to ${request.branch}`, "contents: write");
      }
      const commit = answer.data.createCommitOnBranch?.commit;
      if (!commit) throw new GitHubError(`GitHub did not return the commit on ${request.branch}`);
      return { kind: "committed", commit: { sha: commit.oid, url: commit.url } };
    },
    async createBranch(repositoryId, name, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersCreateBranch($input: CreateRefInput!) { createRef(input: $input) { ref { id } } }`,
        { input: { repositoryId, name: `refs/heads/${name}`, oid } }
      );
      const id = dataOrLost(answer, `create branch ${name}`, "contents: write")?.createRef?.ref?.id;
      if (typeof id === "string") return { id };
      if (answer.kind === "lost") return answer;
      throw new GitHubError(`GitHub did not return branch ${name}`);
    },
    async moveBranch(refId, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveBranch($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }`,
        { input: { refId, oid, force: true } }
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : void 0;
    },
    async moveAndDelete(refId, oid, deleteRefId) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveAndDelete($move: UpdateRefInput!, $delete: DeleteRefInput!) {
  updateRef(input: $move) { ref { id } }
  deleteRef(input: $delete) { clientMutationId }
}`,
        { move: { refId, oid, force: true }, delete: { refId: deleteRefId } }
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : void 0;
    },
    async openPullRequest(request) {
      const answer = await client.mutate(
        `mutation ReadmeCountersOpenPullRequest($input: CreatePullRequestInput!) {
  createPullRequest(input: $input) { pullRequest { id number url } }
}`,
        {
          input: {
            repositoryId: request.repositoryId,
            baseRefName: request.base,
            headRefName: request.head,
            title: request.title,
            body: request.body
          }
        }
      );
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        const said = text(answer.errors);
        if (/A pull request already exists/i.test(said)) return "exists";
        if (/not permitted to create or approve pull requests/i.test(said)) {
          throw new GitHubError(
            `GitHub refused to open the pull request (${firstLine(said)}): turn on the repository setting "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions), or pass a GitHub App token`
          );
        }
        throw refusal(
          answer.errors,
          `open a pull request from ${request.head} into ${request.base}`,
          "pull-requests: write"
        );
      }
      const pullRequest = answer.data.createPullRequest?.pullRequest;
      if (!pullRequest) throw new GitHubError(`GitHub did not return the pull request from ${request.head}`);
      return pullRequest;
    },
    async enableAutoMerge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersAutoMerge($input: EnablePullRequestAutoMergeInput!) {
  enablePullRequestAutoMerge(input: $input) { pullRequest { id } }
}`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } }
      );
      if (answer.kind === "data") return "enabled";
      if (answer.kind === "lost")
        return { warning: `GitHub's answer to enabling auto-merge was lost (${answer.reason})` };
      const said = firstLine(text(answer.errors));
      if (/clean status/i.test(said)) return "clean";
      if (/auto.?merge is not allowed/i.test(said)) {
        return {
          warning: `auto-merge is not allowed in this repository (${said}): turn on "Allow auto-merge" in Settings \u2192 General \u2192 Pull Requests; the pull request is open`
        };
      }
      return { warning: `GitHub did not enable auto-merge (${said}); the pull request is open` };
    },
    async merge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMerge($input: MergePullRequestInput!) { mergePullRequest(input: $input) { pullRequest { id } } }`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } }
      );
      if (answer.kind === "data") return "merged";
      if (answer.kind === "lost") return answer;
      return { warning: `GitHub did not merge the pull request (${firstLine(text(answer.errors))}); it is open` };
    }
  };
}
var COMMIT_FIELDS = "oid url messageHeadline parents(first: 1) { nodes { oid } }";
function snapshotQuery(request) {
  const variables = request.paths.map((_, index) => `, $p${index}: String!`).join("");
  const files = request.paths.map(
    (_, index) => `f${index}: file(path: $p${index}) { object { ... on Blob { text isBinary byteSize isTruncated } } }`
  ).join("\n          ");
  const ref = request.branch === void 0 ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  const pullRequest = request.pullRequest ? `autoMergeAllowed
    pullRequestBranch: ref(qualifiedName: $pullRequestRef) {
      id
      compare(headRef: $base) { behindBy }
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    scratchBranch: ref(qualifiedName: $scratchRef) { id }
    pullRequests(headRefName: $pullRequestBranch, baseRefName: $base, states: [OPEN], first: 1) { nodes { id number url } }` : "";
  const declared = [
    request.branch === void 0 ? "" : ", $ref: String!",
    request.pullRequest ? ", $base: String!, $pullRequestBranch: String!, $pullRequestRef: String!, $scratchRef: String!" : ""
  ].join("");
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${declared}${variables}) {
  repository(owner: $owner, name: $name) {
    id
    createdAt
    branch: ${ref} {
      name
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    ${pullRequest}
  }
}`;
}
function snapshotVariables(request) {
  const variables = { owner: request.repository.owner, name: request.repository.repo };
  if (request.branch !== void 0) variables.ref = `refs/heads/${request.branch}`;
  if (request.pullRequest && request.branch !== void 0) {
    variables.base = request.branch;
    variables.pullRequestBranch = request.pullRequest.branch;
    variables.pullRequestRef = `refs/heads/${request.pullRequest.branch}`;
    variables.scratchRef = `refs/heads/${request.pullRequest.scratch}`;
  }
  for (const [index, path] of request.paths.entries()) variables[`p${index}`] = path;
  return variables;
}
function snapshotFrom(data, request) {
  const { owner, repo } = request.repository;
  const repository = data.repository;
  if (!repository) throw new GitHubError(`Repository ${owner}/${repo} was not found, or the token cannot see it`);
  const target = repository.branch?.target;
  if (!repository.branch || !target) {
    throw new GitHubError(
      request.branch === void 0 ? `Repository ${owner}/${repo} has no default branch yet: push a first commit` : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`
    );
  }
  const branch = repository.branch.name;
  const files = /* @__PURE__ */ new Map();
  for (const [index, path] of request.paths.entries()) {
    const blob = target[`f${index}`]?.object;
    if (blob) files.set(path, blobText(path, blob));
    else if (request.optional.includes(path)) files.set(path, void 0);
    else throw new FileError(path, `not found on branch ${branch} of ${owner}/${repo}: check the files input`);
  }
  const snapshot = { files, repoStart: new Date(repository.createdAt), branch, head: commitInfo(target) };
  if (!request.pullRequest) return snapshot;
  const pullRequestTarget = repository.pullRequestBranch?.target;
  const open2 = repository.pullRequests?.nodes?.[0] ?? void 0;
  return {
    ...snapshot,
    pullRequest: {
      repositoryId: repository.id,
      autoMergeAllowed: repository.autoMergeAllowed ?? false,
      branch: repository.pullRequestBranch && pullRequestTarget ? {
        id: repository.pullRequestBranch.id,
        head: commitInfo(pullRequestTarget),
        aheadBy: repository.pullRequestBranch.compare?.behindBy ?? 0,
        files: new Map(
          request.paths.map((path, index) => {
            const blob = pullRequestTarget[`f${index}`]?.object;
            return [path, blob ? blobText(path, blob) : void 0];
          })
        )
      } : void 0,
      scratchId: repository.scratchBranch?.id,
      open: open2 ?? void 0
    }
  };
}
function commitInfo(commit) {
  return {
    oid: commit.oid,
    url: commit.url,
    headline: commit.messageHeadline,
    parent: commit.parents.nodes?.[0]?.oid
  };
}
function blobText(path, blob) {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  checkSize(path, blob.byteSize);
  if (blob.isTruncated || blob.text === null) throw new FileError(path, "could not be read whole from GitHub");
  return decodeText(path, Buffer.from(blob.text, "utf8"));
}
var COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
function commitInput(request) {
  const [headline2 = "", ...body] = request.message.split("\n");
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body.join("\n").trim() ? { headline: headline2, body: body.join("\n").trim() } : { headline: headline2 },
    fileChanges: {
      additions: request.files.map(({ path, text: text2 }) => ({
        path,
        contents: Buffer.from(text2, "utf8").toString("base64")
      }))
    }
  };
}
function dataOf(answer, repository) {
  if (answer.kind === "data") return answer.data;
  if (answer.kind === "lost") throw new GitHubError(`GitHub's answer was lost (${answer.reason})`);
  const { owner, repo } = repository;
  if (hasType(answer.errors, "NOT_FOUND")) {
    throw new GitHubError(
      `GitHub found no repository ${owner}/${repo} that this token can see (${firstLine(text(answer.errors))}): check the repository input and the token`
    );
  }
  throw refusal(answer.errors, `read ${owner}/${repo}`, "contents: read");
}
function dataOrLost(answer, action, permission) {
  if (answer.kind === "errors") throw refusal(answer.errors, action, permission);
  return answer.kind === "data" ? answer.data : void 0;
}
function isGuarded(errors) {
  return /Repository rule violations found|protected branch/i.test(text(errors));
}
function refusal(errors, action, permission) {
  const said = firstLine(text(errors));
  if (hasType(errors, "FORBIDDEN") || /Resource not accessible by integration/.test(said)) {
    return new GitHubError(
      `GitHub refused to ${action} (${said}): give the job \`permissions: ${permission}\`, or for another repository a token that may`
    );
  }
  return new GitHubError(`GitHub refused to ${action}: ${said}`);
}
function hasType(errors, type) {
  return errors.some((error2) => error2.type === type);
}
function text(errors) {
  return errors.map((error2) => error2.message).join("\n");
}
function firstLine(message) {
  return message.trim().split("\n")[0] ?? "";
}

// src/github/pull-request.ts
function scratchBranch(branch) {
  return `${branch}-next`;
}
function pullRequestSink(github, settings) {
  return {
    async deliver(snapshot, renderings) {
      const side = snapshot.pullRequest;
      if (!side) throw new Error("the snapshot has no pull-request side: the query must read it");
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        return { kind: "delivered", changed: false, changedFiles: [], summary: "Every counter is up to date" };
      }
      refuseForeignCommits(side, snapshot.branch, settings);
      const paths = changed.map((rendering) => rendering.path);
      const open2 = side.open;
      if (open2 && carries(side, snapshot, renderings, settings.message)) {
        return {
          kind: "delivered",
          changed: false,
          changedFiles: [],
          pullRequest: link(open2),
          summary: `Pull request #${open2.number} is up to date`
        };
      }
      if (open2 && side.branch) return update2(github, snapshot, side, side.branch.id, open2, changed, paths, settings);
      return openNew(github, snapshot, side, changed, paths, settings, renderings);
    }
  };
}
function refuseForeignCommits(side, base, settings) {
  const branch = side.branch;
  if (!branch || branch.aheadBy === 0) return;
  if (branch.aheadBy === 1 && branch.head.headline === headline(settings.message)) return;
  const held = branch.aheadBy === 1 ? "a commit" : `${branch.aheadBy} commits`;
  throw new GitHubError(
    `Branch ${settings.branch} holds ${held} that readme-counters did not make, which it will not throw away: merge or close its pull request into ${base} and delete the branch, or set pull-request-branch to another name`
  );
}
function carries(side, snapshot, renderings, message) {
  const branch = side.branch;
  return branch !== void 0 && branch.aheadBy === 1 && branch.head.parent === snapshot.head.oid && branch.head.headline === headline(message) && renderings.every((rendering) => branch.files.get(rendering.path) === rendering.text);
}
async function update2(github, snapshot, side, branchId, open2, changed, paths, settings) {
  const scratch = scratchBranch(settings.branch);
  let scratchId = side.scratchId;
  if (scratchId === void 0) {
    const created = await github.createBranch(side.repositoryId, scratch, snapshot.head.oid);
    if ("kind" in created) return again(created);
    scratchId = created.id;
  } else {
    const moved2 = await github.moveBranch(scratchId, snapshot.head.oid);
    if (moved2) return again(moved2);
  }
  const commit = await commitOn(github, scratch, snapshot, changed, settings);
  if (commit.kind !== "committed") return commit;
  const moved = await github.moveAndDelete(branchId, commit.commit.sha, scratchId);
  if (moved) return again(moved);
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit: commit.commit,
    pullRequest: link(open2),
    summary: `Updated pull request #${open2.number}`
  };
}
async function openNew(github, snapshot, side, changed, paths, settings, renderings) {
  const placed = side.branch ? await github.moveBranch(side.branch.id, snapshot.head.oid) : await github.createBranch(side.repositoryId, settings.branch, snapshot.head.oid);
  if (placed && "kind" in placed) return again(placed);
  const commit = await commitOn(github, settings.branch, snapshot, changed, settings);
  if (commit.kind !== "committed") return commit;
  const opened = await github.openPullRequest({
    repositoryId: side.repositoryId,
    base: snapshot.branch,
    head: settings.branch,
    title: headline(settings.message),
    body: pullRequestBody(renderings)
  });
  if (opened === "exists")
    return { kind: "again", reason: `A pull request from ${settings.branch} was opened meanwhile` };
  if ("kind" in opened) return again(opened);
  const delivered = {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit: commit.commit,
    pullRequest: link(opened),
    summary: `Opened pull request #${opened.number}`
  };
  return settings.autoMerge ? withAutoMerge(github, delivered, opened.id, side, settings.autoMerge) : delivered;
}
async function withAutoMerge(github, delivered, pullRequestId, side, method) {
  const number = delivered.pullRequest?.number;
  const warn = (warning2) => ({ ...delivered, warnings: [...delivered.warnings ?? [], warning2] });
  if (!side.autoMergeAllowed) {
    return warn(
      `auto-merge is not allowed in this repository: turn on "Allow auto-merge" in Settings \u2192 General \u2192 Pull Requests; pull request #${number} is open`
    );
  }
  const enabled = await github.enableAutoMerge(pullRequestId, method);
  if (enabled === "enabled")
    return { ...delivered, summary: `${delivered.summary}, to be merged (${method}) once its checks pass` };
  if (enabled !== "clean") return warn(enabled.warning);
  const merged = await github.merge(pullRequestId, method);
  if (merged === "merged")
    return { ...delivered, summary: `${delivered.summary} and merged it (${method}): nothing was left to wait for` };
  return warn("warning" in merged ? merged.warning : `GitHub's answer to the merge was lost (${merged.reason})`);
}
async function commitOn(github, branch, snapshot, changed, settings) {
  const result = await github.commit({
    repository: settings.repository,
    branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text: text2 }) => ({ path, text: text2 }))
  });
  switch (result.kind) {
    case "committed":
      return result;
    case "stale":
      return { kind: "again", reason: `Branch ${branch} moved while the commit was made` };
    case "lost":
      return again(result);
    case "guarded":
      throw new GitHubError(
        `Branch ${branch} is guarded by a ruleset too (${result.message}): set pull-request-branch to a name its rules allow`
      );
  }
}
function again(lost) {
  return { kind: "again", reason: `GitHub's answer was lost (${lost.reason})` };
}
function link(pullRequest) {
  return { number: pullRequest.number, url: pullRequest.url };
}
function pullRequestBody(renderings) {
  const cell = (text2) => text2.replaceAll("|", "\\|").replaceAll("\n", " ");
  const rows = renderings.flatMap(
    ({ path, replacements }) => replacements.map(({ token, value, line }) => `| ${cell(path)} | \`${cell(token)}\` | ${cell(value)} | ${line} |`)
  );
  return [
    "Today's values of the README counters, rendered from the base branch by readme-counters.",
    "",
    "| File | Token | Value | Line |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "The next run updates this pull request, or opens a new one once it is merged."
  ].join("\n");
}

// src/action/modes.ts
async function gitHubRoad(settings, selection, dependencies) {
  const { env, clock, reporter } = dependencies;
  const repository = settings.repository ?? currentRepository(env);
  const github = gitHub(
    graphqlClient({
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      token: settings.token,
      userAgent: userAgent(env),
      post: dependencies.post,
      sleep: clock.sleep,
      now: clock.now,
      log: reporter.info
    })
  );
  const commit = { repository, message: settings.commitMessage };
  const request = { repository, paths: selection.paths, optional: selection.optional };
  let branch = settings.branch ?? triggeringBranch(repository, env);
  if (settings.commit === "api") {
    return update(
      gitHubSource(github, { ...request, branch }),
      commitSink(github, commit),
      settings,
      clock,
      reporter.info
    );
  }
  branch ??= await github.defaultBranch(repository);
  const pullRequestBranch = settings.pullRequestBranch ?? `readme-counters/${branch}`;
  const source = gitHubSource(github, {
    ...request,
    branch,
    pullRequest: { branch: pullRequestBranch, scratch: scratchBranch(pullRequestBranch) }
  });
  const pullRequest = pullRequestSink(github, { ...commit, branch: pullRequestBranch, autoMerge: settings.autoMerge });
  if (settings.commit === "pull-request") return update(source, pullRequest, settings, clock, reporter.info);
  const sink = commitSink(github, commit, (snapshot, renderings, refusal2) => {
    reporter.info(`${refusal2}: going through a pull request from ${pullRequestBranch} instead`);
    return pullRequest.deliver(snapshot, renderings);
  });
  return update(source, sink, settings, clock, reporter.info);
}
function currentRepository(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) {
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world"
    );
  }
  return { owner, repo };
}
function triggeringBranch(repository, env) {
  if (`${repository.owner}/${repository.repo}`.toLowerCase() !== (env.GITHUB_REPOSITORY ?? "").toLowerCase()) {
    return void 0;
  }
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
function userAgent(env) {
  const orchestration = env.ACTIONS_ORCHESTRATION_ID?.trim();
  const agent = `readme-counters/${package_default.version}`;
  return orchestration ? `${agent} actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, "_")}` : agent;
}

// src/action/report.ts
function setDefaultOutputs(reporter) {
  for (const [name, value] of Object.entries(outputs({ renderings: [], result: { kind: "failed", message: "" } }))) {
    reporter.output(name, value);
  }
}
async function report(outcome, strict, reporter) {
  for (const [name, value] of Object.entries(outputs(outcome))) reporter.output(name, value);
  for (const rendering of outcome.renderings) {
    reporter.group(
      `${rendering.path}: ${rendering.changed ? "changed" : "unchanged"}`,
      rendering.replacements.map(({ token, value, line }) => `line ${line}: ${token} = ${value}`)
    );
  }
  const groups = problemGroups(outcome.renderings);
  for (const group of groups) {
    const { line, column } = group.places[0] ?? { line: 1, column: 1 };
    const level = stops(group.kind, strict) ? "error" : "warning";
    reporter.annotate(level, annotationText(group), { file: group.file, line, column });
  }
  const warnings = outcome.result.kind === "delivered" ? outcome.result.warnings ?? [] : [];
  for (const warning2 of warnings) reporter.annotate("warning", warning2);
  const headline2 = outcomeLine(outcome);
  await reporter.summary(summary2(outcome, headline2, groups, strict, warnings));
  if (outcome.result.kind === "failed") reporter.fail(outcome.result.message);
  else reporter.info(headline2);
}
function outputs(outcome) {
  const { result } = outcome;
  const changed = result.kind === "delivered" ? result.changed : result.kind === "dry-run" && outcome.renderings.some((rendering) => rendering.changed);
  const values = {};
  for (const { replacements } of outcome.renderings) {
    for (const { token, value } of replacements) values[token] = value;
  }
  const commit = result.kind === "delivered" ? result.commit : void 0;
  const pullRequest = result.kind === "delivered" ? result.pullRequest : void 0;
  return {
    changed: String(changed),
    "commit-sha": commit?.sha ?? "",
    "commit-url": commit?.url ?? "",
    "changed-files": JSON.stringify(
      result.kind === "delivered" ? result.changedFiles : changed ? changedPaths(outcome.renderings) : []
    ),
    values: JSON.stringify(values),
    "pull-request-number": pullRequest ? String(pullRequest.number) : "",
    "pull-request-url": pullRequest?.url ?? ""
  };
}
function changedPaths(renderings) {
  return renderings.filter((rendering) => rendering.changed).map((rendering) => rendering.path);
}
function outcomeLine(outcome) {
  const { result } = outcome;
  switch (result.kind) {
    case "failed":
      return result.message;
    case "dry-run": {
      const paths = changedPaths(outcome.renderings);
      return paths.length === 0 ? "Dry run: every counter is up to date" : `Dry run: ${paths.join(", ")} would change; nothing was written`;
    }
    case "delivered":
      return result.summary;
  }
}
function annotationText(group) {
  const others = group.places.length - 1;
  const more = others === 0 ? "" : ` (and ${others} other place${others === 1 ? "" : "s"}: line ${lines(group.places.slice(1))})`;
  return `${group.text}: ${group.message}${more}`;
}
function lines(places) {
  return [...new Set(places.map((place) => place.line))].join(", ");
}
function summary2(outcome, headline2, groups, strict, warnings) {
  const parts = ["## readme-counters", "", `**${escapeHtml(headline2)}**`];
  const { result } = outcome;
  if (result.kind === "delivered" && result.pullRequest) {
    parts.push("", `Pull request: ${anchor(result.pullRequest.url, `#${result.pullRequest.number}`)}`);
  }
  if (result.kind === "delivered" && result.commit) {
    parts.push("", `Commit: ${anchor(result.commit.url, result.commit.sha.slice(0, 7))}`);
  }
  for (const warning2 of warnings) parts.push("", `Warning: ${escapeHtml(warning2)}`);
  const rows = outcome.renderings.flatMap(
    ({ path, replacements }) => replacements.map(
      ({ token, value, line }) => row([path, `<code>${escapeHtml(token)}</code>`, escapeHtml(value), String(line)])
    )
  );
  if (rows.length > 0) {
    parts.push("", "<table>", row(["File", "Token", "Value", "Line"], "th"), ...rows, "</table>");
  } else if (outcome.renderings.length > 0) {
    parts.push("", "No token was given a value.");
  }
  if (result.kind === "dry-run") {
    const diff = outcome.renderings.filter((rendering) => rendering.changed).map(({ path, before, text: text2 }) => unifiedDiff(path, before, text2)).join("");
    if (diff)
      parts.push(
        "",
        "<details><summary>The change that would be made</summary>",
        "",
        fence(diff, "diff"),
        "",
        "</details>"
      );
  }
  if (groups.length > 0) {
    parts.push(
      "",
      "### Tokens and markers it had something to say about",
      "",
      "<table>",
      row(["File", "Lines", "Token", "What happened"], "th"),
      ...groups.map(
        (group) => row([
          group.file,
          lines(group.places),
          `<code>${escapeHtml(group.text)}</code>`,
          escapeHtml(`${what(group, strict)}: ${group.message}`).replaceAll("\n", "<br>")
        ])
      ),
      "</table>"
    );
  }
  return `${parts.join("\n")}
`;
}
function what(group, strict) {
  if (stops(group.kind, strict)) return "stopped the run";
  return group.kind === "written" ? "written, with a warning" : "left alone";
}
function anchor(url, text2) {
  return `<a href="${escapeHtml(url).replaceAll('"', "&quot;")}">${escapeHtml(text2)}</a>`;
}
function row(cells, tag = "td") {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
}
function escapeHtml(text2) {
  return text2.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function fence(text2, language) {
  const longest = Math.max(2, ...[...text2.matchAll(/`+/g)].map((run2) => run2[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}${language}
${text2}${text2.endsWith("\n") ? "" : "\n"}${marks}`;
}

// src/action/main.ts
async function run(dependencies = defaultDependencies()) {
  const { reporter } = dependencies;
  setDefaultOutputs(reporter);
  let outcome;
  let strict = false;
  try {
    const settings = readSettings((name) => input(dependencies.env, name));
    strict = settings.strict;
    outcome = await takeTheRoad(settings, dependencies);
  } catch (error2) {
    outcome = { renderings: [], result: { kind: "failed", message: messageOf(error2) } };
  }
  await report(outcome, strict, reporter);
}
function input(env, name) {
  return env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
async function takeTheRoad(settings, dependencies) {
  const { env, clock, reporter } = dependencies;
  const selection = fileSelection(settings);
  if (settings.commit === "none") {
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const source = workspaceSource(selection, {
      root,
      repoStart: () => eventRepositoryStart(env),
      missingHint: "did the job run actions/checkout before this step?"
    });
    return update(source, workspaceSink(root), settings, clock, reporter.info);
  }
  return gitHubRoad(settings, selection, dependencies);
}
async function eventRepositoryStart(env) {
  const unknown = {
    unknown: "the event that started this run does not say when the repository was created: set repo-start, e.g. 2024-05-01"
  };
  if (!env.GITHUB_EVENT_PATH) return unknown;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    const created = event.repository?.created_at;
    const date = typeof created === "number" ? new Date(created * 1e3) : created ? new Date(created) : void 0;
    return date && !Number.isNaN(date.getTime()) ? date : unknown;
  } catch {
    return unknown;
  }
}
function defaultDependencies() {
  return {
    env: process.env,
    clock: {
      now: () => /* @__PURE__ */ new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
    },
    post: httpPost,
    reporter: actionsReporter()
  };
}
function actionsReporter() {
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
      if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
    },
    fail: setFailed
  };
}

// src/index.ts
await run();
