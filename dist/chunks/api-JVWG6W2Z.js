#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  FileError,
  checkSize,
  decodeText
} from "./chunk-AZ3I4V6R.js";
import {
  GitHubError
} from "./chunk-L44S2VHS.js";
import "./chunk-SJSJ32MY.js";
import "./chunk-5T3JMOVT.js";
import "./chunk-ECLD5QZ6.js";

// src/github/api.ts
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
  const [headline = "", ...body] = request.message.split("\n");
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body.join("\n").trim() ? { headline, body: body.join("\n").trim() } : { headline },
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
export {
  gitHub
};
