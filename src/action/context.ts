import { readFileSync } from "node:fs";
import packageJson from "../../package.json" with { type: "json" };
import type { Clock } from "../road.js";
import type { Repository } from "../settings.js";
import type { Reporter } from "./report.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** What a run needs from outside, passed in so that tests hand in their own. */
export interface Dependencies {
  /** The runner's environment: INPUT_* for the inputs, GITHUB_* for the context. */
  readonly env: Env;
  readonly clock: Clock;
  /** How requests reach GitHub; @actions/github's own fetch, which honours the runner's proxy, when undefined. */
  readonly fetch?: typeof fetch;
  readonly reporter: Reporter;
}

/*
 * The runner's context: everything a run reads from its environment is read
 * here and nowhere else.
 */

/** An input as the runner passes it (what @actions/core's getInput reads), untrimmed; "" when unset. No input's name holds a space, which the runner would pass as "_". */
export function input(env: Env, name: string): string {
  return env[`INPUT_${name.toUpperCase()}`] ?? "";
}

/** Where actions/checkout put the repository. */
export function workspace(env: Env): string {
  return env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * The event's payload, read here rather than through @actions/github's
 * context, which would load Octokit with it: most of what the action loads,
 * and commit: none never needs it. Empty where there is none.
 */
function eventPayload(env: Env): EventPayload {
  try {
    return (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8")) as EventPayload | null) ?? {};
  } catch {
    return {};
  }
}

/** When the repository was created, as the event's payload says, for commit: none, which reads no API. */
export function eventRepositoryCreation(env: Env): Date | undefined {
  const created = eventPayload(env).repository?.created_at;
  // A push event gives seconds since the epoch; the others an ISO timestamp.
  const date = typeof created === "number" ? new Date(created * 1000) : created ? new Date(created) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The cron that started this run (`github.event.schedule`), when a schedule did. */
export function eventSchedule(env: Env): string | undefined {
  return env.GITHUB_EVENT_NAME === "schedule" ? eventPayload(env).schedule : undefined;
}

/** What the modes that reach GitHub read of the runner's context. */
export interface GitHubContext {
  /** The repository the workflow runs in; undefined outside a workflow. */
  readonly repository: Repository | undefined;
  /** The branch the workflow runs on: a pull request's head branch, or the pushed or dispatched branch. */
  readonly branch: string | undefined;
  readonly eventName: string | undefined;
  readonly payload: EventPayload;
  /** GITHUB_API_URL: `https://api.github.com`, or a GitHub Enterprise Server's. */
  readonly apiUrl: string;
  /** readme-counters' user agent, with the runner's orchestration id as @actions/github adds it. */
  readonly userAgent: string;
  /** The file of the workflow that runs (`counters.yml`), from GITHUB_WORKFLOW_REF; a caller's for a reusable workflow. */
  readonly workflowFile: string | undefined;
}

/** What a run reads from the event's payload. */
export interface EventPayload {
  readonly repository?: { readonly created_at?: string | number };
  readonly pull_request?: { readonly head?: { readonly ref?: string } };
  readonly schedule?: string;
}

/**
 * The context through @actions/github, which reads it from process.env. A
 * test hands in an environment of its own, which stands in for process.env
 * while the context is read: the read is synchronous once the module is
 * loaded, so nothing else runs meanwhile.
 */
export async function gitHubContext(env: Env): Promise<GitHubContext> {
  const [{ context: loaded }, { getUserAgentWithOrchestrationId }] = await Promise.all([
    import("@actions/github"),
    import("@actions/github/lib/utils"),
  ]);
  const runner = process.env;
  process.env = { ...env };
  try {
    const context = new (loaded.constructor as new () => typeof loaded)();
    const payload = context.payload as EventPayload;
    const ref = context.ref ?? "";
    return {
      repository: env.GITHUB_REPOSITORY ? context.repo : undefined,
      branch: payload.pull_request?.head?.ref || (ref.startsWith("refs/heads/") ? ref.slice(11) : undefined),
      eventName: context.eventName,
      payload,
      apiUrl: context.apiUrl || "https://api.github.com",
      // Given a user agent, it returns one: its type allows undefined only for a call without.
      userAgent: getUserAgentWithOrchestrationId(`readme-counters/${packageJson.version}`) as string,
      // `octo/diary/.github/workflows/counters.yml@refs/heads/main`: the file name is what the API takes.
      workflowFile: env.GITHUB_WORKFLOW_REF?.split("@")[0]?.split("/").at(-1) || undefined,
    };
  } finally {
    process.env = runner;
  }
}
