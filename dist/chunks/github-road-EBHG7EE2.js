#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError,
  graphqlClient
} from "./chunk-OFKESYJI.js";
import {
  package_default
} from "./chunk-B7TLB7EL.js";
import {
  FileError,
  InputError,
  checkSize,
  decodeText,
  update
} from "./chunk-2TBLAH2B.js";
import "./chunk-O2FWROEU.js";
import "./chunk-ECLD5QZ6.js";

// src/commit.ts
function gitHubSource(github, request) {
  return { read: () => github.readSnapshot(request) };
}
function commitSink(github, settings, whenGuarded = refuse) {
  let lost;
  return {
    async deliver(snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        if (lost && snapshot.head.parent === lost.parent && snapshot.head.headline === headline(settings.message)) {
          const { oid, url } = snapshot.head;
          return committed({ sha: oid, url }, lost.paths, snapshot);
        }
        return { kind: "delivered", changed: false, changedFiles: [], summary: "Every counter is up to date" };
      }
      const paths = changed.map((rendering) => rendering.path);
      const result = await github.commit({
        repository: settings.repository,
        branch: snapshot.branch,
        expectedHeadOid: snapshot.head.oid,
        message: settings.message,
        files: changed.map(({ path, text: text2 }) => ({ path, text: text2 }))
      });
      switch (result.kind) {
        case "committed":
          return committed(result.commit, paths, snapshot);
        case "stale":
          return { kind: "again", reason: `Branch ${snapshot.branch} moved since it was read` };
        case "lost":
          lost = { parent: snapshot.head.oid, paths };
          return { kind: "again", reason: `GitHub's answer to the commit was lost (${result.reason})` };
        case "guarded":
          return whenGuarded(
            snapshot,
            renderings,
            `Branch ${snapshot.branch} is guarded by a ruleset or branch protection (${result.message})`
          );
      }
    }
  };
}
async function refuse(_snapshot, _renderings, refusal2) {
  throw new GitHubError(
    `${refusal2}: set commit: pull-request (or auto), use a GitHub App token whose app is on the rule's bypass list, or set the branch input to another branch`
  );
}
function committed(commit, paths, snapshot) {
  const open = snapshot.pullRequest?.open;
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit,
    summary: `Committed ${commit.sha.slice(0, 7)}`,
    ...open && {
      warnings: [
        `pull request #${open.number} is no longer needed, since ${snapshot.branch} took the commit directly: close it`
      ]
    }
  };
}
function headline(message) {
  return message.split("\n")[0] ?? message;
}

