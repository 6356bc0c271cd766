import { describe, expect, it } from "vitest";
import { FakeGitHub, refusal } from "../fakes/github/index.js";
import { action } from "../support/action-run.js";

/** A fake GitHub whose README holds `readme`. */
function gitHubWith(readme: string): FakeGitHub {
  return new FakeGitHub({ "README.md": readme });
}

/** The value the README's marker for `token` holds on GitHub after the run; undefined when the token has none. */
function markerValue(github: FakeGitHub, token: string): string | undefined {
  const text = github.file("README.md") ?? "";
  const marker = `<!--${token}-->`;
  const start = text.indexOf(marker);
  if (start === -1) return undefined;
  const from = start + marker.length;
  return text.slice(from, text.indexOf("<!--/-->", from));
}

function release(tagName: string, publishedAt: string | undefined, kind: "stable" | "draft" | "pre-release") {
  return { tagName, publishedAt, isDraft: kind === "draft", isPrerelease: kind === "pre-release" };
}

describe("releases", () => {
  it("LATEST_RELEASE skips a newer draft and pre-release; release: names one, a pre-release too; 1 request when nothing changed, 2 when something did", async () => {
    const github = gitHubWith(
      "Released {{DAYS_SINCE_LATEST_RELEASE:long}} ago, {{RELATIVE_LATEST_RELEASE}}; the candidate {{DAYS_SINCE_RC}} days ago.\n",
    );
    github.releases.push(
      release("v1.0.0", "2026-10-01T09:00:00Z", "stable"),
      release("v1.1.0-rc.1", "2026-11-20T09:00:00Z", "pre-release"),
      release("v2.0.0", undefined, "draft"),
    );
    const run = await action(github, { dates: "RC=release:v1.1.0-rc.1" });
    expect(run.failure).toBeUndefined();
    expect(run.annotations).toEqual([]);
    expect(markerValue(github, "{{DAYS_SINCE_LATEST_RELEASE:long}}")).toBe("57 days");
    expect(markerValue(github, "{{RELATIVE_LATEST_RELEASE}}")).toBe("57 days ago");
    expect(markerValue(github, "{{DAYS_SINCE_RC}}")).toBe("7");
    expect(github.operations).toEqual(["Snapshot", "Commit"]);

    const requests = github.requests.length;
    const again = await action(github, { dates: "RC=release:v1.1.0-rc.1" });
    expect(again.outputs.changed).toBe("false");
    expect(github.requests.length - requests).toBe(1);
  });

  it("the day is the publication seen in the timezone input", async () => {
    const github = gitHubWith("Released {{DAYS_SINCE_LATEST_RELEASE}} days ago\n");
    // 22:30 UTC on 1 October is already 2 October in Tokyo.
    github.releases.push(release("v1.0.0", "2026-10-01T22:30:00Z", "stable"));
    await action(github, { timezone: "Asia/Tokyo" });
    expect(markerValue(github, "{{DAYS_SINCE_LATEST_RELEASE}}")).toBe("56");
  });

  it("a draft named by release: is left alone, with a warning that says it is not published", async () => {
    const github = gitHubWith("Out in {{DAYS_UNTIL_V2}} days\n");
    github.releases.push(release("v2.0.0", undefined, "draft"));
    const run = await action(github, { dates: "V2=release:v2.0.0" });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "{{DAYS_UNTIL_V2}}: V2: release v2.0.0 is a draft, not published yet",
    ]);
    expect(github.file("README.md")).toBe("Out in {{DAYS_UNTIL_V2}} days\n");
  });
});

describe("tags", () => {
  it("an annotated tag counts from its tagger's date, a lightweight one from its commit's, anniversaries too", async () => {
    const github = gitHubWith("v1 {{DAYS_SINCE_V1}}, beta {{DAYS_SINCE_BETA}}, next birthday {{DAYS_UNTIL_NEXT_V1}}\n");
    github.now = "2025-03-01T10:00:00Z";
    github.push("main", { "NOTES.md": "beta" });
    github.tag("v0.9");
    github.now = "2025-05-01T10:00:00Z";
    github.push("main", { "NOTES.md": "one" });
    github.tag("v1.0.0", { annotatedAt: "2025-12-01T10:00:00Z" });
    const run = await action(github, { dates: "V1=tag:v1.0.0\nBETA=tag:v0.9" });
    expect(run.failure).toBeUndefined();
    expect(markerValue(github, "{{DAYS_SINCE_V1}}")).toBe("361");
    expect(markerValue(github, "{{DAYS_SINCE_BETA}}")).toBe("636");
    expect(markerValue(github, "{{DAYS_UNTIL_NEXT_V1}}")).toBe("4");
    expect(github.operations).toEqual(["Snapshot", "Commit"]);
  });
});

