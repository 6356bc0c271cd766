#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  CLI_VOCABULARY,
  InputError,
  colourDiff,
  fileSelection,
  groupLine,
  isFailure,
  messageOf,
  nearestName,
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

// src/cli/cli.ts
import { isAbsolute, posix, relative, sep } from "node:path";
import { parseArgs } from "node:util";

// src/cli/clone.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var API_URL = "https://api.github.com";
var NEEDS_API = "only GitHub's API knows it (the line before the warnings says what it needs)";
async function gitRepositoryStart(root) {
  const shallow = await git(root, "rev-parse", "--is-shallow-repository");
  if (shallow === void 0) return { unknown: "this folder is not in a git repository: pass --repo-start YYYY-MM-DD" };
  if (shallow === "true") {
    return {
      unknown: "this clone is shallow, so its first commit is not the repository's: pass --repo-start YYYY-MM-DD, or fetch the whole history (git fetch --unshallow)"
    };
  }
  const roots = await git(root, "log", "--max-parents=0", "--format=%aI", "HEAD") ?? "";
  const times = roots.split("\n").filter(Boolean).map((line) => new Date(line).getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : { unknown: "this repository has no commit yet: pass --repo-start YYYY-MM-DD" };
}
async function cloneRepositoryDates(root, settings, files, access) {
  const references = [...settings.repositoryDates];
  const tags = await localTags(root, references);
  const fromApi = new Map(references.filter(([, reference]) => reference.kind !== "tag"));
  const latestRelease = [...files.values()].some((text) => text?.includes("LATEST_RELEASE"));
  const api = fromApi.size > 0 || latestRelease ? await apiDates(root, fromApi, access) : unreadDates(fromApi.keys(), NEEDS_API);
  return { latestRelease: api.latestRelease, named: new Map([...tags, ...api.named]) };
}
async function localTags(root, references) {
  const tags = references.filter(([, reference]) => reference.kind === "tag");
  if (tags.length === 0) return /* @__PURE__ */ new Map();
  const format = "%(refname)%00%(taggerdate:iso-strict)%00%(committerdate:iso-strict)%00%(*committerdate:iso-strict)";
  const listed = await git(
    root,
    "for-each-ref",
    `--format=${format}`,
    ...tags.map(([, tag]) => `refs/tags/${tag.name}`)
  );
  const dates = new Map(
    (listed ?? "").split("\n").map((line) => {
      const [ref, ...candidates] = line.split("\0");
      return [ref, candidates.find(Boolean)];
    })
  );
  return new Map(
    tags.map(([name, tag]) => {
      const date = dates.get(`refs/tags/${tag.name}`);
      return [
        name,
        date ? new Date(date) : { unknown: `the local git has no tag ${tag.name} (git fetch --tags fetches them)` }
      ];
    })
  );
}
async function apiDates(root, references, access) {
  const token = access.env.GITHUB_TOKEN || access.env.GH_TOKEN;
  const repository = await originOnGitHub(root);
  if (!token || !repository) {
    access.cannotAsk(
      !repository ? `run it in a clone whose origin is on GitHub (git remote get-url origin)${token ? "" : ", with GITHUB_TOKEN (or GH_TOKEN) set"}` : "set GITHUB_TOKEN (or GH_TOKEN) to a token that may read the repository"
    );
    return unreadDates(references.keys(), NEEDS_API);
  }
  const [{ gitHubClient }, { readRepositoryDates }] = await Promise.all([
    import("./chunks/client-GHHNRXWS.js"),
    import("./chunks/repository-dates-Z6ID7M5T.js")
  ]);
  const client = gitHubClient({
    token,
    apiUrl: API_URL,
    userAgent: `readme-counters/${package_default.version}`,
    fetch: access.fetch,
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    now: () => /* @__PURE__ */ new Date(),
    log: access.log,
    shell: "cli"
  });
  try {
    return await readRepositoryDates(client, repository, references);
  } catch (error) {
    return unreadDates(references.keys(), `GitHub's API did not tell it: ${messageOf(error)}`);
  }
}
async function originOnGitHub(root) {
  const url = await git(root, "remote", "get-url", "origin");
  if (url === void 0) return void 0;
  const { default: hostedGitInfo } = await import("./chunks/lib-5DINVWWI.js");
  const hosted = hostedGitInfo.fromUrl(url);
  return hosted?.type === "github" ? { owner: hosted.user, repo: hosted.project } : void 0;
}
async function git(cwd, ...args) {
  try {
    const { stdout } = await promisify(execFile)("git", args, { cwd });
    return stdout.trim();
  } catch {
    return void 0;
  }
}

// src/cli/cli.ts
var HELP = `Usage: readme-counters [options] [files\u2026]

Shows, as a unified diff, what readme-counters would change in the files today
(the README GitHub shows when none are given). Paths and globs are taken from
the current folder, and may reach up to the top of its git work tree; globs
see what git sees (!pattern excludes).

Options:
  --write               write the changes instead of showing them
  --today DATE          take DATE (YYYY-MM-DD) as today
  --timezone ZONE       IANA zone that decides today (default UTC)
  --locale LOCALE       BCP 47 locale for dates and durations (default en-US)
  --date-format FORMAT  luxon format for DATE_PRETTY (e.g. "cccc, d LLLL yyyy")
  --dates NAME=DATE     a named date for tokens such as DAYS_SINCE_NAME (repeatable)
  --repo-start DATE     the repository's start date (default: the first commit's date)
  --template FILE       render FILE into --output (template-file mode)
  --output FILE         where the template is rendered (default README.md)
  --inclusive           count the start date as day 1
  --no-keep-tokens      write plain values instead of markers
  --strict              fail on any token or marker that cannot be evaluated
  --no-color            plain output even on a terminal
  -h, --help            show this help
  -v, --version         show the version

Example: readme-counters --today 2026-11-27 --timezone Europe/Berlin README.md`;
var OPTIONS = {
  write: { type: "boolean" },
  today: { type: "string" },
  timezone: { type: "string" },
  locale: { type: "string" },
  "date-format": { type: "string" },
  dates: { type: "string", multiple: true },
  "repo-start": { type: "string" },
  template: { type: "string" },
  output: { type: "string" },
  inclusive: { type: "boolean" },
  "no-keep-tokens": { type: "boolean" },
  strict: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var EXAMPLE = "readme-counters --today 2026-11-27 README.md";
async function runCli(argv, env) {
  let parsed;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    env.err(`readme-counters: ${badFlag(error)}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    env.out(HELP);
    return 0;
  }
  if (values.version) {
    env.out(package_default.version);
    return 0;
  }
  try {
    return await preview(values, positionals, env);
  } catch (error) {
    env.err(`readme-counters: ${describe(error)}`);
    return 1;
  }
}
var FLAGS_FOR_INPUTS = {
  "dry-run": "the CLI writes nothing unless --write is given",
  "keep-tokens": "did you mean --no-keep-tokens?"
};
function badFlag(error) {
  const [said = error.message] = error.message.split(". ");
  const unknown = /^Unknown option '--([^'=]+)/.exec(said)?.[1];
  const nearest = unknown === void 0 ? void 0 : nearestName(unknown, Object.keys(OPTIONS));
  const hint = unknown === void 0 ? void 0 : FLAGS_FOR_INPUTS[unknown] ?? (nearest && `did you mean --${nearest}?`);
  return hint ? `${said}: ${hint}` : `${said}. For example: ${EXAMPLE} (--help lists every flag)`;
}
function parseFlags(argv) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}
async function preview(flags, positionals, env) {
  const root = await git(env.cwd, "rev-parse", "--show-toplevel") ?? env.cwd;
  const here = relative(root, env.cwd).split(sep).join("/");
  const fromRoot = (path) => {
    const posixPath = path.replaceAll("\\", "/");
    const joined = isAbsolute(path) ? relative(root, path).split(sep).join("/") : posix.join(here, posixPath);
    return posix.normalize(joined);
  };
  const paths = positionals.map((path) => path.startsWith("!") ? `!${fromRoot(path.slice(1))}` : fromRoot(path));
  const settings = readSettings((name) => flagAsInput(flags, name, fromRoot), CLI_VOCABULARY, paths);
  let apiNeed;
  const source = workspaceSource(fileSelection(settings), {
    root,
    repoStart: () => gitRepositoryStart(root),
    repositoryDates: (files) => cloneRepositoryDates(root, settings, files, {
      env: env.env,
      fetch: env.fetch,
      log: env.err,
      cannotAsk: (need) => {
        apiNeed = need;
      }
    })
  });
  const outcome = await update(
    source,
    workspaceSink(root),
    { ...settings, dryRun: !flags.write },
    { now: () => env.now, sleep: async () => void 0 },
    env.err
  );
  const groups = problemGroups(outcome.renderings);
  const unasked = [
    ...new Set(groups.filter((group) => group.message.endsWith(NEEDS_API)).map((group) => group.message.split(":")[0]))
  ];
  if (apiNeed !== void 0 && unasked.length > 0) {
    const names = unasked.length === 1 ? unasked.join("") : `${unasked.slice(0, -1).join(", ")} and ${unasked.at(-1)}`;
    env.err(`${names}: only GitHub's API knows ${unasked.length === 1 ? "it" : "them"}: ${apiNeed}`);
  }
  for (const group of groups) {
    const [{ line, column }] = group.places;
    const level = stops(group.kind, settings.strict) ? "error" : "warning";
    env.err(`${group.file}:${line}:${column}: ${level}: ${groupLine(group, { withLines: false })}`);
  }
  if (!flags.write) {
    const { result } = outcome;
    const stopped = new Set(result.kind === "stopped" ? result.problems.map((problem) => problem.file) : []);
    for (const { path, source: source2, before, text, changed } of outcome.renderings) {
      if (!changed || stopped.has(source2)) continue;
      const diff = unifiedDiff(path, before, text);
      env.out(env.colour && !flags["no-color"] ? colourDiff(diff) : diff);
    }
  }
  env.err(`readme-counters: ${outcomeLine(outcome, "cli")}`);
  return isFailure(outcome) ? 1 : 0;
}
function flagAsInput(flags, name, fromRoot) {
  switch (name) {
    case "template":
      return flags.template === void 0 ? "" : fromRoot(flags.template);
    case "output":
      return fromRoot(flags.output ?? "README.md");
    case "dates":
      return (flags.dates ?? []).join("\n");
    case "inclusive":
    case "strict":
      return flags[name] ? "true" : "";
    case "keep-tokens":
      return flags["no-keep-tokens"] ? "false" : "";
    case "commit":
      return "none";
    case "today":
    case "timezone":
    case "locale":
    case "date-format":
    case "repo-start":
      return flags[name] ?? "";
    default:
      return "";
  }
}
function describe(error) {
  if (error instanceof InputError) {
    return error.input === "files" ? `${error.reason}. For example: readme-counters ${error.example}` : `--${error.input}: ${error.reason}. For example: --${error.input} ${error.example}`;
  }
  return messageOf(error);
}

// src/bin.ts
process.exitCode = await runCli(process.argv.slice(2), {
  now: /* @__PURE__ */ new Date(),
  cwd: process.cwd(),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  err: (text) => process.stderr.write(`${text}
`),
  env: process.env
});