// src/github.ts
function gitHub(client) {
  return {
    async defaultBranch(repository) {
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
    },
    async readSnapshot(request) {
      const answer = await client.query(snapshotQuery(request), snapshotVariables(request));
      return snapshotFrom(dataOf(answer, request.repository), request);
    },
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
  createPullRequest(input: $input) { pullRequest { id number url } }
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
      return pullRequest;
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
    }
  };
}
var COMMIT_FIELDS = "oid url messageHeadline parents(first: 1) { nodes { oid } }";
function snapshotQuery(request) {
  const variables = request.paths.map((_, index) => `, $p${index}: String!`).join("");
  const files = request.paths.map(
    (_, index) => `f${index}: file(path: $p${index}) { object { ... on Blob { text isBinary byteSize isTruncated } } }`
  ).join("\n          ");
  const ref = request.branch === void 0 ? "defaultBranchRef" : "ref(qualifiedName: $ref)";
  const pullRequest = request.pullRequest ? `autoMergeAllowed
    pullRequestBranch: ref(qualifiedName: $pullRequestRef) {
      id
      compare(headRef: $base) { behindBy }
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    scratchBranch: ref(qualifiedName: $scratchRef) { id }
    pullRequests(headRefName: $pullRequestBranch, baseRefName: $base, states: [OPEN], first: 1) { nodes { id number url } }` : "";
  const declared = [
    request.branch === void 0 ? "" : ", $ref: String!",
    request.pullRequest ? ", $base: String!, $pullRequestBranch: String!, $pullRequestRef: String!, $scratchRef: String!" : ""
  ].join("");
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${declared}${variables}) {
  repository(owner: $owner, name: $name) {
    id
    createdAt
    branch: ${ref} {
      name
      target {
        ... on Commit {
          ${COMMIT_FIELDS}
          ${files}
        }
      }
    }
    ${pullRequest}
  }
}`;
}
function snapshotVariables(request) {
  const variables = { owner: request.repository.owner, name: request.repository.repo };
  if (request.branch !== void 0) variables.ref = `refs/heads/${request.branch}`;
  if (request.pullRequest && request.branch !== void 0) {
    variables.base = request.branch;
    variables.pullRequestBranch = request.pullRequest.branch;
    variables.pullRequestRef = `refs/heads/${request.pullRequest.branch}`;
    variables.scratchRef = `refs/heads/${request.pullRequest.scratch}`;
  }
  for (const [index, path] of request.paths.entries()) variables[`p${index}`] = path;
  return variables;
}
function snapshotFrom(data, request) {
  const { owner, repo } = request.repository;
  const repository = data.repository;
  if (!repository) throw new GitHubError(`Repository ${owner}/${repo} was not found, or the token cannot see it`);
  const target = repository.branch?.target;
  if (!repository.branch || !target) {
    throw new GitHubError(
      request.branch === void 0 ? `Repository ${owner}/${repo} has no default branch yet: push a first commit` : `Branch ${request.branch} does not exist in ${owner}/${repo}: create it, or set the branch input`
    );
  }
  const branch = repository.branch.name;
  const files = /* @__PURE__ */ new Map();
  for (const [index, path] of request.paths.entries()) {
    const blob = target[`f${index}`]?.object;
    if (blob) files.set(path, blobText(path, blob));
    else if (request.optional.includes(path)) files.set(path, void 0);
    else throw new FileError(path, `not found on branch ${branch} of ${owner}/${repo}: check the files input`);
  }
  const snapshot = { files, repoStart: new Date(repository.createdAt), branch, head: commitInfo(target) };
  if (!request.pullRequest) return snapshot;
  const pullRequestTarget = repository.pullRequestBranch?.target;
  const open = repository.pullRequests?.nodes?.[0] ?? void 0;
  return {
    ...snapshot,
    pullRequest: {
      repositoryId: repository.id,
      autoMergeAllowed: repository.autoMergeAllowed ?? false,
      branch: repository.pullRequestBranch && pullRequestTarget ? {
        id: repository.pullRequestBranch.id,
        head: commitInfo(pullRequestTarget),
        aheadBy: repository.pullRequestBranch.compare?.behindBy ?? 0,
        files: new Map(
          request.paths.map((path, index) => {
            const blob = pullRequestTarget[`f${index}`]?.object;
            return [path, blob ? blobText(path, blob) : void 0];
          })
        )
      } : void 0,
      scratchId: repository.scratchBranch?.id,
      open: open ?? void 0
    }
  };
}
function commitInfo(commit) {
  return {
    oid: commit.oid,
    url: commit.url,
    headline: commit.messageHeadline,
    parent: commit.parents.nodes?.[0]?.oid
  };
}
function blobText(path, blob) {
  if (blob.isBinary) throw new FileError(path, "is a binary file, not markdown");
  checkSize(path, blob.byteSize);
  if (blob.isTruncated || blob.text === null) throw new FileError(path, "could not be read whole from GitHub");
  return decodeText(path, Buffer.from(blob.text, "utf8"));
}
var COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
function commitInput(request) {
  const [headline2 = "", ...body] = request.message.split("\n");
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body.join("\n").trim() ? { headline: headline2, body: body.join("\n").trim() } : { headline: headline2 },
    fileChanges: {
      additions: request.files.map(({ path, text: text2 }) => ({
        path,
        contents: Buffer.from(text2, "utf8").toString("base64")
      }))
    }
  };
}
function dataOf(answer, repository) {
  if (answer.kind === "data") return answer.data;
  if (answer.kind === "lost") throw new GitHubError(`GitHub's answer was lost (${answer.reason})`);
  const { owner, repo } = repository;
  if (hasType(answer.errors, "NOT_FOUND")) {
    throw new GitHubError(
      `GitHub found no repository ${owner}/${repo} that this token can see (${firstLine(text(answer.errors))}): check the repository input and the token`
    );
  }
  throw refusal(answer.errors, `read ${owner}/${repo}`, "contents: read");
}
function dataOrLost(answer, action, permission) {
  if (answer.kind === "errors") throw refusal(answer.errors, action, permission);
  return answer.kind === "data" ? answer.data : void 0;
}
function isGuarded(errors) {
  return /Repository rule violations found|protected branch/i.test(text(errors));
}
function refusal(errors, action, permission) {
  const said = firstLine(text(errors));
  if (hasType(errors, "FORBIDDEN") || /Resource not accessible by integration/.test(said)) {
    return new GitHubError(
      `GitHub refused to ${action} (${said}): give the job \`permissions: ${permission}\`, or for another repository a token that may`
    );
  }
  return new GitHubError(`GitHub refused to ${action}: ${said}`);
}
function hasType(errors, type) {
  return errors.some((error) => error.type === type);
}
function text(errors) {
  return errors.map((error) => error.message).join("\n");
}
function firstLine(message) {
  return message.trim().split("\n")[0] ?? "";
}

