import { readFile } from "node:fs/promises";
import * as core from "@actions/core";
import {
  dateContext,
  type FileRendering,
  pathsToRead,
  renderSnapshot,
  type Snapshot,
  whyNothingIsWritten,
} from "./counters.js";
import type { GitHub, Repository } from "./github.js";
import { InputError, readSettings, type Settings } from "./inputs.js";
import type { BlockParser } from "./markdown.js";
import { workerParser } from "./parse-guard.js";
import { annotate, type Outcome, report, setDefaultOutputs } from "./report.js";
import { readWorkspaceFiles, writeWorkspaceFile } from "./workspace.js";

/** What a run needs from outside, passed in so that tests hand in their own. */
export interface Dependencies {
  readonly now: () => Date;
  /** Opens a GitHub client for a token (only `commit: api` asks for one). */
  readonly connect: (token: string) => Promise<GitHub>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly sleep: (milliseconds: number) => Promise<void>;
  /** Parses a block too large to parse safely in this thread; in a worker, with a deadline. */
  readonly parseLarge: BlockParser;
}

const ATTEMPTS = 3;

function defaultDependencies(): Dependencies {
  return {
    now: () => new Date(),
    // Loaded on demand, so a `commit: none` run never loads Octokit.
    connect: async (token) => (await import("./github.js")).connect(token, core.info),
    env: process.env,
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    // This module is bundled into dist/index.js, beside dist/parse-worker.js.
    parseLarge: workerParser(new URL("./parse-worker.js", import.meta.url)),
  };
}

/** The action: read, render, write or commit, report. Any failure ends in one line and a failed step. */
export async function run(dependencies: Dependencies = defaultDependencies()): Promise<void> {
  try {
    setDefaultOutputs();
    const settings = readSettings((name) => core.getInput(name, { trimWhitespace: false }));
    const outcome =
      settings.commit === "none"
        ? await runInWorkspace(settings, dependencies)
        : await runThroughApi(settings, dependencies);
    await report(outcome);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** `commit: none`: the workspace files are read and written in place; committing is left to the workflow. */
async function runInWorkspace(settings: Settings, dependencies: Dependencies): Promise<Outcome> {
  const root = dependencies.env.GITHUB_WORKSPACE || process.cwd();
  const texts = await readWorkspaceFiles(
    root,
    settings,
    "no such file in the workspace (did the job check out the repository?)",
  );
  const snapshot: Snapshot = { files: texts, createdAt: await repositoryCreatedAt(dependencies.env) };
  const renderings = await renderChecked(snapshot, settings, dependencies, dependencies.now());
  if (!settings.dryRun) {
    for (const { path, text } of renderings.filter((rendering) => rendering.changed)) {
      await writeWorkspaceFile(root, path, text);
    }
  }
  return { renderings, dryRun: settings.dryRun };
}

/**
 * `commit: api`: one query reads the files at the branch head; one mutation
 * commits what changed on top of exactly that head. If someone pushed in
 * between, GitHub refuses the commit and the run starts again from a fresh read.
 */
async function runThroughApi(settings: Settings, dependencies: Dependencies): Promise<Outcome> {
  const repository = settings.repository ?? currentRepository(dependencies.env);
  const branch = settings.branch ?? triggeringBranch(settings, dependencies.env);
  const paths = pathsToRead(settings, settings.files);
  const github = await dependencies.connect(settings.token);
  const now = dependencies.now();
  for (let attempt = 1; ; attempt++) {
    const snapshot = await github.readSnapshot({
      repository,
      branch,
      paths,
      optional: settings.template ? [settings.output] : [],
    });
    const renderings = await renderChecked(snapshot, settings, dependencies, now);
    const changed = renderings.filter((rendering) => rendering.changed);
    if (changed.length === 0 || settings.dryRun) return { renderings, dryRun: settings.dryRun };
    const commit = await github.commit({
      repository,
      branch: snapshot.branch,
      expectedHeadOid: snapshot.headOid,
      message: settings.commitMessage,
      files: changed.map(({ path, text }) => ({ path, text })),
    });
    if (commit !== "stale") return { renderings, dryRun: false, commit };
    if (attempt === ATTEMPTS) {
      throw new Error(
        `Branch ${snapshot.branch} moved during each of ${ATTEMPTS} attempts; nothing was committed or overwritten: run the workflow again`,
      );
    }
    core.info(
      `Branch ${snapshot.branch} moved since it was read; reading it again (attempt ${attempt + 1} of ${ATTEMPTS})`,
    );
    await dependencies.sleep(1000 * 2 ** (attempt - 1));
  }
}

/** Renders a snapshot and annotates its problems; fails before anything is written when a problem must stop the run. */
async function renderChecked(
  snapshot: Snapshot,
  settings: Settings,
  dependencies: Dependencies,
  now: Date,
): Promise<FileRendering[]> {
  const context = dateContext(settings, now, snapshot.createdAt);
  const renderings = await renderSnapshot(snapshot, settings, context, dependencies.parseLarge);
  annotate(renderings, settings.strict);
  const stop = whyNothingIsWritten(renderings, settings.strict);
  if (stop) throw new Error(stop);
  return renderings;
}

function currentRepository(env: Dependencies["env"]): Repository {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world",
    );
  return { owner, repo };
}

/**
 * The branch the workflow runs on (a pull request's head branch), when it
 * runs in the repository being updated; otherwise undefined: the default branch.
 */
function triggeringBranch(settings: Settings, env: Dependencies["env"]): string | undefined {
  const current = env.GITHUB_REPOSITORY;
  if (settings.repository && `${settings.repository.owner}/${settings.repository.repo}` !== current) return undefined;
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
}

/** The creation time the event payload carries (push, schedule, workflow_dispatch…), for `commit: none`. */
async function repositoryCreatedAt(env: Dependencies["env"]): Promise<Date | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as {
      repository?: { created_at?: string | number };
    };
    const created = event.repository?.created_at;
    // A push event gives seconds since the epoch; the others an ISO timestamp.
    const date = typeof created === "number" ? new Date(created * 1000) : created ? new Date(created) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}
