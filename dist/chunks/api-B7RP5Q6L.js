#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  dataOf,
  dataOrLost,
  dateFields,
  datesOf,
  firstLine,
  hasType,
  isGuarded,
  refusal,
  text,
  withoutRefusedDates
} from "./chunk-NJBNPSIT.js";
import {
  groupsOf
} from "./chunk-SWRER7Z7.js";
import {
  FileError,
  NO_README,
  README_FOLDERS,
  checkSize,
  decodeText,
  isGlob,
  matchFiles,
  notMarkdown,
  shownReadme
} from "./chunk-E2RVOREP.js";
import {
  require_picomatch
} from "./chunk-DD6AR6OB.js";
import {
  GitHubError
} from "./chunk-EX5YPBKG.js";
import "./chunk-YGW25PPU.js";
import "./chunk-V2XUYSKO.js";
import {
  __toESM
} from "./chunk-ECLD5QZ6.js";

// src/github/snapshot.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var FILES_PER_QUERY = 100;
var TEXT_BYTES_PER_QUERY = 10 * 1024 * 1024;
var BLOB_TEXT_BYTES = 512e3;
var LIKELY_README_NAMES = ["README.md", "readme.md", "Readme.md", "README"];
var READS_OF_A_MOVING_BRANCH = 3;
async function readSnapshot(client, asked) {
  const globs = asked.paths.some(isGlob);
  const request = globs && asked.branch === void 0 ? { ...asked, branch: await defaultBranch(client, asked.repository) } : asked;
  const where = (branch) => `branch ${branch} of ${request.repository.owner}/${request.repository.repo}`;
  for (let read = 1; ; read++) {
    const tree = globs && request.branch !== void 0 ? await branchTree(client, request, request.branch) : void 0;
    const paths = tree ? matchFiles(request.paths, [...tree.blobs.keys()], where(request.branch ?? "")) : request.paths.length > 0 ? request.paths : README_FOLDERS.flatMap(
      (folder) => LIKELY_README_NAMES.map((name) => folder === "" ? name : `${folder}/${name}`)
    );
    const batches = batchesOf(paths, tree);
    const { answer, refused } = withoutRefusedDates(
      await client.query(firstQuery(request, batches[0] ?? []), {
        ...firstVariables(request),
        ...pathVariables(batches[0] ?? [])
      })
    );
    const repository = dataOf(answer, request.repository).repository;
    const target = repository?.branch?.target;
    if (!repository?.branch || !target) throw missingBranch(request);
    if (tree && target.tree.oid !== tree.oid) {
      if (read === READS_OF_A_MOVING_BRANCH)
        throw new GitHubError(`${where(repository.branch.name)} kept moving while it was read`);
      continue;
    }
    const blobs = /* @__PURE__ */ new Map();
    const pullRequestBlobs = /* @__PURE__ */ new Map();
    collect(batches[0] ?? [], target, repository.pullRequestBranch?.target, blobs, pullRequestBlobs);
    for (const batch of batches.slice(1)) {
      const more = await query(client, request, laterQuery(request, batch), {
        owner: request.repository.owner,
        name: request.repository.repo,
        head: target.oid,
        ...request.pullRequest && { pullRequestHead: repository.pullRequestBranch?.target?.oid ?? target.oid },
        ...pathVariables(batch)
      });
      collect(
        batch,
        more.repository?.head ?? {},
        more.repository?.pullRequestHead ?? void 0,
        blobs,
        pullRequestBlobs
      );
    }
    const branch = repository.branch.name;
    let readme;
    if (request.paths.length === 0) {
      readme = shownReadme(
        /* @__PURE__ */ new Map([
          ["", namesOf(target.tree.entries)],
          [".github", namesOf(repository.readmeGithub?.entries)],
          ["docs", namesOf(repository.readmeDocs?.entries)]
        ])
      );
      if (readme === void 0) throw new FileError("README", `${NO_README} (${where(branch)})`);
      const notCountable = notMarkdown(readme);
      if (notCountable) throw new FileError(readme, notCountable);
      if (!blobs.has(readme)) {
        const more = await query(client, request, laterQuery(request, [readme]), {
          owner: request.repository.owner,
          name: request.repository.repo,
          head: target.oid,
          ...request.pullRequest && { pullRequestHead: repository.pullRequestBranch?.target?.oid ?? target.oid },
          ...pathVariables([readme])
        });
        collect(
          [readme],
          more.repository?.head ?? {},
          more.repository?.pullRequestHead ?? void 0,
          blobs,
          pullRequestBlobs
        );
      }
    }
    const files = /* @__PURE__ */ new Map();
    for (const path of readme === void 0 ? paths : [readme]) {
      const blob = blobs.get(path);
      if (blob) files.set(path, await blobText(client, request.repository, path, blob));
      else if (request.optional.includes(path)) files.set(path, void 0);
      else throw new FileError(path, `not found on ${where(branch)}: check the files input`);
    }
    return {
      files,
      repoStart: new Date(repository.createdAt),
      repositoryDates: datesOf(repository, request.repositoryDates, refused),
      branch,
      head: commitInfo(target),
      defaultBranch: lastCommitOf(repository.defaultBranch),
      ...readme !== void 0 && { readme },
      ...request.pullRequest && { pullRequest: pullRequestSide(repository, pullRequestBlobs, files) }
    };
  }
}
async function defaultBranch(client, repository) {
  const answer = await client.query(
    "query ReadmeCountersDefaultBranch($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { defaultBranchRef { name } } }",
    { owner: repository.owner, name: repository.repo }
  );
  const name = dataOf(answer, repository).repository?.defaultBranchRef?.name;
  if (name === void 0) {
    throw new GitHubError(
      `Repository ${repository.owner}/${repository.repo} has no default branch, or the token cannot see it`
    );
  }
  return name;
}
var COMMIT_FIELDS = "oid url messageHeadline parents(first: 1) { nodes { oid } }";
var REQUIRED_CHECKS_FIELDS = "rules(first: 100) { nodes { type } } refUpdateRule { requiredStatusCheckContexts }";
function fileAliases(paths) {
  return paths.map(
    (_, index) => `f${index}: file(path: $p${index}) { object { ... on Blob { oid text isBinary byteSize isTruncated } } }`
  ).join("\n");
}
function oidAliases(paths) {
  return paths.map((_, index) => `g${index}: file(path: $p${index}) { oid }`).join("\n");
}
function pathDeclarations(paths) {
  return paths.map((_, index) => `, $p${index}: String!`).join("");
}
function pathVariables(paths) {
  return Object.fromEntries(paths.map((path, index) => [`p${index}`, path]));
}
function firstQuery(request, paths) {
  const ref = request.branch === void 0 ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  const readme = request.paths.length === 0;
  const dates = dateFields(request.repositoryDates);
  const pullRequest = request.pullRequest ? `autoMergeAllowed
    pullRequestBranch: ref(qualifiedName: $pullRequestRef) {
      id
      target { ... on Commit { ${COMMIT_FIELDS} ${oidAliases(paths)} } }
    }
    scratchBranch: ref(qualifiedName: $scratchRef) { id }
    pullRequests(headRefName: $pullRequestBranch, baseRefName: $base, states: [OPEN], first: 1) {
      nodes { id number url author { login } autoMergeRequest { enabledAt } }
    }` : "";
  const declared = [
    request.branch === void 0 ? "" : ", $ref: String!",
    readme ? ", $readmeGithub: String!, $readmeDocs: String!" : "",
    request.pullRequest ? ", $base: String!, $pullRequestBranch: String!, $pullRequestRef: String!, $scratchRef: String!" : "",
    dates.declarations
  ].join("");
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${declared}${pathDeclarations(paths)}) {
  repository(owner: $owner, name: $name) {
    id
    createdAt
    branch: ${ref} {
      name
      target { ... on Commit { ${COMMIT_FIELDS} tree { oid${readme ? " entries { name type }" : ""} } ${fileAliases(paths)} } }
      ${request.pullRequest ? "compare(headRef: $pullRequestRef) { aheadBy commits(first: 100) { nodes { messageHeadline parents(first: 1) { nodes { oid } } } } }" : ""}
      ${request.pullRequest ? REQUIRED_CHECKS_FIELDS : ""}
    }
    defaultBranch: defaultBranchRef { name target { ... on Commit { committedDate } } }
    ${readme ? "readmeGithub: object(expression: $readmeGithub) { ... on Tree { entries { name type } } }\n    readmeDocs: object(expression: $readmeDocs) { ... on Tree { entries { name type } } }" : ""}
    ${pullRequest}
    ${dates.fields}
  }
}`;
}
function firstVariables(request) {
  const variables = {
    owner: request.repository.owner,
    name: request.repository.repo,
    ...dateFields(request.repositoryDates).variables
  };
  if (request.branch !== void 0) variables.ref = `refs/heads/${request.branch}`;
  if (request.paths.length === 0) {
    const revision = request.branch ?? "HEAD";
    variables.readmeGithub = `${revision}:.github`;
    variables.readmeDocs = `${revision}:docs`;
  }
  if (request.pullRequest && request.branch !== void 0) {
    variables.base = request.branch;
    variables.pullRequestBranch = request.pullRequest.branch;
    variables.pullRequestRef = `refs/heads/${request.pullRequest.branch}`;
    variables.scratchRef = `refs/heads/${request.pullRequest.scratch}`;
  }
  return variables;
}
function laterQuery(request, paths) {
  const pullRequest = request.pullRequest ? `pullRequestHead: object(oid: $pullRequestHead) { ... on Commit { ${oidAliases(paths)} } }` : "";
  return `query ReadmeCountersFiles($owner: String!, $name: String!, $head: GitObjectID!${request.pullRequest ? ", $pullRequestHead: GitObjectID!" : ""}${pathDeclarations(paths)}) {
  repository(owner: $owner, name: $name) {
    head: object(oid: $head) { ... on Commit { ${fileAliases(paths)} } }
    ${pullRequest}
  }
}`;
}
async function query(client, request, document, variables) {
  return dataOf(await client.query(document, variables), request.repository);
}
function collect(paths, base, pullRequest, blobs, pullRequestBlobs) {
  for (const [index, path] of paths.entries()) {
    blobs.set(path, base[`f${index}`]?.object ?? void 0);
    pullRequestBlobs.set(path, pullRequest?.[`g${index}`]?.oid);
  }
}
function batchesOf(paths, tree) {
  return groupsOf(
    paths,
    FILES_PER_QUERY,
    TEXT_BYTES_PER_QUERY,
    (path) => Math.min(tree?.blobs.get(path)?.size ?? 0, BLOB_TEXT_BYTES)
  );
}
async function branchTree(client, request, branch) {
  const { owner, repo } = request.repository;
  const list = async (sha, recursive) => dataOf(
    await client.rest("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      owner,
      repo,
      tree_sha: sha,
      ...recursive && { recursive: "1" }
    }),
    request.repository
  );
  const bases = request.paths.filter((path) => !path.startsWith("!") && isGlob(path)).map((glob) => import_picomatch.default.scan(glob).base);
  const mayHold = (folder) => bases.some(
    (base) => base === "" || base === folder || base.startsWith(`${folder}/`) || folder.startsWith(`${base}/`)
  );
  const blobs = /* @__PURE__ */ new Map();
  const walk = async (sha, prefix) => {
    const listed = await list(sha, true);
    const entries = listed.truncated ? (await list(sha, false)).tree : listed.tree;
    for (const entry of entries) {
      const path = prefix + entry.path;
      if (entry.type === "blob") blobs.set(path, { sha: entry.sha, size: entry.size ?? 0 });
      else if (entry.type === "tree" && listed.truncated && mayHold(path)) await walk(entry.sha, `${path}/`);
    }
    return listed.sha;
  };
  const oid = await walk(branch, "");
  return { oid, blobs };
}
async function blobText(client, repository, path, blob) {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  checkSize(path, blob.byteSize);
  if (!blob.isTruncated && blob.text !== null) return decodeText(path, Buffer.from(blob.text, "utf8"));
  const whole = dataOf(
    await client.rest("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
      owner: repository.owner,
      repo: repository.repo,
      file_sha: blob.oid
    }),
    repository
  );
  return decodeText(path, Buffer.from(whole.content, "base64"));
}
function namesOf(entries) {
  return (entries ?? []).filter((entry) => entry.type === "blob").map((entry) => entry.name);
}
function missingBranch(request) {
  const { owner, repo } = request.repository;
  return new GitHubError(
    request.branch === void 0 ? `Repository ${owner}/${repo} has no default branch yet: push a first commit` : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`
  );
}
function pullRequestSide(repository, blobs, files) {
  const branch = repository.pullRequestBranch;
  const target = branch?.target;
  const compare = repository.branch?.compare;
  const open = repository.pullRequests?.nodes?.[0] ?? void 0;
  return {
    repositoryId: repository.id,
    autoMergeAllowed: repository.autoMergeAllowed ?? false,
    branch: branch && target ? {
      id: branch.id,
      head: commitInfo(target),
      aheadBy: compare?.aheadBy ?? 0,
      ahead: (compare?.commits.nodes ?? []).flatMap(
        (commit) => commit ? [{ headline: commit.messageHeadline, parent: commit.parents.nodes?.[0]?.oid }] : []
      ),
      blobs: new Map([...files.keys()].map((path) => [path, blobs.get(path)]))
    } : void 0,
    scratchId: repository.scratchBranch?.id,
    open: open && {
      id: open.id,
      number: open.number,
      url: open.url,
      author: open.author?.login,
      autoMerge: open.autoMergeRequest !== null
    },
    requiredChecks: requiredChecks(repository.branch)
  };
}
function requiredChecks(base) {
  if (base?.rules?.nodes?.some((rule) => rule?.type === "REQUIRED_STATUS_CHECKS")) return "ruleset";
  if ((base?.refUpdateRule?.requiredStatusCheckContexts?.length ?? 0) > 0) return "branch protection";
  return void 0;
}
function lastCommitOf(branch) {
  const committed = branch?.target?.committedDate;
  return branch && committed ? { name: branch.name, committedDate: new Date(committed) } : void 0;
}
function commitInfo(commit) {
  return {
    oid: commit.oid,
    url: commit.url,
    headline: commit.messageHeadline,
    parent: commit.parents.nodes?.[0]?.oid
  };
}

