import { readFile } from "node:fs/promises";
import * as core from "@actions/core";
import type { HttpPost } from "../github/client.js";
import { httpPost } from "../http.js";
import { type Clock, fileSelection, messageOf, type Outcome, type RepositoryStart, update } from "../road.js";
import { readSettings, type Settings } from "../settings.js";
import { workspaceSink, workspaceSource } from "../workspace.js";
import { gitHubRoad } from "./modes.js";
import { type Reporter, report, setDefaultOutputs } from "./report.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** What a run needs from outside, passed in so that tests hand in their own. */
export interface Dependencies {
  /** The runner's environment: INPUT_* for the inputs, GITHUB_* for the context. */
  readonly env: Env;
  readonly clock: Clock;
  /** How requests reach GitHub's API. */
  readonly post: HttpPost;
  readonly reporter: Reporter;
}

/** The action: read the inputs, take the one road, report. Any failure ends in one line and a failed step. */
export async function run(dependencies: Dependencies = defaultDependencies()): Promise<void> {
  const { reporter } = dependencies;
  setDefaultOutputs(reporter);
  let outcome: Outcome;
  let strict = false;
  try {
    const settings = readSettings((name) => input(dependencies.env, name));
    strict = settings.strict;
    outcome = await takeTheRoad(settings, dependencies);
  } catch (error) {
    outcome = { renderings: [], result: { kind: "failed", message: messageOf(error) } };
  }
  await report(outcome, strict, reporter);
}

/** An input as the runner passes it (what @actions/core's getInput reads), untrimmed; "" when unset. */
function input(env: Env, name: string): string {
  return env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}

/** The one road, with the source and sink of the commit mode: where the files come from and where changes go. */
async function takeTheRoad(settings: Settings, dependencies: Dependencies): Promise<Outcome> {
  const { env, clock, reporter } = dependencies;
  const selection = fileSelection(settings);
  if (settings.commit === "none") {
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const source = workspaceSource(selection, {
      root,
      repoStart: () => eventRepositoryStart(env),
      missingHint: "did the job run actions/checkout before this step?",
    });
    return update(source, workspaceSink(root), settings, clock, reporter.info);
  }
  return gitHubRoad(settings, selection, dependencies);
}

/** REPO_START for commit: none: the creation time the event payload carries, since a checkout is shallow. */
async function eventRepositoryStart(env: Env): Promise<RepositoryStart> {
  const unknown = {
    unknown:
      "the event that started this run does not say when the repository was created: set repo-start, e.g. 2024-05-01",
  };
  if (!env.GITHUB_EVENT_PATH) return unknown;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as {
      repository?: { created_at?: string | number };
    };
    const created = event.repository?.created_at;
    // A push event gives seconds since the epoch; the others an ISO timestamp.
    const date = typeof created === "number" ? new Date(created * 1000) : created ? new Date(created) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : unknown;
  } catch {
    return unknown;
  }
}

function defaultDependencies(): Dependencies {
  return {
    env: process.env,
    clock: {
      now: () => new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    },
    post: httpPost,
    reporter: actionsReporter(),
  };
}

function actionsReporter(): Reporter {
  return {
    output: core.setOutput,
    info: core.info,
    group(title, lines) {
      core.startGroup(title);
      for (const line of lines) core.info(line);
      core.endGroup();
    },
    annotate(level, message, place) {
      const properties = place && {
        title: "readme-counters",
        file: place.file,
        startLine: place.line,
        startColumn: place.column,
      };
      if (level === "error") core.error(message, properties);
      else core.warning(message, properties);
    },
    async summary(markdown) {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    fail: core.setFailed,
  };
}
