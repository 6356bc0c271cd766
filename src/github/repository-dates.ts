import type { KnownInstant, RepositoryDates } from "../road.js";
import type { Repository, RepositoryReference } from "../settings.js";
import type { Answer, GitHubClient, GraphqlError } from "./client.js";
import { dataOf, firstLine } from "./refusals.js";

/*
 * The dates the repository knows that tokens count from: when the latest
 * release was published, and what each `dates` line of the repository's
 * names (a tag, a release, a label). They are fields of the snapshot query,
 * so reading them costs no request of their own.
 */

/** The fields that read the dates, inside `repository { }`, with the variables they take. */
export interface DateFields {
  readonly fields: string;
  /** `, $date0: String!`…, for the query's variable list. */
  readonly declarations: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** What the fields answer: `latestRelease`, and one alias a `dates` line (`date0`…). */
export interface DateData {
  readonly latestRelease?: ReleaseData | null;
  readonly [alias: `date${number}`]: ReleaseData | TagData | LabelData | null | undefined;
}

interface ReleaseData {
  readonly publishedAt: string | null;
  readonly isDraft: boolean;
  readonly isPrerelease?: boolean;
}

interface TagData {
  /** A Tag (annotated) with its tagger and its commit, or the Commit a lightweight tag names. */
  readonly target: {
    readonly tagger?: { readonly date: string | null } | null;
    readonly target?: { readonly committedDate?: string };
    readonly committedDate?: string;
  } | null;
}

interface LabelData {
  readonly issues: Newest;
  readonly pullRequests: Newest;
}

type Newest = { readonly nodes: ReadonlyArray<{ readonly createdAt: string } | null> | null };

const NEWEST = "first: 1, orderBy: { field: CREATED_AT, direction: DESC }";

const FIELDS: Readonly<Record<RepositoryReference["kind"], string>> = {
  tag: "ref(qualifiedName: $ALIAS) { target { ... on Tag { tagger { date } target { ... on Commit { committedDate } } } ... on Commit { committedDate } } }",
  release: "release(tagName: $ALIAS) { publishedAt isDraft }",
  label: `label(name: $ALIAS) { issues(${NEWEST}) { nodes { createdAt } } pullRequests(${NEWEST}) { nodes { createdAt } } }`,
};

/** What a token may be refused to read, of each kind, and the permissions the job needs to read it. */
const REFUSALS: Readonly<Record<RepositoryReference["kind"], { what: (name: string) => string; needs: string }>> = {
  tag: { what: (name) => `tag ${name}`, needs: "the permission `contents: read`" },
  release: { what: (name) => `release ${name}`, needs: "the permission `contents: read`" },
  label: {
    what: (name) => `the issues and pull requests with the label "${name}"`,
    needs: "the permissions `issues: read` and `pull-requests: read`",
  },
};

export function dateFields(references: ReadonlyMap<string, RepositoryReference>): DateFields {
  const read = [...references.values()];
  return {
    fields: [
      "latestRelease { publishedAt isDraft isPrerelease }",
      ...read.map(({ kind }, index) => `date${index}: ${FIELDS[kind].replace("$ALIAS", `$date${index}`)}`),
    ].join("\n    "),
    declarations: read.map((_, index) => `, $date${index}: String!`).join(""),
    variables: Object.fromEntries(
      read.map(({ kind, name }, index) => [`date${index}`, kind === "tag" ? `refs/tags/${name}` : name]),
    ),
  };
}

/**
 * An answer whose only errors are GitHub's refusals to read some of the
 * dates, as its data, with the aliases refused and why: a token without
 * `issues: read` cannot read a label's issues, and the files do not need them.
 */
export function withoutRefusedDates<T>(answer: Answer<T>): {
  readonly answer: Answer<T>;
  readonly refused: ReadonlyMap<string, string>;
} {
  const refusedAlias = ({ type, path }: GraphqlError) => {
    const [root, field] = path ?? [];
    return type === "FORBIDDEN" && root === "repository" && typeof field === "string" && /^date\d+$/.test(field)
      ? field
      : undefined;
  };
  if (answer.kind !== "errors" || answer.data == null || !answer.errors.every(refusedAlias)) {
    return { answer, refused: new Map() };
  }
  return {
    answer: { kind: "data", data: answer.data as T },
    refused: new Map(answer.errors.map((error) => [refusedAlias(error) as string, firstLine(error.message)])),
  };
}

/** Each date as the fields answered it: an instant, or why there is none. */
export function datesOf(
  data: DateData,
  references: ReadonlyMap<string, RepositoryReference>,
  refused: ReadonlyMap<string, string>,
): RepositoryDates {
  return {
    latestRelease: latestRelease(data.latestRelease),
    named: new Map(
      [...references].map(([name, reference], index) => {
        const reason = refused.get(`date${index}`);
        if (reason === undefined) return [name, referenceDate(reference, data[`date${index}`])];
        const { what, needs } = REFUSALS[reference.kind];
        return [name, { unknown: `GitHub refused to read ${what(reference.name)} (${reason}): give the job ${needs}` }];
      }),
    ),
  };
}

function latestRelease(release: ReleaseData | null | undefined): KnownInstant {
  // GitHub's latestRelease is never a draft or a pre-release; they are checked all the same, as its "Latest" badge has it.
  return release?.publishedAt && !release.isDraft && !release.isPrerelease
    ? new Date(release.publishedAt)
    : { unknown: "the repository has no release yet (drafts and pre-releases do not count)" };
}

function referenceDate(
  { kind, name }: RepositoryReference,
  answered: ReleaseData | TagData | LabelData | null | undefined,
): KnownInstant {
  switch (kind) {
    case "tag": {
      const target = (answered as TagData | null | undefined)?.target;
      if (!target) return { unknown: `the repository has no tag ${name}` };
      const date = target.tagger?.date ?? target.target?.committedDate ?? target.committedDate;
      return date ? new Date(date) : { unknown: `tag ${name} names no commit` };
    }
    case "release": {
      const release = answered as ReleaseData | null | undefined;
      if (!release) return { unknown: `the repository has no release ${name}` };
      return release.publishedAt && !release.isDraft
        ? new Date(release.publishedAt)
        : { unknown: `release ${name} is a draft, not published yet` };
    }
    case "label": {
      const label = answered as LabelData | null | undefined;
      if (!label) return { unknown: `the repository has no label "${name}"` };
      const created = [label.issues, label.pullRequests].flatMap(({ nodes }) =>
        nodes?.[0] ? [Date.parse(nodes[0].createdAt)] : [],
      );
      return created.length > 0
        ? new Date(Math.max(...created))
        : { unknown: `no issue or pull request has the label "${name}"` };
    }
  }
}

/**
 * The dates alone, in one query of their own: for the CLI, whose files are
 * the local checkout's. The latest release is read with them.
 */
export async function readRepositoryDates(
  client: GitHubClient,
  repository: Repository,
  references: ReadonlyMap<string, RepositoryReference>,
): Promise<RepositoryDates> {
  const { fields, declarations, variables } = dateFields(references);
  const { answer, refused } = withoutRefusedDates(
    await client.query<{ readonly repository: DateData }>(
      `query ReadmeCountersDates($owner: String!, $name: String!${declarations}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`,
      { owner: repository.owner, name: repository.repo, ...variables },
    ),
  );
  return datesOf(dataOf(answer, repository).repository, references, refused);
}