// src/pull-request.ts
function scratchBranch(branch) {
  return `${branch}-next`;
}
function pullRequestSink(github, settings) {
  return {
    async deliver(snapshot, renderings) {
      const side = snapshot.pullRequest;
      if (!side) throw new Error("the snapshot has no pull-request side: the query must read it");
      const changed = renderings.filter((rendering) => rendering.changed);
      if (changed.length === 0) {
        return { kind: "delivered", changed: false, changedFiles: [], summary: "Every counter is up to date" };
      }
      refuseForeignCommits(side, snapshot.branch, settings);
      const paths = changed.map((rendering) => rendering.path);
      const open = side.open;
      if (open && carries(side, snapshot, renderings, settings.message)) {
        return {
          kind: "delivered",
          changed: false,
          changedFiles: [],
          pullRequest: link(open),
          summary: `Pull request #${open.number} is up to date`
        };
      }
      if (open && side.branch) return update2(github, snapshot, side, side.branch.id, open, changed, paths, settings);
      return openNew(github, snapshot, side, changed, paths, settings, renderings);
    }
  };
}
function refuseForeignCommits(side, base, settings) {
  const branch = side.branch;
  if (!branch || branch.aheadBy === 0) return;
  if (branch.aheadBy === 1 && branch.head.headline === headline(settings.message)) return;
  const held = branch.aheadBy === 1 ? "a commit" : `${branch.aheadBy} commits`;
  throw new GitHubError(
    `Branch ${settings.branch} holds ${held} that readme-counters did not make, which it will not throw away: merge or close its pull request into ${base} and delete the branch, or set pull-request-branch to another name`
  );
}
function carries(side, snapshot, renderings, message) {
  const branch = side.branch;
  return branch !== void 0 && branch.aheadBy === 1 && branch.head.parent === snapshot.head.oid && branch.head.headline === headline(message) && renderings.every((rendering) => branch.files.get(rendering.path) === rendering.text);
}
async function update2(github, snapshot, side, branchId, open, changed, paths, settings) {
  const scratch = scratchBranch(settings.branch);
  let scratchId = side.scratchId;
  if (scratchId === void 0) {
    const created = await github.createBranch(side.repositoryId, scratch, snapshot.head.oid);
    if ("kind" in created) return again(created);
    scratchId = created.id;
  } else {
    const moved2 = await github.moveBranch(scratchId, snapshot.head.oid);
    if (moved2) return again(moved2);
  }
  const commit = await commitOn(github, scratch, snapshot, changed, settings);
  if (commit.kind !== "committed") return commit;
  const moved = await github.moveAndDelete(branchId, commit.commit.sha, scratchId);
  if (moved) return again(moved);
  return {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit: commit.commit,
    pullRequest: link(open),
    summary: `Updated pull request #${open.number}`
  };
}
async function openNew(github, snapshot, side, changed, paths, settings, renderings) {
  const placed = side.branch ? await github.moveBranch(side.branch.id, snapshot.head.oid) : await github.createBranch(side.repositoryId, settings.branch, snapshot.head.oid);
  if (placed && "kind" in placed) return again(placed);
  const commit = await commitOn(github, settings.branch, snapshot, changed, settings);
  if (commit.kind !== "committed") return commit;
  const opened = await github.openPullRequest({
    repositoryId: side.repositoryId,
    base: snapshot.branch,
    head: settings.branch,
    title: headline(settings.message),
    body: pullRequestBody(renderings)
  });
  if (opened === "exists")
    return { kind: "again", reason: `A pull request from ${settings.branch} was opened meanwhile` };
  if ("kind" in opened) return again(opened);
  const delivered = {
    kind: "delivered",
    changed: true,
    changedFiles: paths,
    commit: commit.commit,
    pullRequest: link(opened),
    summary: `Opened pull request #${opened.number}`
  };
  return settings.autoMerge ? withAutoMerge(github, delivered, opened.id, side, settings.autoMerge) : delivered;
}
async function withAutoMerge(github, delivered, pullRequestId, side, method) {
  const number = delivered.pullRequest?.number;
  const warn = (warning) => ({ ...delivered, warnings: [...delivered.warnings ?? [], warning] });
  if (!side.autoMergeAllowed) {
    return warn(
      `auto-merge is not allowed in this repository: turn on "Allow auto-merge" in Settings \u2192 General \u2192 Pull Requests; pull request #${number} is open`
    );
  }
  const enabled = await github.enableAutoMerge(pullRequestId, method);
  if (enabled === "enabled")
    return { ...delivered, summary: `${delivered.summary}, to be merged (${method}) once its checks pass` };
  if (enabled !== "clean") return warn(enabled.warning);
  const merged = await github.merge(pullRequestId, method);
  if (merged === "merged")
    return { ...delivered, summary: `${delivered.summary} and merged it (${method}): nothing was left to wait for` };
  return warn("warning" in merged ? merged.warning : `GitHub's answer to the merge was lost (${merged.reason})`);
}
async function commitOn(github, branch, snapshot, changed, settings) {
  const result = await github.commit({
    repository: settings.repository,
    branch,
    expectedHeadOid: snapshot.head.oid,
    message: settings.message,
    files: changed.map(({ path, text: text2 }) => ({ path, text: text2 }))
  });
  switch (result.kind) {
    case "committed":
      return result;
    case "stale":
      return { kind: "again", reason: `Branch ${branch} moved while the commit was made` };
    case "lost":
      return again(result);
    case "guarded":
      throw new GitHubError(
        `Branch ${branch} is guarded by a ruleset too (${result.message}): set pull-request-branch to a name its rules allow`
      );
  }
}
function again(lost) {
  return { kind: "again", reason: `GitHub's answer was lost (${lost.reason})` };
}
function link(pullRequest) {
  return { number: pullRequest.number, url: pullRequest.url };
}
function pullRequestBody(renderings) {
  const cell = (text2) => text2.replaceAll("|", "\\|").replaceAll("\n", " ");
  const rows = renderings.flatMap(
    ({ path, replacements }) => replacements.map(({ token, value, line }) => `| ${cell(path)} | \`${cell(token)}\` | ${cell(value)} | ${line} |`)
  );
  return [
    "Today's values of the README counters, rendered from the base branch by readme-counters.",
    "",
    "| File | Token | Value | Line |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "The next run updates this pull request, or opens a new one once it is merged."
  ].join("\n");
}

