import type { WhenGuarded } from "../github/commit.js";
import type { RemoteSnapshot } from "../github/snapshot.js";
import { fileSelection, type Sink, type Snapshot, type Source, unreadDates } from "../road.js";
import { type CommitMode, InputError, type Repository, type Settings } from "../settings.js";
import { workspaceSink, workspaceSource } from "../workspace.js";
import { type Dependencies, eventRepositoryCreation, type GitHubContext, gitHubContext, workspace } from "./context.js";
import { keepingAlive } from "./keep-alive.js";

/** Where a run's files come from and where its changes go. */
export interface Road<S extends Snapshot = Snapshot> {
  readonly source: Source<S>;
  readonly sink: Sink<S>;
}

type Mode = (settings: Settings, dependencies: Dependencies) => Promise<Road>;

/** Each commit mode, by its name in the `commit` input: the one place that knows what each means. */
export const MODES: Readonly<Record<CommitMode, Mode>> = {
  /** The workspace's files, written in place; nothing committed. */
  async none(settings, { env }) {
    const root = workspace(env);
    const source = workspaceSource(fileSelection(settings), {
      root,
      repoStart: async () =>
        eventRepositoryCreation(env) ?? {
          unknown:
            "the event that started this run does not say when the repository was created: set repo-start, e.g. 2024-05-01",
        },
      repositoryDates: async () =>
        unreadDates(
          settings.repositoryDates.keys(),
          "commit: none reads only the workspace, not the repository's releases, tags and labels: set commit: api",
        ),
      missingHint: "did the job run actions/checkout before this step?",
    });
    return { source, sink: workspaceSink(root) };
  },

  /** One snapshot query, one verified commit. */
  async api(settings, dependencies) {
    const { github, commitSink, gitHubSource, repository, context, keepAlive } = await gitHubSide(
      settings,
      dependencies,
    );
    const branch = settings.branch ?? triggeringBranch(repository, context);
    return {
      source: gitHubSource(github, { ...fileRequest(settings, repository), branch }),
      sink: keepAlive(commitSink(github, commitSettings(settings, repository))),
    };
  },

  /** Every change through one pull request into the branch (design section 10). */
  async "pull-request"(settings, dependencies) {
    const side = await pullRequestSide(settings, dependencies);
    return { source: side.source, sink: side.keepAlive(side.pullRequest) };
  },

  /** A direct commit; where a ruleset or protection refuses it, the same change through a pull request. */
  async auto(settings, dependencies) {
    const side = await pullRequestSide(settings, dependencies);
    const throughPullRequest: WhenGuarded = (snapshot, renderings, refusal) => {
      dependencies.reporter.info(`${refusal}: going through a pull request from ${side.branch} instead`);
      return side.pullRequest.deliver(snapshot, renderings);
    };
    const sink = side.commitSink(side.github, commitSettings(settings, side.repository), throughPullRequest);
    return { source: side.source, sink: side.keepAlive(sink) };
  },
};

/**
 * The GitHub adapter, loaded only by the modes that reach GitHub: Octokit
 * is most of what the action loads, and commit: none never needs it.
 */
async function gitHubSide(settings: Settings, dependencies: Dependencies) {
  const [context, { gitHub }, { gitHubClient }, { commitSink, gitHubSource }, { pullRequestSink, pullRequestBranch }] =
    await Promise.all([
      gitHubContext(dependencies.env),
      import("../github/api.js"),
      import("../github/client.js"),
      import("../github/commit.js"),
      import("../github/pull-request.js"),
    ]);
  const { clock, reporter } = dependencies;
  const github = gitHub(
    gitHubClient({
      token: settings.token,
      apiUrl: context.apiUrl,
      userAgent: context.userAgent,
      fetch: dependencies.fetch,
      sleep: clock.sleep,
      now: clock.now,
      log: reporter.info,
      shell: "action",
    }),
  );
  const repository = settings.repository ?? currentRepository(context);
  if (settings.keepAlive && !sameRepository(repository, context.repository)) {
    throw new InputError(
      "keep-alive",
      `re-enables a workflow of the repository it runs in, and ${repository.owner}/${repository.repo} (the repository input) is another`,
      "false",
    );
  }
  const keepAlive = (sink: Sink<RemoteSnapshot>): Sink<RemoteSnapshot> =>
    settings.keepAlive
      ? keepingAlive(sink, { github, repository, workflow: context.workflowFile, clock, log: reporter.info })
      : sink;
  return { context, github, repository, commitSink, gitHubSource, pullRequestSink, pullRequestBranch, keepAlive };
}

/** The GitHub side with the pull request's branch, named after its base, which must be known before the one query. */
async function pullRequestSide(settings: Settings, dependencies: Dependencies) {
  const side = await gitHubSide(settings, dependencies);
  const { github, repository, context } = side;
  const base = settings.branch ?? triggeringBranch(repository, context) ?? (await github.defaultBranch(repository));
  const branches = side.pullRequestBranch(settings.pullRequestBranch, base);
  const source = side.gitHubSource(github, {
    ...fileRequest(settings, repository),
    branch: base,
    pullRequest: branches,
  });
  const pullRequest = side.pullRequestSink(github, {
    ...commitSettings(settings, repository),
    branch: branches.branch,
    autoMerge: settings.autoMerge,
  });
  return { ...side, source, pullRequest, branch: branches.branch };
}

function fileRequest(settings: Settings, repository: Repository) {
  const { paths, optional } = fileSelection(settings);
  return { repository, paths, optional, repositoryDates: settings.repositoryDates };
}

function commitSettings(settings: Settings, repository: Repository) {
  return { repository, message: settings.commitMessage };
}

function currentRepository(context: GitHubContext): Repository {
  if (!context.repository) {
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world",
    );
  }
  return context.repository;
}

/**
 * The branch the workflow runs on (a pull request's head branch) when it runs
 * in the repository being updated; otherwise undefined: the default branch.
 */
function triggeringBranch(repository: Repository, context: GitHubContext): string | undefined {
  return sameRepository(repository, context.repository) ? context.branch : undefined;
}

/** GitHub's owner and repository names ignore case. */
function sameRepository(repository: Repository, other: Repository | undefined): boolean {
  return (
    other !== undefined &&
    `${repository.owner}/${repository.repo}`.toLowerCase() === `${other.owner}/${other.repo}`.toLowerCase()
  );
}
