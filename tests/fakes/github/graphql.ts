import { schema as githubSchema } from "@octokit/graphql-schema";
import { buildSchema, type DocumentNode, execute, GraphQLError, parse, validate } from "graphql";
import { blobOid, type Commit, type TreeEntry } from "./git.js";
import {
  type Actor,
  BLOB_TEXT_LIMIT,
  type CreateCommitOnBranchInput,
  type FakeRepository,
  GitHubFailure,
} from "./repository.js";

// GitHub's published schema, so that a query GitHub would reject fails here too.
// Its SDL repeats one field, hence assumeValidSDL.
const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });

/** Queries parsed and validated once: a run sends the same few again and again. */
const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

function parsed(query: string): DocumentNode | readonly GraphQLError[] {
  let found = documents.get(query);
  if (!found) {
    const document = parse(query);
    const invalid = validate(schema, document);
    found = invalid.length > 0 ? invalid : document;
    documents.set(query, found);
  }
  return found;
}

export interface GraphqlPayload {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** Runs a GraphQL request on the repository, as `caller`; the JSON GitHub answers with (status 200). */
export async function graphqlAnswer(
  repository: FakeRepository,
  payload: GraphqlPayload,
  caller: Actor,
  bytes: number,
): Promise<unknown> {
  const document = parsed(payload.query);
  if (!("definitions" in document)) return { errors: document.map((error) => ({ message: error.message })) };
  const result = await execute({
    schema,
    document,
    rootValue: root(repository, caller, bytes),
    variableValues: payload.variables ?? {},
  });
  return {
    data: result.data,
    ...(result.errors && {
      errors: result.errors.map((error) => ({
        type: error.extensions.type,
        path: error.path,
        locations: error.locations,
        message: error.message,
      })),
    }),
  };
}

/** GitHub's root fields and mutations, resolved on the repository. */
function root(repository: FakeRepository, caller: Actor, bytes: number) {
  const mutation = <T>(input: unknown, run: () => T) => {
    repository.mutationInputs.push(input);
    try {
      return run();
    } catch (error) {
      throw asGraphqlError(error);
    } finally {
      repository.closeEmptyPullRequests();
    }
  };
  const git = repository.git;

  const commitObject = (oid: string) => {
    const commit = git.commit(oid);
    const [headline = "", ...body] = commit.message.split("\n");
    return {
      __typename: "Commit",
      oid,
      url: `https://github.com/${repository.repository}/commit/${oid}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: body.join("\n").trim(),
      committedDate: commit.date,
      parents: ({ first }: { first?: number }) => ({
        nodes: commit.parents.slice(0, first ?? 100).map((parent) => ({ oid: parent })),
        totalCount: commit.parents.length,
      }),
      tree: treeObject(commit, ""),
      file: ({ path }: { path: string }) => {
        const bytes = commit.files.get(path);
        const name = path.split("/").at(-1) ?? path;
        if (bytes) return { name, path, type: "blob", oid: blobOid(bytes), object: blobObject(bytes) };
        const folder = treeObject(commit, path);
        return folder && { name, path, type: "tree", oid: folder.oid, object: folder };
      },
    };
  };

  const treeObject = (commit: Commit, folder: string) => {
    const entries = git.entries(commit.files, folder);
    if (!entries) return null;
    return {
      __typename: "Tree",
      oid: git.treeOid(commit.files, folder),
      entries: entries.map((entry: TreeEntry) => ({
        name: entry.name,
        path: entry.path,
        type: entry.type,
        oid: entry.oid,
        object: () => {
          if (entry.type === "tree") return treeObject(commit, entry.path);
          const bytes = commit.files.get(entry.path);
          return bytes ? blobObject(bytes) : null;
        },
      })),
    };
  };

  const blobObject = (bytes: Buffer) => {
    const isBinary = bytes.includes(0);
    const isTruncated = bytes.length > BLOB_TEXT_LIMIT;
    return {
      __typename: "Blob",
      oid: blobOid(bytes),
      byteSize: bytes.length,
      isBinary,
      isTruncated,
      text: isBinary ? null : bytes.subarray(0, BLOB_TEXT_LIMIT).toString("utf8"),
    };
  };

  const ref = (qualifiedName: string) => {
    const tagName = /^refs\/tags\/(.+)/.exec(qualifiedName)?.[1];
    if (tagName !== undefined) return tagRef(tagName);
    const branch = qualifiedName.replace(/^refs\/heads\//, "");
    const oid = git.refs.get(branch);
    if (oid === undefined) return null;
    const checks = repository.requiredChecks.get(branch);
    return {
      __typename: "Ref",
      id: repository.refId(branch),
      name: branch,
      prefix: "refs/heads/",
      target: commitObject(oid),
      // This ref as the base of a comparison with another.
      compare: ({ headRef }: { headRef: string }) => {
        const head = headRef.replace(/^refs\/heads\//, "");
        if (!git.refs.has(head)) return null;
        const ahead = git.aheadBy(branch, head);
        return {
          __typename: "Comparison",
          aheadBy: ahead.length,
          behindBy: git.aheadBy(head, branch).length,
          commits: ({ first }: { first?: number }) => ({
            totalCount: ahead.length,
            nodes: ahead.slice(0, first ?? 100).map((commit) => commitObject(commit)),
          }),
        };
      },
      rules: () => ({
        nodes: [
          ...(repository.protectedBranches.has(branch) ? [{ type: "PULL_REQUEST" }] : []),
          ...(checks === "ruleset" ? [{ type: "REQUIRED_STATUS_CHECKS" }] : []),
        ],
      }),
      refUpdateRule:
        checks === "branch protection" ? { requiredStatusCheckContexts: ["ci"], viewerCanPush: true } : null,
    };
  };

  const tagRef = (name: string) => {
    const tag = git.tags.get(name);
    if (tag === undefined) return null;
    return {
      __typename: "Ref",
      id: `TAG_${name}`,
      name,
      prefix: "refs/tags/",
      target:
        typeof tag === "string"
          ? commitObject(tag)
          : { __typename: "Tag", oid: tag.oid, name, tagger: { date: tag.date }, target: commitObject(tag.target) },
    };
  };

  const pullRequestObject = (pull: ReturnType<FakeRepository["pull"]>) => ({
    ...pull,
    author: { __typename: pull.author.kind, login: pull.author.login },
    autoMergeRequest: pull.autoMerge === undefined ? null : { mergeMethod: pull.autoMerge, enabledAt: repository.now },
  });

  const releaseObject = (release: FakeRepository["releases"][number] | undefined) =>
    release && { ...release, publishedAt: release.publishedAt ?? null };

  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (owner.toLowerCase() !== repository.owner || name.toLowerCase() !== repository.name) {
        throw failure("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return {
        id: repository.id,
        createdAt: repository.createdAt,
        nameWithOwner: repository.repository,
        autoMergeAllowed: repository.autoMergeAllowed,
        defaultBranchRef: () => ref(repository.defaultBranch),
        ref: ({ qualifiedName }: { qualifiedName: string }) => ref(qualifiedName),
        object: ({ oid, expression }: { oid?: string; expression?: string }) => {
          if (oid !== undefined) return git.commits.has(oid) ? commitObject(oid) : null;
          const [revision = "", path = ""] = (expression ?? "").split(":");
          const branch = revision === "HEAD" ? repository.defaultBranch : revision;
          const head = git.refs.get(branch) ?? (git.commits.has(branch) ? branch : undefined);
          if (head === undefined) return null;
          return path === "" ? commitObject(head) : (commitObject(head).file({ path })?.object ?? null);
        },
        pullRequests: (args: { headRefName?: string; baseRefName?: string; states?: string[]; first?: number }) => ({
          nodes: repository.pullRequests
            .filter(
              (pull) =>
                (args.headRefName === undefined || pull.head === args.headRefName) &&
                (args.baseRefName === undefined || pull.base === args.baseRefName) &&
                (args.states === undefined || args.states.includes(pull.state)),
            )
            .slice(0, args.first ?? 100)
            .map(pullRequestObject),
        }),
        latestRelease: () =>
          releaseObject(
            repository.releases
              .filter((release) => !release.isDraft && !release.isPrerelease && release.publishedAt)
              .sort((a, b) => ((a.publishedAt ?? "") < (b.publishedAt ?? "") ? -1 : 1))
              .at(-1),
          ) ?? null,
        release: ({ tagName }: { tagName: string }) =>
          releaseObject(repository.releases.find((release) => release.tagName === tagName)) ?? null,
        label: ({ name: label }: { name: string }) => {
          if (!repository.labels.has(label)) return null;
          return {
            name: label,
            issues: (args: ConnectionArguments) => {
              if (repository.noIssuesPermission) throw failure("FORBIDDEN", "Resource not accessible by integration");
              return connection(
                repository.issues.filter((issue) => issue.labels.includes(label)),
                args,
              );
            },
            pullRequests: (args: ConnectionArguments) =>
              connection(
                repository.pullRequests.filter((pull) => pull.labels.includes(label)),
                args,
              ),
          };
        },
      };
    },
    createCommitOnBranch: ({ input }: { input: CreateCommitOnBranchInput }) =>
      mutation(input, () => ({ commit: commitObject(repository.createCommitOnBranch(input, bytes).oid) })),
    createRef: ({ input }: { input: { name: string; oid: string } }) =>
      mutation(input, () => ({ ref: ref(repository.createRef(input.name, input.oid)) })),
    updateRef: ({ input }: { input: { refId: string; oid: string; force?: boolean } }) =>
      mutation(input, () => ({ ref: ref(repository.updateRef(input.refId, input.oid, input.force ?? false)) })),
    deleteRef: ({ input }: { input: { refId: string } }) =>
      mutation(input, () => {
        repository.deleteRef(input.refId);
        return { clientMutationId: null };
      }),
    createPullRequest: ({
      input,
    }: {
      input: { baseRefName: string; headRefName: string; title: string; body?: string };
    }) =>
      mutation(input, () => ({
        pullRequest: pullRequestObject(
          repository.createPullRequest(input.baseRefName, input.headRefName, input.title, input.body ?? "", caller),
        ),
      })),
    enablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string; mergeMethod?: string } }) =>
      mutation(input, () => ({
        pullRequest: pullRequestObject(repository.enableAutoMerge(input.pullRequestId, input.mergeMethod ?? "MERGE")),
      })),
    mergePullRequest: ({ input }: { input: { pullRequestId: string; mergeMethod?: string } }) =>
      mutation(input, () => ({
        pullRequest: pullRequestObject(repository.merge(input.pullRequestId, input.mergeMethod ?? "MERGE")),
      })),
  };
}

/** The arguments of the issue and pull-request connections readme-counters reads. */
interface ConnectionArguments {
  readonly first?: number;
  readonly states?: readonly string[];
  readonly orderBy?: { readonly field: "CREATED_AT" | "UPDATED_AT" | "COMMENTS"; readonly direction: "ASC" | "DESC" };
}

/** Issues or pull requests as a connection: in the states asked for, ordered as asked (oldest first by default), the first few. */
function connection<T extends { readonly createdAt: string; readonly state: string }>(
  items: readonly T[],
  { first = 100, states, orderBy }: ConnectionArguments,
) {
  if (orderBy && orderBy.field !== "CREATED_AT")
    throw new Error(`the fake orders by CREATED_AT only, not ${orderBy.field}`);
  const ordered = items
    .filter((item) => states === undefined || states.includes(item.state))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  if (orderBy?.direction === "DESC") ordered.reverse();
  return { totalCount: ordered.length, nodes: ordered.slice(0, first) };
}

function failure(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

function asGraphqlError(error: unknown): unknown {
  return error instanceof GitHubFailure ? failure(error.type, error.message) : error;
}
