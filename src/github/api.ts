import type { CommitLink } from "../road.js";
import type { MergeMethod, Repository } from "../settings.js";
import { type GitHubClient, GitHubError } from "./client.js";
import { dataOrLost, firstLine, hasType, isGuarded, refusal, text } from "./refusals.js";
import {
  defaultBranch,
  type OpenPullRequest,
  type RemoteSnapshot,
  readSnapshot,
  type SnapshotRequest,
} from "./snapshot.js";

export interface CommitRequest {
  readonly repository: Repository;
  readonly branch: string;
  readonly expectedHeadOid: string;
  readonly message: string;
  readonly files: ReadonlyArray<{ readonly path: string; readonly text: string }>;
}

export type CommitResult =
  | { readonly kind: "committed"; readonly commit: CommitLink }
  /** The branch no longer points at `expectedHeadOid`. */
  | { readonly kind: "stale" }
  /** The answer was lost: the commit may or may not have landed. */
  | Lost
  /** A ruleset or branch protection refuses direct commits to the branch. */
  | { readonly kind: "guarded"; readonly message: string };

/** A mutation's answer that never came: read again to know what happened. */
export interface Lost {
  readonly kind: "lost";
  readonly reason: string;
}

/** Everything readme-counters asks of GitHub; the rest of the code never sees GraphQL. */
export interface GitHub {
  /** The name of the repository's default branch. */
  defaultBranch(repository: Repository): Promise<string>;
  readSnapshot(request: SnapshotRequest): Promise<RemoteSnapshot>;
  /** One verified commit of the files on top of `expectedHeadOid`. */
  commit(request: CommitRequest): Promise<CommitResult>;
  /** A new branch at `oid`; its ref id. */
  createBranch(repositoryId: string, name: string, oid: string): Promise<{ readonly id: string } | Lost>;
  /** Points a branch of the action's own at `oid`, whatever it held (force). */
  moveBranch(refId: string, oid: string): Promise<undefined | Lost>;
  /** Points a branch at `oid` (force) and deletes another, in one request. */
  moveAndDelete(refId: string, oid: string, deleteRefId: string): Promise<undefined | Lost>;
  openPullRequest(request: PullRequestRequest): Promise<OpenPullRequest | Lost | "exists">;
  /** Auto-merge with `method`; "clean" when there is nothing left to wait for; a warning when GitHub refuses. */
  enableAutoMerge(
    pullRequestId: string,
    method: MergeMethod,
  ): Promise<"enabled" | "clean" | { readonly warning: string }>;
  /** Merges now with `method`; a warning when GitHub refuses. */
  merge(pullRequestId: string, method: MergeMethod): Promise<"merged" | Lost | { readonly warning: string }>;
  /** Re-enables a workflow (its file name); a warning when GitHub refuses or fails, never a failed run. */
  enableWorkflow(repository: Repository, file: string): Promise<"enabled" | { readonly warning: string }>;
}

export interface PullRequestRequest {
  readonly repositoryId: string;
  readonly base: string;
  readonly head: string;
  readonly title: string;
  readonly body: string;
}

