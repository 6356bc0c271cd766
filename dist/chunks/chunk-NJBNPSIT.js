#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError
} from "./chunk-EX5YPBKG.js";

// src/github/refusals.ts
function dataOf(answer, repository) {
  if (answer.kind === "data") return answer.data;
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
function refusal(errors, action, permission, or = "or for another repository a token that may") {
  const said = firstLine(text(errors));
  if (hasType(errors, "FORBIDDEN") || /Resource not accessible by integration/.test(said)) {
    return new GitHubError(`GitHub refused to ${action} (${said}): give the job \`permissions: ${permission}\`, ${or}`);
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

// src/github/repository-dates.ts
var NEWEST = "first: 1, orderBy: { field: CREATED_AT, direction: DESC }";
var FIELDS = {
  tag: "ref(qualifiedName: $ALIAS) { target { ... on Tag { tagger { date } target { ... on Commit { committedDate } } } ... on Commit { committedDate } } }",
  release: "release(tagName: $ALIAS) { publishedAt isDraft }",
  label: `label(name: $ALIAS) { issues(${NEWEST}) { nodes { createdAt } } pullRequests(${NEWEST}) { nodes { createdAt } } }`
};
var REFUSALS = {
  tag: { what: (name) => `tag ${name}`, needs: "the permission `contents: read`" },
  release: { what: (name) => `release ${name}`, needs: "the permission `contents: read`" },
  label: {
    what: (name) => `the issues and pull requests with the label "${name}"`,
    needs: "the permissions `issues: read` and `pull-requests: read`"
  }
};
function dateFields(references) {
  const read = [...references.values()];
  return {
    fields: [
      "latestRelease { publishedAt isDraft isPrerelease }",
      ...read.map(({ kind }, index) => `date${index}: ${FIELDS[kind].replace("$ALIAS", `$date${index}`)}`)
    ].join("\n    "),
    declarations: read.map((_, index) => `, $date${index}: String!`).join(""),
    variables: Object.fromEntries(
      read.map(({ kind, name }, index) => [`date${index}`, kind === "tag" ? `refs/tags/${name}` : name])
    )
  };
}
function withoutRefusedDates(answer) {
  const refusedAlias = ({ type, path }) => {
    const [root, field] = path ?? [];
    return type === "FORBIDDEN" && root === "repository" && typeof field === "string" && /^date\d+$/.test(field) ? field : void 0;
  };
  if (answer.kind !== "errors" || answer.data == null || !answer.errors.every(refusedAlias)) {
    return { answer, refused: /* @__PURE__ */ new Map() };
  }
  return {
    answer: { kind: "data", data: answer.data },
    refused: new Map(answer.errors.map((error) => [refusedAlias(error), firstLine(error.message)]))
  };
}
function datesOf(data, references, refused) {
  return {
    latestRelease: latestRelease(data.latestRelease),
    named: new Map(
      [...references].map(([name, reference], index) => {
        const reason = refused.get(`date${index}`);
        if (reason === void 0) return [name, referenceDate(reference, data[`date${index}`])];
        const { what, needs } = REFUSALS[reference.kind];
        return [name, { unknown: `GitHub refused to read ${what(reference.name)} (${reason}): give the job ${needs}` }];
      })
    )
  };
}
function latestRelease(release) {
  return release?.publishedAt && !release.isDraft && !release.isPrerelease ? new Date(release.publishedAt) : { unknown: "the repository has no release yet (drafts and pre-releases do not count)" };
}
function referenceDate({ kind, name }, answered) {
  switch (kind) {
    case "tag": {
      const target = answered?.target;
      if (!target) return { unknown: `the repository has no tag ${name}` };
      const date = target.tagger?.date ?? target.target?.committedDate ?? target.committedDate;
      return date ? new Date(date) : { unknown: `tag ${name} names no commit` };
    }
    case "release": {
      const release = answered;
      if (!release) return { unknown: `the repository has no release ${name}` };
      return release.publishedAt && !release.isDraft ? new Date(release.publishedAt) : { unknown: `release ${name} is a draft, not published yet` };
    }
    case "label": {
      const label = answered;
      if (!label) return { unknown: `the repository has no label "${name}"` };
      const created = [label.issues, label.pullRequests].flatMap(
        ({ nodes }) => nodes?.[0] ? [Date.parse(nodes[0].createdAt)] : []
      );
      return created.length > 0 ? new Date(Math.max(...created)) : { unknown: `no issue or pull request has the label "${name}"` };
    }
  }
}
async function readRepositoryDates(client, repository, references) {
  const { fields, declarations, variables } = dateFields(references);
  const { answer, refused } = withoutRefusedDates(
    await client.query(
      `query ReadmeCountersDates($owner: String!, $name: String!${declarations}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`,
      { owner: repository.owner, name: repository.repo, ...variables }
    )
  );
  return datesOf(dataOf(answer, repository).repository, references, refused);
}

export {
  dataOf,
  dataOrLost,
  isGuarded,
  refusal,
  hasType,
  text,
  firstLine,
  dateFields,
  withoutRefusedDates,
  datesOf,
  readRepositoryDates
};
