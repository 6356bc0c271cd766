import { type AnnotatedTag, type Commit, Git } from "./git.js";

/** A refusal as GitHub words it: the GraphQL error type (FORBIDDEN, STALE_DATA…) and the message. */
export class GitHubFailure extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who a token acts as, as GitHub shows the author of what it makes. */
export interface Actor {
  readonly login: string;
  readonly kind: "Bot" | "User";
}

export interface PullRequest {
  readonly id: string;
  readonly number: number;
  readonly url: string;
  readonly head: string;
  readonly base: string;
  readonly author: Actor;
  readonly createdAt: string;
  title: string;
  body: string;
  state: "OPEN" | "CLOSED" | "MERGED";
  autoMerge: string | undefined;
  labels: string[];
}

export interface Issue {
  readonly number: number;
  readonly createdAt: string;
  readonly labels: readonly string[];
  readonly state: "OPEN" | "CLOSED";
}

export interface Release {
  readonly tagName: string;
  /** Undefined for a draft, which is not published. */
  readonly publishedAt: string | undefined;
  readonly isDraft: boolean;
  readonly isPrerelease: boolean;
}

/**
 * What GitHub is reported to refuse in one createCommitOnBranch: about 40 MB of
 * request (grafana/github-api-commit-action#66), and more than 100 files (others
 * split their commits at 100 to 200, PostHog/context-mill#362). GitHub documents neither.
 */
export const COMMIT_LIMIT_BYTES = 40 * 1000 * 1000;
export const COMMIT_LIMIT_FILES = 100;
/** GitHub cuts Blob.text here and sets isTruncated (sveltia/sveltia-cms#950). */
export const BLOB_TEXT_LIMIT = 512_000;

/**
 * One repository on GitHub and GitHub's rules for it, with no transport:
 * branches and commits, pull requests (one open per head and base; one whose
 * branch has no commits ahead of its base is closed, for good), rulesets and
 * permissions, releases, tags and labels, and workflows. Its methods are the
 * mutations and reads the API offers, failing as GitHub does.
 */
export class FakeRepository {
  readonly owner = "octo";
  readonly name = "diary";
  readonly id = "R_kgDOdiary";
  createdAt = "2025-09-01T22:30:00Z";
  defaultBranch = "main";
  /** When the next commit is made: GitHub's clock. */
  now = "2026-11-27T12:00:00Z";
  readonly git = new Git();
  readonly pullRequests: PullRequest[] = [];
  /** The input of every mutation, in order. */
  readonly mutationInputs: unknown[] = [];
  readonly issues: Issue[] = [];
  readonly releases: Release[] = [];
  /** The labels the repository has, whether or not an issue carries them. */
  readonly labels = new Set<string>();
  /** Workflow files (`counters.yml`) and their state. */
  readonly workflows = new Map<string, "active" | "disabled_inactivity">();
  /** Branches whose ruleset requires a pull request: direct commits are refused. */
  readonly protectedBranches = new Set<string>();
  /** Branches that require status checks, and whether a ruleset or classic branch protection says so. */
  readonly requiredChecks = new Map<string, "ruleset" | "branch protection">();
  /** The token may read but not write contents (no `contents: write`). */
  readOnlyToken = false;
  /** The token may not write pull requests (no `pull-requests: write`). */
  noPullRequestsPermission = false;
  /** The token may not write actions (no `actions: write`). */
  noActionsPermission = false;
  /** The token may not read issues (no `issues: read`), which a label's issues are. */
  noIssuesPermission = false;
  /** The setting "Allow GitHub Actions to create and approve pull requests". */
  actionsMayCreatePullRequests = true;
  /** The setting "Allow auto-merge". */
  autoMergeAllowed = true;
  /** Runs once, just before the next commit is applied: someone else's push. */
  beforeNextCommit: (() => void) | undefined;
  /** Runs once, just before the next pull request is opened: another run's. */
  beforeNextPullRequest: (() => void) | undefined;

  constructor(files: Record<string, string | Buffer>) {
    this.git.refs.set("main", this.git.addCommit([], toBuffers(files), "first", this.now));
  }

  get repository(): string {
    return `${this.owner}/${this.name}`;
  }

  get refs(): Map<string, string> {
    return this.git.refs;
  }

  get commits(): Map<string, Commit> {
    return this.git.commits;
  }

  head(branch = "main"): Commit {
    const oid = this.git.refs.get(branch);
    if (oid === undefined) throw new Error(`no branch ${branch}`);
    return this.git.commit(oid);
  }

  /** How many commits a branch's first-parent history holds. */
  history(branch = "main"): number {
    let count = 0;
    for (let oid = this.git.refs.get(branch); oid !== undefined; oid = this.git.commits.get(oid)?.parents[0]) count++;
    return count;
  }

  file(path: string, branch = "main"): string | undefined {
    return this.head(branch).files.get(path)?.toString("utf8");
  }

