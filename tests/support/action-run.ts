import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect } from "vitest";
import { run } from "../../src/action/main.js";
import type { Place, Reporter } from "../../src/action/report.js";
import { FakeGitHub, TOKEN } from "../fakes/github/index.js";
import { inputVariables } from "./action-inputs.js";
import { DIARY } from "./examples.js";

/** A test whose `github` is a fake GitHub of its own, holding the diary README. */
export const test = base.extend<{ github: FakeGitHub }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  github: async ({}, use) => {
    await use(new FakeGitHub({ "README.md": DIARY }));
  },
});

export interface Annotation {
  readonly level: "warning" | "error";
  readonly message: string;
  readonly place: Place | undefined;
}

/** What a run reported, as the runner would have shown it. */
export interface ActionRun {
  readonly outputs: Record<string, string>;
  /** Info lines, and group titles as `>> title`. */
  readonly log: string[];
  readonly annotations: Annotation[];
  readonly summary: string;
  /** The line the step failed with; undefined when it passed. */
  readonly failure: string | undefined;
  /** The pauses the run asked for, in milliseconds; none were waited for. */
  readonly sleeps: number[];
  readonly workspace: string;
}

export interface RunOptions {
  readonly inputs?: Record<string, string>;
  /** Variables to set, or with undefined to leave unset. */
  readonly env?: Record<string, string | undefined>;
  /** Files to put in the workspace before the run. */
  readonly workspace?: Record<string, string | Buffer>;
  readonly event?: unknown;
  /** The run's instant; 2026-11-27 at noon UTC by default. */
  readonly now?: Date;
}

/** Runs the action in this process: the fake GitHub in memory, a fixed clock, pauses that return at once. */
export async function runAction(github: FakeGitHub, options: RunOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), "readme-counters-run-"));
  const workspace = join(temp, "workspace");
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(options.workspace ?? {})) {
    mkdirSync(join(workspace, path, ".."), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const eventFile = join(temp, "event.json");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  const outputs: Record<string, string> = {};
  const log: string[] = [];
  const annotations: Annotation[] = [];
  const summaries: string[] = [];
  const sleeps: number[] = [];
  let failure: string | undefined;
  const start = (options.now ?? new Date("2026-11-27T12:00:00Z")).getTime();
  const reporter: Reporter = {
    output: (name, value) => {
      outputs[name] = value;
    },
    info: (message) => log.push(message),
    group: (title, lines) => log.push(`>> ${title}`, ...lines),
    annotate: (level, message, place) => annotations.push({ level, message, place }),
    summary: async (markdown) => {
      summaries.push(markdown);
    },
    fail: (message) => {
      failure = message;
    },
  };
  await run({
    env: {
      GITHUB_REPOSITORY: "octo/diary",
      GITHUB_REF: "refs/heads/main",
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: "https://api.github.example",
      GITHUB_WORKFLOW_REF: "octo/diary/.github/workflows/counters.yml@refs/heads/main",
      ...inputVariables(options.inputs),
      ...options.env,
    },
    // A clock that moves only when the run waits, and then at once.
    clock: {
      now: () => new Date(start + sleeps.reduce((sum, milliseconds) => sum + milliseconds, 0)),
      sleep: async (milliseconds) => {
        sleeps.push(milliseconds);
      },
    },
    fetch: github.fetch,
    reporter,
  });
  return { outputs, log, annotations, summary: summaries.join(""), failure, sleeps, workspace };
}

/** A run on 27 November 2026 (unless the inputs say `today`) that never prints the token, whatever happens. */
export async function action(
  github: FakeGitHub,
  inputs: Record<string, string> = {},
  options: RunOptions = {},
): Promise<ActionRun> {
  const run = await runAction(github, { ...options, inputs: { today: "2026-11-27", ...inputs } });
  expect(JSON.stringify(run)).not.toContain(TOKEN);
  return run;
}

/** The run failed with one line that holds `message`. */
export function expectFailure(run: ActionRun, message: string): void {
  expect(run.failure).toContain(message);
  expect(run.failure?.split("\n")).toHaveLength(1);
}