// src/github/api.ts
function gitHub(client) {
  return {
    defaultBranch: (repository) => defaultBranch(client, repository),
    readSnapshot: (request) => readSnapshot(client, request),
    async commit(request) {
      const answer = await client.mutate(COMMIT_MUTATION, { input: commitInput(request) });
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        if (hasType(answer.errors, "STALE_DATA") || /Expected branch to point to/.test(text(answer.errors))) {
          return { kind: "stale" };
        }
        if (isGuarded(answer.errors)) return { kind: "guarded", message: firstLine(text(answer.errors)) };
        throw refusal(answer.errors, `commit to ${request.branch}`, "contents: write");
      }
      const commit = answer.data.createCommitOnBranch?.commit;
      if (!commit) throw new GitHubError(`GitHub did not return the commit on ${request.branch}`);
      return { kind: "committed", commit: { sha: commit.oid, url: commit.url } };
    },
    async createBranch(repositoryId, name, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersCreateBranch($input: CreateRefInput!) { createRef(input: $input) { ref { id } } }`,
        { input: { repositoryId, name: `refs/heads/${name}`, oid } }
      );
      const id = dataOrLost(answer, `create branch ${name}`, "contents: write")?.createRef?.ref?.id;
      if (typeof id === "string") return { id };
      if (answer.kind === "lost") return answer;
      throw new GitHubError(`GitHub did not return branch ${name}`);
    },
    async moveBranch(refId, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveBranch($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }`,
        { input: { refId, oid, force: true } }
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : void 0;
    },
    async moveAndDelete(refId, oid, deleteRefId) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveAndDelete($move: UpdateRefInput!, $delete: DeleteRefInput!) {
  updateRef(input: $move) { ref { id } }
  deleteRef(input: $delete) { clientMutationId }
}`,
        { move: { refId, oid, force: true }, delete: { refId: deleteRefId } }
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : void 0;
    },
    async openPullRequest(request) {
      const answer = await client.mutate(
        `mutation ReadmeCountersOpenPullRequest($input: CreatePullRequestInput!) {
  createPullRequest(input: $input) { pullRequest { id number url author { login } } }
}`,
        {
          input: {
            repositoryId: request.repositoryId,
            baseRefName: request.base,
            headRefName: request.head,
            title: request.title,
            body: request.body
          }
        }
      );
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        const said = text(answer.errors);
        if (/A pull request already exists/i.test(said)) return "exists";
        if (/not permitted to create or approve pull requests/i.test(said)) {
          throw new GitHubError(
            `GitHub refused to open the pull request (${firstLine(said)}): turn on the repository setting "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions), or pass a GitHub App token`
          );
        }
        throw refusal(
          answer.errors,
          `open a pull request from ${request.head} into ${request.base}`,
          "pull-requests: write"
        );
      }
      const pullRequest = answer.data.createPullRequest?.pullRequest;
      if (!pullRequest) throw new GitHubError(`GitHub did not return the pull request from ${request.head}`);
      const { id, number, url, author } = pullRequest;
      return { id, number, url, author: author?.login, autoMerge: false };
    },
    async enableAutoMerge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersAutoMerge($input: EnablePullRequestAutoMergeInput!) {
  enablePullRequestAutoMerge(input: $input) { pullRequest { id } }
}`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } }
      );
      if (answer.kind === "data") return "enabled";
      if (answer.kind === "lost")
        return { warning: `GitHub's answer to enabling auto-merge was lost (${answer.reason})` };
      const said = firstLine(text(answer.errors));
      if (/clean status/i.test(said)) return "clean";
      if (/auto.?merge is not allowed/i.test(said)) {
        return {
          warning: `auto-merge is not allowed in this repository (${said}): turn on "Allow auto-merge" in Settings \u2192 General \u2192 Pull Requests; the pull request is open`
        };
      }
      return { warning: `GitHub did not enable auto-merge (${said}); the pull request is open` };
    },
    async merge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMerge($input: MergePullRequestInput!) { mergePullRequest(input: $input) { pullRequest { id } } }`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } }
      );
      if (answer.kind === "data") return "merged";
      if (answer.kind === "lost") return answer;
      return { warning: `GitHub did not merge the pull request (${firstLine(text(answer.errors))}); it is open` };
    },
    async enableWorkflow(repository, file) {
      try {
        const answer = await client.rest("PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable", {
          owner: repository.owner,
          repo: repository.repo,
          workflow_id: file
        });
        if (answer.kind === "data") return "enabled";
        const or = "or give the token passed as token (a GitHub App's, or a fine-grained personal one) Actions: read and write";
        return { warning: refusal(answer.errors, `re-enable workflow ${file}`, "actions: write", or).message };
      } catch (error) {
        if (error instanceof GitHubError) return { warning: error.message };
        throw error;
      }
    }
  };
}
var COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
function commitInput(request) {
  const [headline = "", ...lines] = request.message.split("\n");
  const body = lines.join("\n").trim();
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body ? { headline, body } : { headline },
    fileChanges: {
      additions: request.files.map(({ path, text: text2 }) => ({
        path,
        contents: Buffer.from(text2, "utf8").toString("base64")
      }))
    }
  };
}
export {
  gitHub
};
