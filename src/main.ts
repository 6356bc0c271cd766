import { readFile } from "node:fs/promises";
import * as core from "@actions/core";
import packageJson from "../package.json" with { type: "json" };
import { fileSelection, type RepositoryStart } from "./counters.js";
import { InputError, type Repository, readSettings, type Settings } from "./inputs.js";
import { type Reporter, report, setDefaultOutputs } from "./report.js";
import { type Clock, messageOf, type Outcome, update } from "./update.js";
import { workspaceSink, workspaceSource } from "./workspace.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** What a run needs from outside, passed in so that tests hand in their own. */
export interface Dependencies {
  /** The runner's environment: INPUT_* for the inputs, GITHUB_* for the context. */
  readonly env: Env;
  readonly clock: Clock;
  /** How requests reach GitHub's API. */
  readonly fetch: typeof fetch;
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
  // Loaded only here, so that a commit: none run never loads the GitHub client.
  const [{ graphqlClient }, { gitHub }, { gitHubSource, commitSink }, { pullRequestSink, scratchBranch }] =
    await Promise.all([
      import("./github-client.js"),
      import("./github.js"),
      import("./commit.js"),
      import("./pull-request.js"),
    ]);
  const repository = settings.repository ?? currentRepository(env);
  const github = gitHub(
    graphqlClient({
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      token: settings.token,
      userAgent: userAgent(env),
      fetch: dependencies.fetch,
      sleep: clock.sleep,
      now: clock.now,
      log: reporter.info,
    }),
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
      reporter.info,
    );
  }
  // The pull request's branch is named after its base, which must be known before the one query.
  branch ??= await github.defaultBranch(repository);
  const pullRequestBranch = settings.pullRequestBranch ?? `readme-counters/${branch}`;
  const source = gitHubSource(github, {
    ...request,
    branch,
    pullRequest: { branch: pullRequestBranch, scratch: scratchBranch(pullRequestBranch) },
  });
  const pullRequest = pullRequestSink(github, { ...commit, branch: pullRequestBranch, autoMerge: settings.autoMerge });
  if (settings.commit === "pull-request") return update(source, pullRequest, settings, clock, reporter.info);
  const sink = commitSink(github, commit, (snapshot, renderings, refusal) => {
    reporter.info(`${refusal}: going through a pull request from ${pullRequestBranch} instead`);
    return pullRequest.deliver(snapshot, renderings);
  });
  return update(source, sink, settings, clock, reporter.info);
}

function currentRepository(env: Env): Repository {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) {
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world",
    );
  }
  return { owner, repo };
}

/**
 * The branch the workflow runs on (a pull request's head branch) when it runs
 * in the repository being updated; otherwise undefined: the default branch.
 * GitHub's owner and repository names ignore case.
 */
function triggeringBranch(repository: Repository, env: Env): string | undefined {
  if (`${repository.owner}/${repository.repo}`.toLowerCase() !== (env.GITHUB_REPOSITORY ?? "").toLowerCase()) {
    return undefined;
  }
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
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

/** readme-counters' own, with the runner's orchestration id as @actions/github adds it. */
function userAgent(env: Env): string {
  const orchestration = env.ACTIONS_ORCHESTRATION_ID?.trim();
  const agent = `readme-counters/${packageJson.version}`;
  return orchestration ? `${agent} actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, "_")}` : agent;
}

function defaultDependencies(): Dependencies {
  return {
    env: process.env,
    clock: {
      now: () => new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    },
    fetch: fetchThroughProxy,
    reporter: actionsReporter(),
  };
}

/**
 * fetch, through the runner's proxy when https_proxy (or http_proxy) names
 * one for the address, as @actions/github does; the proxy code loads only then.
 */
const fetchThroughProxy: typeof fetch = async (request, init) => {
  const url = new URL(request instanceof Request ? request.url : String(request));
  const { getProxyUrl } = await import("@actions/http-client/lib/proxy");
  if (!getProxyUrl(url)) return fetch(request, init);
  const [{ HttpClient }, undici] = await Promise.all([import("@actions/http-client"), import("undici")]);
  const dispatcher = new HttpClient().getAgentDispatcher(url.href);
  return (await undici.fetch(url, { ...init, dispatcher } as Parameters<
    typeof undici.fetch
  >[1])) as unknown as Response;
};

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