// src/github-road.ts
async function gitHubRoad(settings, selection, dependencies) {
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
      log: reporter.info
    })
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
      reporter.info
    );
  }
  branch ??= await github.defaultBranch(repository);
  const pullRequestBranch = settings.pullRequestBranch ?? `readme-counters/${branch}`;
  const source = gitHubSource(github, {
    ...request,
    branch,
    pullRequest: { branch: pullRequestBranch, scratch: scratchBranch(pullRequestBranch) }
  });
  const pullRequest = pullRequestSink(github, { ...commit, branch: pullRequestBranch, autoMerge: settings.autoMerge });
  if (settings.commit === "pull-request") return update(source, pullRequest, settings, clock, reporter.info);
  const sink = commitSink(github, commit, (snapshot, renderings, refusal2) => {
    reporter.info(`${refusal2}: going through a pull request from ${pullRequestBranch} instead`);
    return pullRequest.deliver(snapshot, renderings);
  });
  return update(source, sink, settings, clock, reporter.info);
}
function currentRepository(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) {
    throw new InputError(
      "repository",
      "GITHUB_REPOSITORY is not set, so the repository must be given",
      "octocat/hello-world"
    );
  }
  return { owner, repo };
}
function triggeringBranch(repository, env) {
  if (`${repository.owner}/${repository.repo}`.toLowerCase() !== (env.GITHUB_REPOSITORY ?? "").toLowerCase()) {
    return void 0;
  }
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
function userAgent(env) {
  const orchestration = env.ACTIONS_ORCHESTRATION_ID?.trim();
  const agent = `readme-counters/${package_default.version}`;
  return orchestration ? `${agent} actions_orchestration_id/${orchestration.replace(/[^a-z0-9_.-]/gi, "_")}` : agent;
}
export {
  gitHubRoad
};