  /** A push by someone else: a commit on `branch` (created from the default branch when missing). */
  push(branch: string, changes: Record<string, string | Buffer | null>, message = "a person's edit"): string {
    const parent = this.git.refs.get(branch) ?? this.git.refs.get(this.defaultBranch);
    const files = new Map(parent === undefined ? [] : this.git.commit(parent).files);
    for (const [path, bytes] of Object.entries(changes)) {
      if (bytes === null) files.delete(path);
      else files.set(path, Buffer.from(bytes));
    }
    const oid = this.git.addCommit(parent === undefined ? [] : [parent], files, message, this.now);
    this.git.refs.set(branch, oid);
    this.closeEmptyPullRequests();
    return oid;
  }

  /** A tag on a branch's head: lightweight, or annotated with the tagger's date. */
  tag(name: string, options: { branch?: string; annotatedAt?: string } = {}): void {
    const target = this.head(options.branch ?? this.defaultBranch).oid;
    const tag: string | AnnotatedTag =
      options.annotatedAt === undefined ? target : { oid: `tag-${name}`, target, date: options.annotatedAt };
    this.git.tags.set(name, tag);
  }

  /** The pull requests in a state, oldest first. */
  pulls(state: PullRequest["state"] = "OPEN"): PullRequest[] {
    return this.pullRequests.filter((pull) => pull.state === state);
  }

  /** A pull request opened by someone else (another run, a person). */
  openByHand(
    head: string,
    base = this.defaultBranch,
    author: Actor = { login: "octocat", kind: "User" },
    labels: string[] = [],
  ): PullRequest {
    const number = this.pullRequests.length + this.issues.length + 1;
    const pull: PullRequest = {
      id: `PR_${number}`,
      number,
      url: `https://github.com/${this.repository}/pull/${number}`,
      head,
      base,
      author,
      createdAt: this.now,
      title: "by hand",
      body: "",
      state: "OPEN",
      autoMerge: undefined,
      labels,
    };
    this.pullRequests.push(pull);
    for (const label of labels) this.labels.add(label);
    return pull;
  }

  /** An issue opened by a person. */
  openIssue(labels: readonly string[], state: Issue["state"] = "OPEN"): Issue {
    const issue = { number: this.pullRequests.length + this.issues.length + 1, createdAt: this.now, labels, state };
    this.issues.push(issue);
    for (const label of labels) this.labels.add(label);
    return issue;
  }

  /** A person merges a pull request, as the merge button does. */
  mergeByHand(number: number, method: "MERGE" | "SQUASH" | "REBASE" = "SQUASH"): void {
    const pull = this.pullRequests.find((candidate) => candidate.number === number);
    if (!pull) throw new Error(`no pull request #${number}`);
    this.mergePull(pull, method);
  }

  createCommitOnBranch(input: CreateCommitOnBranchInput, bytes: number): Commit {
    this.mayWriteContents();
    const branch = input.branch.branchName ?? "";
    if (input.branch.repositoryNameWithOwner?.toLowerCase() !== this.repository || !this.git.refs.has(branch)) {
      throw new GitHubFailure("NOT_FOUND", `Could not resolve to a branch '${branch}'.`);
    }
    const changes = (input.fileChanges?.additions?.length ?? 0) + (input.fileChanges?.deletions?.length ?? 0);
    if (bytes > COMMIT_LIMIT_BYTES || changes > COMMIT_LIMIT_FILES) {
      throw new GitHubFailure(
        "UNPROCESSABLE",
        "Sorry, your request timed out. It's likely that your input was too large to process.",
      );
    }
    if (this.protectedBranches.has(branch)) {
      throw new GitHubFailure(
        "UNPROCESSABLE",
        "Repository rule violations found\n\nChanges must be made through a pull request.\n\n",
      );
    }
    const before = this.beforeNextCommit;
    this.beforeNextCommit = undefined;
    before?.();
    const head = this.head(branch);
    if (head.oid !== input.expectedHeadOid) {
      throw new GitHubFailure(
        "STALE_DATA",
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      );
    }
    const files = new Map(head.files);
    for (const { path, contents } of input.fileChanges?.additions ?? []) {
      files.set(path, Buffer.from(contents, "base64"));
    }
    for (const { path } of input.fileChanges?.deletions ?? []) files.delete(path);
    const message = [input.message.headline, input.message.body].filter(Boolean).join("\n\n");
    const oid = this.git.addCommit([head.oid], files, message, this.now);
    this.git.refs.set(branch, oid);
    return this.git.commit(oid);
  }

