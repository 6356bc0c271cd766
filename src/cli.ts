import { execFile } from "node:child_process";
import { parseArgs, promisify } from "node:util";
import { dateContext, renderSnapshot, whyNothingIsWritten } from "./counters.js";
import { colourDiff, unifiedDiff } from "./diff.js";
import { InputError, readSettings } from "./inputs.js";
import type { BlockParser } from "./markdown.js";
import { workerParser } from "./parse-guard.js";
import { readWorkspaceFiles, writeWorkspaceFile } from "./workspace.js";

const HELP = `Usage: readme-counters [options] [files…]

Shows, as a unified diff, what readme-counters would change in the files today
(README.md when none are given). Files and globs are taken from the current folder.

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

Example: readme-counters --today 2026-11-27 --timezone Europe/Berlin README.md`;

const OPTIONS = {
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
} as const;

export interface CliEnvironment {
  readonly now: Date;
  readonly cwd: string;
  readonly colour: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly parseLarge: BlockParser;
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    env.err(`readme-counters: ${(error as Error).message.split(". ")[0]}. For example: ${EXAMPLE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    env.out(HELP);
    return 0;
  }
  try {
    return await preview(values, positionals, env);
  } catch (error) {
    env.err(`readme-counters: ${describe(error)}`);
    return 1;
  }
}

const EXAMPLE = "readme-counters --today 2026-11-27 README.md";

function parseFlags(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

type Flags = ReturnType<typeof parseFlags>["values"];

async function preview(flags: Flags, positionals: string[], env: CliEnvironment): Promise<number> {
  const settings = readSettings((name) => flagAsInput(flags, positionals, name));
  const texts = await readWorkspaceFiles(env.cwd, settings);
  const createdAt = settings.repoStart ? undefined : await firstCommitDate(env.cwd);
  const context = dateContext(settings, env.now, createdAt);
  const renderings = await renderSnapshot({ files: texts }, settings, context, env.parseLarge);

  const stop = whyNothingIsWritten(renderings, settings.strict);
  if (stop) {
    env.err(`readme-counters: ${stop}`);
    return 1;
  }
  for (const { source, problems } of renderings) {
    for (const problem of problems) {
      env.err(`${source}:${problem.line}:${problem.column}: warning: ${problem.text}: ${problem.message}`);
    }
  }
  const changed = renderings.filter((rendering) => rendering.changed);
  for (const { path, before, text } of changed) {
    if (flags.write) {
      await writeWorkspaceFile(env.cwd, path, text);
    } else {
      const diff = unifiedDiff(path, before, text);
      env.out(env.colour && !flags["no-color"] ? colourDiff(diff) : diff);
    }
  }
  env.err(summary(changed.length, renderings.length, Boolean(flags.write)));
  return 0;
}

function summary(changed: number, total: number, written: boolean): string {
  if (changed === 0) return `readme-counters: ${total === 1 ? "the file is" : `all ${total} files are`} up to date`;
  const files = changed === 1 ? "1 file" : `${changed} files`;
  return written ? `readme-counters: wrote ${files}` : `readme-counters: ${files} would change; --write writes them`;
}

/** The flags under the action's input names, so that one module validates both. */
function flagAsInput(flags: Flags, positionals: string[], name: string): string {
  switch (name) {
    case "files":
      return positionals.join("\n");
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
    case "template":
    case "output":
      return flags[name] ?? "";
    default:
      return "";
  }
}

function describe(error: unknown): string {
  if (error instanceof InputError) {
    return error.input === "files"
      ? `${error.reason}. For example: readme-counters ${error.example}`
      : `--${error.input}: ${error.reason}. For example: --${error.input} ${error.example}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The author date of the earliest root commit: where the local history starts. */
async function firstCommitDate(cwd: string): Promise<Date | undefined> {
  try {
    const { stdout } = await promisify(execFile)("git", ["log", "--max-parents=0", "--format=%aI", "HEAD"], { cwd });
    const times = stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => new Date(line).getTime());
    return times.length > 0 ? new Date(Math.min(...times)) : undefined;
  } catch {
    return undefined;
  }
}

const exitCode = await runCli(process.argv.slice(2), {
  now: new Date(),
  cwd: process.cwd(),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // dist/cli.js stands beside dist/parse-worker.js.
  parseLarge: workerParser(new URL("./parse-worker.js", import.meta.url)),
});
process.exitCode = exitCode;
