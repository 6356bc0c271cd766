import { type FakeRepository, GitHubFailure } from "./repository.js";

/** The REST answer: a status and a JSON body (none for 204). */
export interface RestAnswer {
  readonly status: number;
  readonly body?: unknown;
}

/** The REST trees API lists at most this many entries recursively before it answers `truncated`. */
export const TREE_ENTRY_LIMIT = 100_000;

/** The REST endpoints readme-counters uses, by the names the request log gives them. */
const ROUTES = [
  { name: "Tree", method: "GET", path: /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/(.+)$/ },
  { name: "Blob", method: "GET", path: /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]+)$/ },
  { name: "EnableWorkflow", method: "PUT", path: /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/enable$/ },
] as const;

function route(method: string, url: URL) {
  const path = decodeURIComponent(url.pathname).replace(/^\/api\/v3/, "");
  for (const candidate of ROUTES) {
    const match = candidate.method === method ? candidate.path.exec(path) : null;
    if (match) return { name: candidate.name, owner: match[1] ?? "", repo: match[2] ?? "", id: match[3] ?? "" };
  }
  return undefined;
}

/** The name of a REST request, for the request log: `Tree`, or the method and path of a route GitHub lacks. */
export function restName(method: string, url: URL): string {
  return route(method, url)?.name ?? `${method} ${url.pathname}`;
}

/**
 * The git trees API (recursive, with its `truncated` flag), the git blobs API
 * (base64, up to 100 MB), and enabling a workflow. Anything else is a 404, as
 * for a route GitHub lacks.
 */
export function restAnswer(
  repository: FakeRepository,
  method: string,
  url: URL,
  limits: { readonly treeEntries: number },
): RestAnswer {
  const found = route(method, url);
  try {
    if (!found || found.owner.toLowerCase() !== repository.owner || found.repo.toLowerCase() !== repository.name) {
      throw new GitHubFailure("NOT_FOUND", "Not Found");
    }
    switch (found.name) {
      case "Tree":
        return { status: 200, body: treeBody(repository, found.id, url.searchParams.has("recursive"), limits) };
      case "Blob": {
        const bytes = repository.git.blob(found.id);
        if (!bytes) throw new GitHubFailure("NOT_FOUND", "Not Found");
        return {
          status: 200,
          body: { sha: found.id, size: bytes.length, encoding: "base64", content: bytes.toString("base64") },
        };
      }
      case "EnableWorkflow":
        repository.enableWorkflow(found.id);
        return { status: 204 };
    }
  } catch (error) {
    if (!(error instanceof GitHubFailure)) throw error;
    const status = { FORBIDDEN: 403, NOT_FOUND: 404 }[error.type] ?? 422;
    // GitHub's REST errors name their documentation too, which Octokit appends to its error's message.
    return {
      status,
      body: { message: error.message, documentation_url: "https://docs.github.com/rest", status: String(status) },
    };
  }
}

/** A tree by its oid, a commit's oid or a branch name, as the trees API takes them. */
function treeBody(
  repository: FakeRepository,
  sha: string,
  recursive: boolean,
  limits: { readonly treeEntries: number },
) {
  const git = repository.git;
  const commitOid = git.refs.get(sha) ?? (git.commits.has(sha) ? sha : undefined);
  const found = commitOid === undefined ? git.tree(sha) : { files: git.commit(commitOid).files, folder: "" };
  if (!found) throw new GitHubFailure("NOT_FOUND", "Not Found");
  const entries = recursive
    ? git.allEntries(found.files, found.folder)
    : (git.entries(found.files, found.folder) ?? []);
  const prefix = found.folder === "" ? "" : `${found.folder}/`;
  const truncated = entries.length > limits.treeEntries;
  return {
    sha: git.treeOid(found.files, found.folder),
    truncated,
    tree: entries.slice(0, limits.treeEntries).map((entry) => ({
      // Paths are from the tree that was asked for.
      path: entry.path.slice(prefix.length),
      mode: entry.type === "tree" ? "040000" : "100644",
      type: entry.type,
      sha: entry.oid,
      ...(entry.size !== undefined && { size: entry.size }),
    })),
  };
}