describe("labels", () => {
  it("counts from the newest issue or pull request with the label, open or closed: here a pull request", async () => {
    const github = gitHubWith("{{DAYS_SINCE_INCIDENT:long}} without an incident (the last {{RELATIVE_INCIDENT}})\n");
    github.now = "2026-10-01T10:00:00Z";
    github.openIssue(["incident"], "CLOSED");
    github.now = "2026-11-20T10:00:00Z";
    github.openByHand("fix", "main", undefined, ["incident", "bug"]);
    github.now = "2026-11-25T10:00:00Z";
    github.openIssue(["bug"]);
    const run = await action(github, { dates: "INCIDENT=label:incident" });
    expect(run.failure).toBeUndefined();
    expect(markerValue(github, "{{DAYS_SINCE_INCIDENT:long}}")).toBe("7 days");
    expect(markerValue(github, "{{RELATIVE_INCIDENT}}")).toBe("7 days ago");
  });

  it("a token that may not read issues leaves the label's tokens alone, naming the permissions, and the rest is committed", async () => {
    const github = gitHubWith("Calm for {{DAYS_SINCE_INCIDENT}} days; today {{DATE}}\n");
    github.openIssue(["incident"]);
    github.noIssuesPermission = true;
    const run = await action(github, { dates: "INCIDENT=label:incident" });
    expect(run.failure).toBeUndefined();
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      '{{DAYS_SINCE_INCIDENT}}: INCIDENT: GitHub refused to read the issues and pull requests with the label "incident" (Resource not accessible by integration): give the job the permissions `issues: read` and `pull-requests: read`',
    ]);
    expect(github.file("README.md")).toBe(
      "Calm for {{DAYS_SINCE_INCIDENT}} days; today <!--{{DATE}}-->2026-11-27<!--/-->\n",
    );
  });
});

describe("a date's field refused with nothing answered beside it", () => {
  it("fails the read in one line, since the files were not read either", async () => {
    const github = gitHubWith("Since v1: {{DAYS_SINCE_V1}}\n");
    github.failures.push(
      refusal([
        { type: "FORBIDDEN", path: ["repository", "date0"], message: "Resource not accessible by integration" },
      ]),
    );
    const run = await action(github, { dates: "V1=release:v1" });
    expect(run.failure).toMatch(/^GitHub refused to read octo\/diary \(Resource not accessible by integration\)/);
  });
});

describe("what the repository does not have", () => {
  const README = [
    "Released {{DAYS_SINCE_LATEST_RELEASE}} days ago; v1 {{DAYS_SINCE_V1}}; quiet {{DAYS_SINCE_OUTAGE}}; {{DAYS_SINCE_NOPE}}; today {{DATE}}",
    "",
    "<!--counters",
    "![released](https://img.shields.io/badge/released-{{DAYS_SINCE_LATEST_RELEASE}}%20days%20ago-blue)",
    "-->",
    "![released](https://img.shields.io/badge/released-3%20days%20ago-blue)",
    "<!--/counters-->",
    "",
  ].join("\n");
  const DATES = "V1=tag:v1.0.0\nOUTAGE=label:outage\nNOPE=label:nope";

  it("no release, no such tag, a label no issue has and a label that does not exist leave their tokens alone, each named; a template block keeps its last rendering", async () => {
    const github = gitHubWith(README);
    github.labels.add("outage");
    const run = await action(github, { dates: DATES });
    expect(run.failure).toBeUndefined();
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "{{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: the repository has no release yet (drafts and pre-releases do not count) (and 1 other place: line 4)",
      "{{DAYS_SINCE_V1}}: V1: the repository has no tag v1.0.0",
      '{{DAYS_SINCE_OUTAGE}}: OUTAGE: no issue or pull request has the label "outage"',
      '{{DAYS_SINCE_NOPE}}: NOPE: the repository has no label "nope"',
    ]);
    const readme = github.file("README.md") ?? "";
    expect(readme).toContain("today <!--{{DATE}}-->2026-11-27<!--/-->");
    expect(readme).toContain("Released {{DAYS_SINCE_LATEST_RELEASE}} days ago; v1 {{DAYS_SINCE_V1}};");
    expect(readme).toContain(
      "![released](https://img.shields.io/badge/released-3%20days%20ago-blue)\n<!--/counters-->",
    );
  });

  it("a release: that names no release leaves its token alone, naming it", async () => {
    const github = gitHubWith("Since v9: {{DAYS_SINCE_V9}}; today {{DATE}}\n");
    const run = await action(github, { dates: "V9=release:v9" });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      "{{DAYS_SINCE_V9}}: V9: the repository has no release v9",
    ]);
    expect(github.file("README.md")).toBe("Since v9: {{DAYS_SINCE_V9}}; today <!--{{DATE}}-->2026-11-27<!--/-->\n");
  });

  it("strict fails and commits nothing", async () => {
    const github = gitHubWith(README);
    const run = await action(github, { dates: DATES, strict: "true" });
    expect(run.failure).toContain(
      "README.md:1:10: {{DAYS_SINCE_LATEST_RELEASE}}: LATEST_RELEASE: the repository has no release yet",
    );
    expect(run.failure).toContain("nothing was written (strict is set)");
    expect(github.history()).toBe(1);
    expect(github.operations).toEqual(["Snapshot"]);
  });
});

describe("bad dates lines", () => {
  it.each([
    ["V1=tag:", 'Input "dates": tag: needs the tag\'s name after the colon. For example: dates: V1=tag:v1.0.0'],
    [
      "X=bogus:x",
      'Input "dates": "bogus:" is not a kind of date the repository knows: write tag:, release: or label:. For example: dates: V1=tag:v1.0.0',
    ],
  ])("%s fails in one line naming the input, before any request", async (dates, message) => {
    const github = gitHubWith("{{DATE}}\n");
    const run = await action(github, { dates });
    expect(run.failure).toBe(message);
    expect(github.requests).toEqual([]);
  });
});
