import { execFile } from "node:child_process";
import { promisify } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { type KnownInstant, messageOf, type RepositoryDates, type RepositoryStart, unreadDates } from "../road.js";
import type { Repository, RepositoryReference, Settings } from "../settings.js";

/*
 * What the CLI knows of the repository it runs in: the local clone's history
 * and tags, and, through GitHub's API where the clone's origin is on GitHub,
 * its releases and labels.
 */

/** How the CLI reaches GitHub's API: its environment's token, and how requests are sent. */
export interface ApiAccess {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @actions/github's own fetch, which honours the proxy variables, when undefined. */
  readonly fetch: typeof fetch | undefined;
  readonly log: (message: string) => void;
  /** Told what the CLI would need to ask GitHub's API, when it cannot; the CLI says it once, if a token needed it. */
  readonly cannotAsk: (need: string) => void;
}

const API_URL = "https://api.github.com";
/** Why a date only GitHub knows is left alone, token by token; one line says once what the CLI needs for them. */
export const NEEDS_API = "only GitHub's API knows it (the line before the warnings says what it needs)";

/** REPO_START here: the date of the first commit in the local history, where that history is whole. */
export async function gitRepositoryStart(root: string): Promise<RepositoryStart> {
  const shallow = await git(root, "rev-parse", "--is-shallow-repository");
  if (shallow === undefined) return { unknown: "this folder is not in a git repository: pass --repo-start YYYY-MM-DD" };
  if (shallow === "true") {
    return {
      unknown:
        "this clone is shallow, so its first commit is not the repository's: pass --repo-start YYYY-MM-DD, or fetch the whole history (git fetch --unshallow)",
    };
  }
  const roots = (await git(root, "log", "--max-parents=0", "--format=%aI", "HEAD")) ?? "";
  const times = roots
    .split("\n")
    .filter(Boolean)
    .map((line) => new Date(line).getTime());
  return times.length > 0
    ? new Date(Math.min(...times))
    : { unknown: "this repository has no commit yet: pass --repo-start YYYY-MM-DD" };
}

/**
 * The repository's dates here: tags from the local git; the latest release,
 * releases and labels through GitHub's API, asked only when a file names
 * LATEST_RELEASE or a `dates` line a release or a label, so that a run
 * that needs none of them sends nothing.
 */
export async function cloneRepositoryDates(
  root: string,
  settings: Settings,
  files: ReadonlyMap<string, string | undefined>,
  access: ApiAccess,
): Promise<RepositoryDates> {
  const references = [...settings.repositoryDates];
  const tags = await localTags(root, references);
  const fromApi = new Map(references.filter(([, reference]) => reference.kind !== "tag"));
  const latestRelease = [...files.values()].some((text) => text?.includes("LATEST_RELEASE"));
  const api =
    fromApi.size > 0 || latestRelease ? await apiDates(root, fromApi, access) : unreadDates(fromApi.keys(), NEEDS_API);
  return { latestRelease: api.latestRelease, named: new Map([...tags, ...api.named]) };
}

/** Each tag's date: the tagger's for an annotated tag, else its commit's. */
async function localTags(
  root: string,
  references: ReadonlyArray<readonly [string, RepositoryReference]>,
): Promise<Map<string, KnownInstant>> {
  const tags = references.filter(([, reference]) => reference.kind === "tag");
  if (tags.length === 0) return new Map();
  const format = "%(refname)%00%(taggerdate:iso-strict)%00%(committerdate:iso-strict)%00%(*committerdate:iso-strict)";
  const listed = await git(
    root,
    "for-each-ref",
    `--format=${format}`,
    ...tags.map(([, tag]) => `refs/tags/${tag.name}`),
  );
  const dates = new Map(
    (listed ?? "").split("\n").map((line) => {
      const [ref, ...candidates] = line.split("\0");
      return [ref, candidates.find(Boolean)] as const;
    }),
  );
  return new Map(
    tags.map(([name, tag]) => {
      const date = dates.get(`refs/tags/${tag.name}`);
      return [
        name,
        date ? new Date(date) : { unknown: `the local git has no tag ${tag.name} (git fetch --tags fetches them)` },
      ];
    }),
  );
}

/** The dates only GitHub knows, through its API, with the token the environment gives for the repository origin names. */
async function apiDates(
  root: string,
  references: ReadonlyMap<string, RepositoryReference>,
  access: ApiAccess,
): Promise<RepositoryDates> {
  const token = access.env.GITHUB_TOKEN || access.env.GH_TOKEN;
  const repository = await originOnGitHub(root);
  if (!token || !repository) {
    access.cannotAsk(
      !repository
        ? `run it in a clone whose origin is on GitHub (git remote get-url origin)${token ? "" : ", with GITHUB_TOKEN (or GH_TOKEN) set"}`
        : "set GITHUB_TOKEN (or GH_TOKEN) to a token that may read the repository",
    );
    return unreadDates(references.keys(), NEEDS_API);
  }
  // Octokit loads only here: the CLI starts without it.
  const [{ gitHubClient }, { readRepositoryDates }] = await Promise.all([
    import("../github/client.js"),
    import("../github/repository-dates.js"),
  ]);
  const client = gitHubClient({
    token,
    apiUrl: API_URL,
    userAgent: `readme-counters/${packageJson.version}`,
    fetch: access.fetch,
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    now: () => new Date(),
    log: access.log,
    shell: "cli",
  });
  try {
    return await readRepositoryDates(client, repository, references);
  } catch (error) {
    return unreadDates(references.keys(), `GitHub's API did not tell it: ${messageOf(error)}`);
  }
}

/** The GitHub repository the clone's origin names (https or ssh), if it is one. */
async function originOnGitHub(root: string): Promise<Repository | undefined> {
  const url = await git(root, "remote", "get-url", "origin");
  if (url === undefined) return undefined;
  const { default: hostedGitInfo } = await import("hosted-git-info");
  const hosted = hostedGitInfo.fromUrl(url);
  return hosted?.type === "github" ? { owner: hosted.user, repo: hosted.project } : undefined;
}

/** A git command's output, trimmed; undefined when git fails or is missing. */
export async function git(cwd: string, ...args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)("git", args, { cwd });
    return stdout.trim();
  } catch {
    return undefined;
  }
}