  createRef(name: string, oid: string): string {
    this.mayWriteContents();
    const branch = name.replace(/^refs\/heads\//, "");
    if (this.git.refs.has(branch)) {
      throw new GitHubFailure("UNPROCESSABLE", `A ref named "${name}" already exists in the repository.`);
    }
    if (!this.git.commits.has(oid)) {
      throw new GitHubFailure("NOT_FOUND", `Could not resolve to a commit with the oid '${oid}'.`);
    }
    this.git.refs.set(branch, oid);
    return branch;
  }

  updateRef(refId: string, oid: string, force: boolean): string {
    this.mayWriteContents();
    const branch = this.branchOf(refId);
    const current = this.git.refs.get(branch) ?? "";
    if (!force && !this.git.ancestry(oid).has(current)) {
      throw new GitHubFailure("UNPROCESSABLE", "Update is not a fast forward");
    }
    this.git.refs.set(branch, oid);
    return branch;
  }

  deleteRef(refId: string): void {
    this.mayWriteContents();
    this.git.refs.delete(this.branchOf(refId));
  }

  createPullRequest(base: string, head: string, title: string, body: string, author: Actor): PullRequest {
    const before = this.beforeNextPullRequest;
    this.beforeNextPullRequest = undefined;
    before?.();
    if (this.noPullRequestsPermission) throw new GitHubFailure("FORBIDDEN", "Resource not accessible by integration");
    if (!this.actionsMayCreatePullRequests && author.login === "github-actions") {
      throw new GitHubFailure("FORBIDDEN", "GitHub Actions is not permitted to create or approve pull requests.");
    }
    if (this.pulls("OPEN").some((pull) => pull.head === head && pull.base === base)) {
      throw new GitHubFailure("UNPROCESSABLE", `A pull request already exists for ${this.owner}:${head}.`);
    }
    if (!this.git.refs.has(head) || this.git.aheadBy(base, head).length === 0) {
      throw new GitHubFailure("UNPROCESSABLE", `No commits between ${base} and ${head}`);
    }
    if (body.length > 65_536) {
      throw new GitHubFailure("UNPROCESSABLE", "Body is too long (maximum is 65536 characters)");
    }
    return Object.assign(this.openByHand(head, base, author), { title, body });
  }

  enableAutoMerge(pullRequestId: string, method: string): PullRequest {
    const pull = this.pull(pullRequestId);
    if (!this.autoMergeAllowed) {
      throw new GitHubFailure("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
    }
    if (!this.requiredChecks.has(pull.base)) {
      throw new GitHubFailure("UNPROCESSABLE", "Pull request Pull request is in clean status");
    }
    pull.autoMerge = method;
    return pull;
  }

  merge(pullRequestId: string, method: string): PullRequest {
    const pull = this.pull(pullRequestId);
    this.mergePull(pull, method);
    return pull;
  }

  /** PUT /repos/{owner}/{repo}/actions/workflows/{file}/enable. */
  enableWorkflow(file: string): void {
    if (this.noActionsPermission) throw new GitHubFailure("FORBIDDEN", "Resource not accessible by integration");
    if (!this.workflows.has(file)) throw new GitHubFailure("NOT_FOUND", "Not Found");
    this.workflows.set(file, "active");
  }

  /** The ref id GitHub's API names a branch by. */
  refId(branch: string): string {
    return `REF_${branch}`;
  }

  /** GitHub closes an open pull request whose branch is gone or has no commits ahead of its base. */
  closeEmptyPullRequests(): void {
    for (const pull of this.pulls("OPEN")) {
      if (!this.git.refs.has(pull.head) || this.git.aheadBy(pull.base, pull.head).length === 0) pull.state = "CLOSED";
    }
  }

  pull(id: string): PullRequest {
    const pull = this.pullRequests.find((candidate) => candidate.id === id);
    if (!pull) throw new GitHubFailure("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
    return pull;
  }

  private mayWriteContents(): void {
    if (this.readOnlyToken) throw new GitHubFailure("FORBIDDEN", "Resource not accessible by integration");
  }

  private branchOf(refId: string): string {
    const branch = refId.replace(/^REF_/, "");
    if (!refId.startsWith("REF_") || !this.git.refs.has(branch)) {
      throw new GitHubFailure("NOT_FOUND", `Could not resolve to a node with the global id of '${refId}'`);
    }
    return branch;
  }

  private mergePull(pull: PullRequest, method: string): void {
    const base = this.head(pull.base);
    const head = this.head(pull.head);
    // What the pull request changed: its head against its first parent, where that is on the base.
    const parent = head.parents[0];
    const mergeBase = parent !== undefined && this.git.ancestry(base.oid).has(parent) ? parent : undefined;
    const changes = new Map(base.files);
    const before = mergeBase === undefined ? new Map<string, Buffer>() : this.git.commit(mergeBase).files;
    for (const [path, bytes] of head.files) if (!before.get(path)?.equals(bytes)) changes.set(path, bytes);
    const parents = method === "MERGE" ? [base.oid, head.oid] : [base.oid];
    const message = method === "MERGE" ? `Merge pull request #${pull.number}` : head.message;
    this.git.refs.set(pull.base, this.git.addCommit(parents, changes, message, this.now));
    pull.state = "MERGED";
  }
}

export interface CreateCommitOnBranchInput {
  readonly branch: { readonly repositoryNameWithOwner?: string; readonly branchName?: string };
  readonly expectedHeadOid: string;
  readonly message: { readonly headline: string; readonly body?: string };
  readonly fileChanges?: {
    readonly additions?: ReadonlyArray<{ readonly path: string; readonly contents: string }>;
    readonly deletions?: ReadonlyArray<{ readonly path: string }>;
  };
}

function toBuffers(files: Record<string, string | Buffer>): Map<string, Buffer> {
  return new Map(Object.entries(files).map(([path, text]) => [path, Buffer.from(text)]));
}
