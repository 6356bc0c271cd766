import packageJson from "../../package.json" with { type: "json" };
import { graphqlClient } from "../github/client.js";
import { commitSink, gitHubSource } from "../github/commit.js";
import { gitHub } from "../github/github.js";
import { pullRequestSink, scratchBranch } from "../github/pull-request.js";
import type { FileSelection } from "../road.js";
import { type Outcome, update } from "../road.js";
import { InputError, type Repository, type Settings } from "../settings.js";
import type { Dependencies, Env } from "./main.js";

/**
 * The road through GitHub's API, for commit: api, pull-request and auto: one
 * snapshot query as the source, and a commit, a pull request, or a commit
 * that falls back to a pull request as the sink.
 */
export async function gitHubRoad(
  settings: Settings,
  selection: FileSelection,
  dependencies: Dependencies,
): Promise<Outcome> {
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

/** readme-counters' own, with the runner's orchestration id as @actions/github adds it. */
function userAgent(env: Env): string {
  const orchestration = env.ACTIONS_ORCHESTRATION_ID?.trim();
  const agent = `readme-counters/${packageJson.version}`;
  return orchestration ? `${agent} actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, "_")}` : agent;
}