export function gitHub(client: GitHubClient): GitHub {
  return {
    defaultBranch: (repository) => defaultBranch(client, repository),
    readSnapshot: (request) => readSnapshot(client, request),

    async commit(request) {
      const answer = await client.mutate<CommitData>(COMMIT_MUTATION, { input: commitInput(request) });
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
      const answer = await client.mutate<{ createRef: { ref: { id: string } | null } | null }>(
        `mutation ReadmeCountersCreateBranch($input: CreateRefInput!) { createRef(input: $input) { ref { id } } }`,
        { input: { repositoryId, name: `refs/heads/${name}`, oid } },
      );
      const id = dataOrLost(answer, `create branch ${name}`, "contents: write")?.createRef?.ref?.id;
      if (typeof id === "string") return { id };
      if (answer.kind === "lost") return answer;
      throw new GitHubError(`GitHub did not return branch ${name}`);
    },

    async moveBranch(refId, oid) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveBranch($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }`,
        { input: { refId, oid, force: true } },
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : undefined;
    },

    async moveAndDelete(refId, oid, deleteRefId) {
      // Two mutations in one request run in order: the pull request's branch takes the new commit,
      // then the scratch branch that held it goes.
      const answer = await client.mutate(
        `mutation ReadmeCountersMoveAndDelete($move: UpdateRefInput!, $delete: DeleteRefInput!) {
  updateRef(input: $move) { ref { id } }
  deleteRef(input: $delete) { clientMutationId }
}`,
        { move: { refId, oid, force: true }, delete: { refId: deleteRefId } },
      );
      dataOrLost(answer, "move the pull request's branch", "contents: write");
      return answer.kind === "lost" ? answer : undefined;
    },

    async openPullRequest(request) {
      const answer = await client.mutate<{
        createPullRequest: {
          pullRequest: { id: string; number: number; url: string; author: { login: string } | null } | null;
        } | null;
      }>(
        `mutation ReadmeCountersOpenPullRequest($input: CreatePullRequestInput!) {
  createPullRequest(input: $input) { pullRequest { id number url author { login } } }
}`,
        {
          input: {
            repositoryId: request.repositoryId,
            baseRefName: request.base,
            headRefName: request.head,
            title: request.title,
            body: request.body,
          },
        },
      );
      if (answer.kind === "lost") return answer;
      if (answer.kind === "errors") {
        const said = text(answer.errors);
        if (/A pull request already exists/i.test(said)) return "exists";
        if (/not permitted to create or approve pull requests/i.test(said)) {
          throw new GitHubError(
            `GitHub refused to open the pull request (${firstLine(said)}): turn on the repository setting ` +
              '"Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions), or pass a GitHub App token',
          );
        }
        throw refusal(
          answer.errors,
          `open a pull request from ${request.head} into ${request.base}`,
          "pull-requests: write",
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
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } },
      );
      if (answer.kind === "data") return "enabled";
      if (answer.kind === "lost")
        return { warning: `GitHub's answer to enabling auto-merge was lost (${answer.reason})` };
      const said = firstLine(text(answer.errors));
      if (/clean status/i.test(said)) return "clean";
      if (/auto.?merge is not allowed/i.test(said)) {
        return {
          warning: `auto-merge is not allowed in this repository (${said}): turn on "Allow auto-merge" in Settings → General → Pull Requests; the pull request is open`,
        };
      }
      return { warning: `GitHub did not enable auto-merge (${said}); the pull request is open` };
    },

    async merge(pullRequestId, method) {
      const answer = await client.mutate(
        `mutation ReadmeCountersMerge($input: MergePullRequestInput!) { mergePullRequest(input: $input) { pullRequest { id } } }`,
        { input: { pullRequestId, mergeMethod: method.toUpperCase() } },
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
          workflow_id: file,
        });
        if (answer.kind === "data") return "enabled";
        // keep-alive re-enables only the run's own workflow, so no other repository's token is meant.
        const or =
          "or give the token passed as token (a GitHub App's, or a fine-grained personal one) Actions: read and write";
        return { warning: refusal(answer.errors, `re-enable workflow ${file}`, "actions: write", or).message };
      } catch (error) {
        // GitHub failing after the retries, or a rate limit: the counters are done, so the run goes on.
        if (error instanceof GitHubError) return { warning: error.message };
        throw error;
      }
    },
  };
}

interface CommitData {
  readonly createCommitOnBranch: { readonly commit: { readonly oid: string; readonly url: string } | null } | null;
}

const COMMIT_MUTATION = `mutation ReadmeCountersCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/** No author: GitHub then signs the commit itself, and shows it as Verified. */
function commitInput(request: CommitRequest) {
  const [headline = "", ...lines] = request.message.split("\n");
  const body = lines.join("\n").trim();
  return {
    branch: {
      repositoryNameWithOwner: `${request.repository.owner}/${request.repository.repo}`,
      branchName: request.branch,
    },
    expectedHeadOid: request.expectedHeadOid,
    message: body ? { headline, body } : { headline },
    fileChanges: {
      additions: request.files.map(({ path, text }) => ({
        path,
        contents: Buffer.from(text, "utf8").toString("base64"),
      })),
    },
  };
}
