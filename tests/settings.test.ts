import { describe, expect, it } from "vitest";
import { ACTION_VOCABULARY, CLI_VOCABULARY, InputError, readSettings, type Settings } from "../src/settings.js";
import { day } from "./support/dates.js";

/** Settings from inputs as the runner passes them: unset ones are "". */
function settings(inputs: Record<string, string> = {}): Settings {
  return readSettings((name) => inputs[name] ?? (name === "token" ? "ghs_token" : ""));
}

function refusal(inputs: Record<string, string>): string {
  try {
    settings(inputs);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("the inputs were accepted");
}

describe("the defaults, when no input is set", () => {
  it("are the README GitHub shows, UTC, en-US, markers kept, commit: api, the default message", () => {
    expect(settings()).toEqual({
      files: [],
      template: undefined,
      output: "README.md",
      timezone: "UTC",
      locale: "en-US",
      dateFormat: undefined,
      dates: new Map(),
      repositoryDates: new Map(),
      repoStart: undefined,
      inclusive: false,
      today: undefined,
      keepTokens: true,
      commit: "api",
      branch: undefined,
      pullRequestBranch: undefined,
      autoMerge: undefined,
      commitMessage: "docs: update README counters",
      repository: undefined,
      token: "ghs_token",
      dryRun: false,
      strict: false,
      vocabulary: ACTION_VOCABULARY,
      keepAlive: false,
    });
  });

  it("are frozen", () => {
    expect(Object.isFrozen(settings())).toBe(true);
  });
});

describe("values a user writes", () => {
  it("keeps a comma inside nested braces with its glob", () => {
    expect(settings({ files: "docs/{api/{v1,v2},guides}/*.md, README.md" }).files).toEqual([
      "docs/{api/{v1,v2},guides}/*.md",
      "README.md",
    ]);
  });

  it("writes a path as the tree names it: no ./ or doubled slash inside, and a colon is only a name's", () => {
    expect(settings({ files: "docs/./a.md, docs//b.md, ././c.md, logs/day:1.md" }).files).toEqual([
      "docs/a.md",
      "docs/b.md",
      "c.md",
      "logs/day:1.md",
    ]);
  });

  it("trims every input, as a YAML block scalar leaves a newline at its end", () => {
    const trimmed = settings({ timezone: " Asia/Tokyo\n", today: "2026-11-27\n", commit: "none \n" });
    expect([trimmed.timezone, trimmed.commit]).toEqual(["Asia/Tokyo", "none"]);
  });

  it("renders a template into README.md where no output is given", () => {
    expect(settings({ template: "README.template.md" })).toMatchObject({
      template: "README.template.md",
      output: "README.md",
    });
  });

  it("splits files on newlines and commas, trims them, and drops a leading ./", () => {
    expect(settings({ files: " ./README.md, docs/a.md\n\n docs\\b.md ,\n" }).files).toEqual([
      "README.md",
      "docs/a.md",
      "docs/b.md",
    ]);
  });

  it("takes every spelling of true and false that YAML 1.2 has", () => {
    for (const yes of ["true", "True", "TRUE"]) expect(settings({ inclusive: yes }).inclusive).toBe(true);
    for (const no of ["false", "False", "FALSE"]) expect(settings({ "keep-tokens": no }).keepTokens).toBe(false);
  });

  it("declares dates, days and days of every year", () => {
    expect(settings({ dates: "LAUNCH = 2024-05-01\nBIRTHDAY=--12-25, LEAP=--02-29" }).dates).toEqual(
      new Map<string, unknown>([
        ["LAUNCH", day("2024-05-01")],
        ["BIRTHDAY", { month: 12, day: 25 }],
        ["LEAP", { month: 2, day: 29 }],
      ]),
    );
  });

  it("declares dates the repository knows: a tag's, a release's, a label's (whose name may hold spaces)", () => {
    const read = settings({
      dates: "LAUNCH=2024-05-01\nV1 = tag: v1.0.0\nV2=release:v2.0.0\nFIRST=label:good first issue",
    });
    expect(read.dates).toEqual(new Map([["LAUNCH", day("2024-05-01")]]));
    expect(read.repositoryDates).toEqual(
      new Map([
        ["V1", { kind: "tag", name: "v1.0.0" }],
        ["V2", { kind: "release", name: "v2.0.0" }],
        ["FIRST", { kind: "label", name: "good first issue" }],
      ]),
    );
  });

  it("takes a date format in luxon's pattern language, words in quotes", () => {
    expect(settings({ "date-format": "cccc, d LLLL yyyy 'at noon'" }).dateFormat).toBe("cccc, d LLLL yyyy 'at noon'");
  });

  it("says how to declare a date in the words of its caller: the action's inputs, or the CLI's flags", () => {
    expect(settings().vocabulary.declareDate("LAUNCH=2024-05-01")).toBe("add LAUNCH=2024-05-01 to the dates input");
    const cli = readSettings((name) => (name === "commit" ? "none" : ""), CLI_VOCABULARY);
    expect(cli.vocabulary.declareDate("LAUNCH=2024-05-01")).toBe("pass --dates LAUNCH=2024-05-01");
  });

  it("takes an IANA time zone and a locale that Intl knows", () => {
    expect(settings({ timezone: "Europe/Berlin", locale: "de-DE" })).toMatchObject({
      timezone: "Europe/Berlin",
      locale: "de-DE",
    });
  });

  it("reads repo-start and today as calendar dates", () => {
    const read = settings({ "repo-start": "2024-05-01", today: "2026-11-27" });
    expect(read.repoStart?.toISODate()).toBe("2024-05-01");
    expect(read.today?.toISODate()).toBe("2026-11-27");
  });

  it("keeps a commit message's lines, trimmed at its ends", () => {
    expect(settings({ "commit-message": "  chore: counters\n\nBody line\n" }).commitMessage).toBe(
      "chore: counters\n\nBody line",
    );
  });

  it("takes a branch with or without refs/heads/, and a repository as owner/name", () => {
    expect(settings({ branch: "refs/heads/docs/site" }).branch).toBe("docs/site");
    expect(settings({ repository: "Octo-Org/my.repo_1" }).repository).toEqual({ owner: "Octo-Org", repo: "my.repo_1" });
  });

  it("takes every merge method for auto-merge, with commit: pull-request or auto", () => {
    for (const commit of ["pull-request", "auto"]) {
      for (const method of ["merge", "squash", "rebase"]) {
        expect(settings({ commit, "auto-merge": method }).autoMerge).toBe(method);
      }
    }
  });

  it("takes a branch name with dots and slashes inside it, as git does", () => {
    expect(settings({ branch: "release-1.2" }).branch).toBe("release-1.2");
    expect(settings({ "pull-request-branch": "bots/counters.v2" }).pullRequestBranch).toBe("bots/counters.v2");
  });

  it("takes globs and exclusions in every mode, and needs no token with commit: none", () => {
    const files = "docs/**/*.md, !docs/drafts/**, docs/wow!.md";
    for (const commit of ["api", "pull-request", "auto"]) {
      expect(settings({ files, commit }).files).toEqual(["docs/**/*.md", "!docs/drafts/**", "docs/wow!.md"]);
    }
    expect(readSettings((name) => ({ files: "docs/*.md", commit: "none" })[name] ?? "").files).toEqual(["docs/*.md"]);
  });

  it("takes an empty files input as the README GitHub shows", () => {
    expect(settings({ files: " , " }).files).toEqual([]);
  });
});

describe("bad values: one line naming the input, with an example that works", () => {
  it.each([
    [
      { files: "/abs.md" },
      'Input "files": "/abs.md" is absolute; give a path from the repository root. For example: files: docs/**/*.md',
    ],
    [
      { files: "C:\\x.md" },
      'Input "files": "C:\\x.md" is absolute; give a path from the repository root. For example: files: docs/**/*.md',
    ],
    [
      { files: "a/../../b.md" },
      'Input "files": "a/../../b.md" leaves the repository. For example: files: docs/**/*.md',
    ],
    [{ files: "a\0.md" }, 'Input "files": the path holds a NUL byte. For example: files: docs/**/*.md'],
    [
      { template: "../T.md" },
      'Input "template": "../T.md" leaves the repository. For example: template: README.template.md',
    ],
    [
      { dates: "next-LAUNCH=2024-05-01" },
      'Input "dates": "next-LAUNCH=2024-05-01" is not NAME=YYYY-MM-DD (or NAME=--MM-DD for every year, or NAME=tag:…, release:… or label:…). For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { files: "docs/a.md", template: "T.md" },
      'Input "files": set either files or template, not both. For example: files: README.md',
    ],
    [
      { template: "README.md" },
      'Input "output": "README.md" is the template itself, whose tokens the rendering would erase. For example: output: README.md',
    ],
    [
      { template: "./T.md", output: "T.md" },
      'Input "output": "T.md" is the template itself, whose tokens the rendering would erase. For example: output: README.md',
    ],
    [
      { files: "!../secret.md" },
      'Input "files": "!../secret.md" leaves the repository. For example: files: docs/**/*.md',
    ],
    [{ token: "" }, 'Input "token": is empty, and commit: api needs one. For example: token: ${{ github.token }}'],
    [
      { timezone: "Mars/Olympus" },
      'Input "timezone": "Mars/Olympus" is not an IANA time zone. For example: timezone: Europe/London',
    ],
    [
      { locale: "xx-YY-zz-1" },
      'Input "locale": "xx-YY-zz-1" is not a supported BCP 47 locale. For example: locale: de-DE',
    ],
    [{ locale: "zz-ZZ" }, 'Input "locale": "zz-ZZ" is not a supported BCP 47 locale. For example: locale: de-DE'],
    [{ locale: "en_US" }, 'Input "locale": "en_US" is not a supported BCP 47 locale. For example: locale: en-US'],
    [{ locale: "jp-JP" }, 'Input "locale": "jp-JP" is not a supported BCP 47 locale. For example: locale: ja-JP'],
    [
      { timezone: "Europe/Berln" },
      'Input "timezone": "Europe/Berln" is not an IANA time zone. For example: timezone: Europe/Berlin',
    ],
    // Intl lists no "UTC", the default, among its zones; it is still the one suggested.
    [{ timezone: "UTX" }, 'Input "timezone": "UTX" is not an IANA time zone. For example: timezone: UTC'],
    [
      { timezone: "america/sao paulo" },
      'Input "timezone": "america/sao paulo" is not an IANA time zone. For example: timezone: America/Sao_Paulo',
    ],
    [
      { dates: "LAUNCH=2025-13-01" },
      'Input "dates": 2025-13-01 is not a calendar date: there is no month 13. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { today: "2025-04-31" },
      'Input "today": 2025-04-31 is not a calendar date: April 2025 has no 31st. For example: today: 2025-08-18',
    ],
    [
      { "date-format": "YYYY-MM-DD" },
      'Input "date-format": "YYYY-MM-DD" is not a luxon date format (luxon would misread its letters). For example: date-format: yyyy-MM-dd',
    ],
    [
      { "date-format": "dddd, D MMMM" },
      'Input "date-format": "dddd, D MMMM" is not a luxon date format (luxon would misread its letters). For example: date-format: cccc, d MMMM',
    ],
    [
      { "date-format": "cccc 'the' Do" },
      "Input \"date-format\": \"cccc 'the' Do\" is not a luxon date format (luxon would misread its letters). For example: date-format: cccc 'the' d",
    ],
    [
      { "date-format": "cccc d of MMMM" },
      'Input "date-format": "cccc d of MMMM" is not a luxon date format (luxon would misread its letters). For example: date-format: cccc d \'of\' MMMM',
    ],
    [
      { "date-format": "cccc\nyyyy" },
      'Input "date-format": the format spans lines. For example: date-format: cccc, d LLLL yyyy',
    ],
    [
      { dates: "launch=2024-05-01" },
      'Input "dates": "launch=2024-05-01" is not NAME=YYYY-MM-DD (or NAME=--MM-DD for every year, or NAME=tag:…, release:… or label:…). For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "LAUNCH=2024_05_01" },
      'Input "dates": "2024_05_01" is not a date YYYY-MM-DD. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "LAUNCH=2024-02-30" },
      'Input "dates": 2024-02-30 is not a calendar date: February 2024 has no 30th. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "LAUNCH=2024-05-01\nLAUNCH=2024-06-01" },
      'Input "dates": LAUNCH is declared twice. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "REPO_START=2024-05-01" },
      'Input "dates": REPO_START is a name readme-counters gives itself. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "LATEST_RELEASE=release:v1.0.0" },
      'Input "dates": LATEST_RELEASE is a name readme-counters gives itself. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "V1=tag:v1.0.0\nV1=release:v1.0.0" },
      'Input "dates": V1 is declared twice. For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "V1=tag:" },
      'Input "dates": tag: needs the tag\'s name after the colon. For example: dates: V1=tag:v1.0.0',
    ],
    [
      { dates: "INCIDENT=label: " },
      'Input "dates": label: needs the label\'s name after the colon. For example: dates: INCIDENT=label:incident',
    ],
    [
      { dates: "X=bogus:x" },
      'Input "dates": "bogus:" is not a kind of date the repository knows: write tag:, release: or label:. For example: dates: V1=tag:v1.0.0',
    ],
    [
      { dates: "LAUNCH=2024-05-01 and more" },
      'Input "dates": "LAUNCH=2024-05-01 and more" is not NAME=YYYY-MM-DD (or NAME=--MM-DD for every year, or NAME=tag:…, release:… or label:…). For example: dates: LAUNCH=2024-05-01',
    ],
    [
      { dates: "NEXT_12_25=2024-05-01" },
      'Input "dates": NEXT_12_25 is a name readme-counters gives itself. For example: dates: LAUNCH=2024-05-01',
    ],
    [{ dates: "BIRTHDAY=--12-5" }, 'Input "dates": "--12-5" is not --MM-DD. For example: dates: BIRTHDAY=--12-25'],
    [
      { dates: "BIRTHDAY=--02-30" },
      'Input "dates": --02-30 is not a day of the year: February has no 30th. For example: dates: BIRTHDAY=--12-25',
    ],
    [
      { "repo-start": "2025-02-30" },
      'Input "repo-start": 2025-02-30 is not a calendar date: February 2025 has no 30th. For example: repo-start: 2025-08-18',
    ],
    [{ today: "tomorrow" }, 'Input "today": "tomorrow" is not a date YYYY-MM-DD. For example: today: 2025-08-18'],
    [{ inclusive: "yes" }, 'Input "inclusive": "yes" is not true or false. For example: inclusive: true'],
    [{ "keep-tokens": "no" }, 'Input "keep-tokens": "no" is not true or false. For example: keep-tokens: false'],
    [
      { commit: "push" },
      'Input "commit": "push" is not api, none, pull-request or auto. For example: commit: pull-request',
    ],
    [
      { "pull-request-branch": "x..y" },
      'Input "pull-request-branch": "x..y" is not a valid branch name. For example: pull-request-branch: readme-counters/main',
    ],
    [
      { branch: "main", "pull-request-branch": "main" },
      'Input "pull-request-branch": "main" is the branch the pull request goes into. For example: pull-request-branch: readme-counters/main',
    ],
    [
      { "auto-merge": "fast" },
      'Input "auto-merge": "fast" is not merge, squash or rebase. For example: auto-merge: squash',
    ],
    [
      { "auto-merge": "squash" },
      'Input "auto-merge": needs commit: pull-request or auto, not api. For example: auto-merge: squash',
    ],
    [{ branch: "bad..branch" }, 'Input "branch": "bad..branch" is not a valid branch name. For example: branch: main'],
    [
      { branch: "feature/.hidden" },
      'Input "branch": "feature/.hidden" is not a valid branch name. For example: branch: main',
    ],
    [{ branch: "x.lock" }, 'Input "branch": "x.lock" is not a valid branch name. For example: branch: main'],
    [
      { "commit-message": "  \n " },
      'Input "commit-message": the message is blank. For example: commit-message: docs: update README counters',
    ],
    [
      { repository: "octo/." },
      'Input "repository": "octo/." is not owner/name. For example: repository: octocat/hello-world',
    ],
    [
      { repository: "-octo/x" },
      'Input "repository": "-octo/x" is not owner/name. For example: repository: octocat/hello-world',
    ],
    [{ "dry-run": "1" }, 'Input "dry-run": "1" is not true or false. For example: dry-run: true'],
    [{ strict: "on" }, 'Input "strict": "on" is not true or false. For example: strict: true'],
  ])("%j", (inputs, message) => {
    expect(refusal(inputs)).toBe(message);
  });
});
