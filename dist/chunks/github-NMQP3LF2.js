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
} from "./chunk-24Z5C4WZ.js";
import "./chunk-ECLD5QZ6.js";

// src/github.ts
function gitHub(client) {
  return {
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
  return `query ReadmeCountersSnapshot($owner: String!, $name: String!${request.branch === void 0 ? "" : ", $ref: String!"}${variables}) {
  repository(owner: $owner, name: $name) {
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
  }
}`;
}
function snapshotVariables(request) {
  const variables = { owner: request.repository.owner, name: request.repository.repo };
  if (request.branch !== void 0) variables.ref = `refs/heads/${request.branch}`;
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
  return { files, repoStart: new Date(repository.createdAt), branch, head: commitInfo(target) };
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
