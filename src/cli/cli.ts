import { isAbsolute, posix, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { colourDiff, unifiedDiff } from "../diff.js";
import { nearestName } from "../engine/nearest.js";
import { groupLine, problemGroups, stops } from "../engine/problems.js";
import { isFailure, outcomeLine } from "../outcome.js";
import { fileSelection, messageOf, update } from "../road.js";
import { CLI_VOCABULARY, InputError, readSettings } from "../settings.js";
import { workspaceSink, workspaceSource } from "../workspace.js";
import { cloneRepositoryDates, git, gitRepositoryStart, NEEDS_API } from "./clone.js";

const HELP = `Usage: readme-counters [options] [files…]

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
  version: { type: "boolean", short: "v" },
} as const;

export interface CliEnvironment {
  readonly now: Date;
  readonly cwd: string;
  readonly colour: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The environment's variables: GITHUB_TOKEN or GH_TOKEN lets the CLI read releases and labels through GitHub's API. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How requests reach GitHub; @actions/github's own fetch, which honours the proxy variables, when undefined. */
  readonly fetch?: typeof fetch;
}

const EXAMPLE = "readme-counters --today 2026-11-27 README.md";

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    env.err(`readme-counters: ${badFlag(error as Error)}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    env.out(HELP);
    return 0;
  }
  if (values.version) {
    env.out(packageJson.version);
    return 0;
  }
  try {
    return await preview(values, positionals, env);
  } catch (error) {
    env.err(`readme-counters: ${describe(error)}`);
    return 1;
  }
}

/** The action's inputs that the CLI spells otherwise. */
const FLAGS_FOR_INPUTS: Readonly<Record<string, string>> = {
  "dry-run": "the CLI writes nothing unless --write is given",
  "keep-tokens": "did you mean --no-keep-tokens?",
};

/** parseArgs' refusal in one line; an unknown flag gets the nearest one, or the CLI's way to say an input. */
function badFlag(error: Error): string {
  const [said = error.message] = error.message.split(". ");
  const unknown = /^Unknown option '--([^'=]+)/.exec(said)?.[1];
  const nearest = unknown === undefined ? undefined : nearestName(unknown, Object.keys(OPTIONS));
  const hint =
    unknown === undefined ? undefined : (FLAGS_FOR_INPUTS[unknown] ?? (nearest && `did you mean --${nearest}?`));
  return hint ? `${said}: ${hint}` : `${said}. For example: ${EXAMPLE} (--help lists every flag)`;
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

type Flags = ReturnType<typeof parseFlags>["values"];

async function preview(flags: Flags, positionals: string[], env: CliEnvironment): Promise<number> {
  const root = (await git(env.cwd, "rev-parse", "--show-toplevel")) ?? env.cwd;
  // Paths are given from the current folder; the settings take them from the work tree's top.
  const here = relative(root, env.cwd).split(sep).join("/");
  const fromRoot = (path: string) => {
    const posixPath = path.replaceAll("\\", "/");
    const joined = isAbsolute(path) ? relative(root, path).split(sep).join("/") : posix.join(here, posixPath);
    return posix.normalize(joined);
  };
  // `!pattern` excludes: the pattern is taken from the current folder, the mark kept in front.
  const paths = positionals.map((path) => (path.startsWith("!") ? `!${fromRoot(path.slice(1))}` : fromRoot(path)));
  const settings = readSettings((name) => flagAsInput(flags, name, fromRoot), CLI_VOCABULARY, paths);
  let apiNeed: string | undefined;
  const source = workspaceSource(fileSelection(settings), {
    root,
    repoStart: () => gitRepositoryStart(root),
    repositoryDates: (files) =>
      cloneRepositoryDates(root, settings, files, {
        env: env.env,
        fetch: env.fetch,
        log: env.err,
        cannotAsk: (need) => {
          apiNeed = need;
        },
      }),
  });
  const outcome = await update(
    source,
    workspaceSink(root),
    { ...settings, dryRun: !flags.write },
    { now: () => env.now, sleep: async () => undefined },
    env.err,
  );

  const groups = problemGroups(outcome.renderings);
  // Once, before the warnings: what the dates that only GitHub's API knows need, where a token named one.
  const unasked = [
    ...new Set(groups.filter((group) => group.message.endsWith(NEEDS_API)).map((group) => group.message.split(":")[0])),
  ];
  if (apiNeed !== undefined && unasked.length > 0) {
    const names = unasked.length === 1 ? unasked.join("") : `${unasked.slice(0, -1).join(", ")} and ${unasked.at(-1)}`;
    env.err(`${names}: only GitHub's API knows ${unasked.length === 1 ? "it" : "them"}: ${apiNeed}`);
  }
  for (const group of groups) {
    const [{ line, column }] = group.places;
    const level = stops(group.kind, settings.strict) ? "error" : "warning";
    env.err(`${group.file}:${line}:${column}: ${level}: ${groupLine(group, { withLines: false })}`);
  }
  if (!flags.write) {
    // A file that must stop the run hides only its own preview.
    const { result } = outcome;
    const stopped = new Set(result.kind === "stopped" ? result.problems.map((problem) => problem.file) : []);
    for (const { path, source, before, text, changed } of outcome.renderings) {
      if (!changed || stopped.has(source)) continue;
      const diff = unifiedDiff(path, before, text);
      env.out(env.colour && !flags["no-color"] ? colourDiff(diff) : diff);
    }
  }
  env.err(`readme-counters: ${outcomeLine(outcome, "cli")}`);
  return isFailure(outcome) ? 1 : 0;
}

/** The flags under the action's input names, so that one module validates both. */
function flagAsInput(flags: Flags, name: string, fromRoot: (path: string) => string): string {
  switch (name) {
    case "template":
      return flags.template === undefined ? "" : fromRoot(flags.template);
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

function describe(error: unknown): string {
  if (error instanceof InputError) {
    return error.input === "files"
      ? `${error.reason}. For example: readme-counters ${error.example}`
      : `--${error.input}: ${error.reason}. For example: --${error.input} ${error.example}`;
  }
  return messageOf(error);
}
