import { unifiedDiff } from "../diff.js";
import { groupLine, type ProblemGroup, problemGroups, stops } from "../engine/problems.js";
import { isFailure, outcomeLine } from "../outcome.js";
import { changedPaths, type Outcome } from "../road.js";

/** A place in a file, for an annotation. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where a run's report goes: the runner (through @actions/core), or a test's memory. */
export interface Reporter {
  output(name: string, value: string): void;
  info(message: string): void;
  group(title: string, lines: readonly string[]): void;
  annotate(level: "warning" | "error", message: string, place?: Place): void;
  /** Appends to the job summary, where the runner keeps one. */
  summary(markdown: string): Promise<void>;
  /** Fails the step with one line. */
  fail(message: string): void;
}

export const OUTPUT_NAMES = [
  "changed",
  "commit-sha",
  "commit-url",
  "commit-shas",
  "changed-files",
  "values",
  "pull-request-number",
  "pull-request-url",
] as const;

/** Every output gets a value before anything can fail, so later steps can read them all. */
export function setDefaultOutputs(reporter: Reporter): void {
  for (const [name, value] of Object.entries(outputs({ renderings: [], result: { kind: "failed", message: "" } }))) {
    reporter.output(name, value);
  }
}

/**
 * Outputs, log, annotations and job summary of a run, from one outcome and
 * the shell's own notes (how late a scheduled run started); a failed outcome
 * fails the step.
 */
export async function report(
  outcome: Outcome,
  strict: boolean,
  reporter: Reporter,
  shellNotes: readonly string[],
): Promise<void> {
  for (const [name, value] of Object.entries(outputs(outcome))) reporter.output(name, value);
  // A group for each file with a token; a docs tree's other files, often thousands, are counted in one line.
  const withTokens = outcome.renderings.filter(
    (rendering) => rendering.changed || rendering.replacements.length > 0 || rendering.problems.length > 0,
  );
  for (const rendering of withTokens) {
    reporter.group(
      `${rendering.path}: ${rendering.changed ? "changed" : "unchanged"}`,
      rendering.replacements.map(({ token, value, line }) => `line ${line}: ${token} = ${value}`),
    );
  }
  const withNone = outcome.renderings.length - withTokens.length;
  if (withNone > 0) reporter.info(`${withNone === 1 ? "1 other file holds" : `${withNone} other files hold`} no token`);
  const groups = problemGroups(outcome.renderings);
  for (const group of groups) {
    const [{ line, column }] = group.places;
    const level = stops(group.kind, strict) ? "error" : "warning";
    reporter.annotate(level, groupLine(group, { withLines: true }), { file: group.file, line, column });
  }
  const warnings = outcome.result.kind === "delivered" ? (outcome.result.warnings ?? []) : [];
  for (const warning of warnings) reporter.annotate("warning", warning);
  const notes = [...shellNotes, ...(outcome.result.kind === "delivered" ? (outcome.result.notes ?? []) : [])];
  for (const note of notes) reporter.info(note);
  const headline = outcomeLine(outcome, "action");
  await reporter.summary(summary(outcome, headline, groups, strict, warnings, notes));
  if (isFailure(outcome)) reporter.fail(headline);
  else reporter.info(headline);
}

function outputs(outcome: Outcome): Record<(typeof OUTPUT_NAMES)[number], string> {
  const { result } = outcome;
  // A failed run may still have landed commits: the first links of a chain that pushes cut short.
  const done = result.kind === "delivered" ? result : result.kind === "failed" ? result.landed : undefined;
  const changedFiles = done?.changedFiles ?? (result.kind === "dry-run" ? changedPaths(outcome.renderings) : []);
  const commits = done?.commits ?? [];
  const values: Record<string, string> = {};
  for (const { replacements } of outcome.renderings) {
    for (const { token, value } of replacements) values[token] = value;
  }
  // A chain of commits ends in the one the branch points at.
  const commit = commits.at(-1);
  const pullRequest = result.kind === "delivered" ? result.pullRequest : undefined;
  return {
    changed: String(changedFiles.length > 0),
    "commit-sha": commit?.sha ?? "",
    "commit-url": commit?.url ?? "",
    "commit-shas": JSON.stringify(commits.map((link) => link.sha)),
    "changed-files": JSON.stringify(changedFiles),
    values: JSON.stringify(values),
    "pull-request-number": pullRequest ? String(pullRequest.number) : "",
    "pull-request-url": pullRequest?.url ?? "",
  };
}

function lines(places: ProblemGroup["places"]): string {
  return [...new Set(places.map((place) => place.line))].join(", ");
}

function summary(
  outcome: Outcome,
  headline: string,
  groups: readonly ProblemGroup[],
  strict: boolean,
  warnings: readonly string[],
  notes: readonly string[],
): string {
  const parts = ["## readme-counters", "", `**${escapeHtml(headline)}**`];
  const { result } = outcome;
  if (result.kind === "delivered" && result.pullRequest) {
    parts.push("", `Pull request: ${anchor(result.pullRequest.url, `#${result.pullRequest.number}`)}`);
  }
  const commits =
    result.kind === "delivered" ? result.commits : result.kind === "failed" ? (result.landed?.commits ?? []) : [];
  if (commits.length > 0) {
    const links = commits.map((commit) => anchor(commit.url, commit.sha.slice(0, 7)));
    parts.push("", `${links.length === 1 ? "Commit" : "Commits"}: ${links.join(", ")}`);
  }
  for (const note of notes) parts.push("", escapeHtml(note));
  for (const warning of warnings) parts.push("", `Warning: ${escapeHtml(warning)}`);
  const values = outcome.renderings.flatMap(({ path, replacements }) =>
    replacements.map(({ token, value, line }) => ({
      file: path,
      html: row([path, `<code>${escapeHtml(token)}</code>`, escapeHtml(value), String(line)]),
    })),
  );
  if (values.length > 0) {
    const shown = withinBudget(values, BUDGET.values);
    parts.push(
      "",
      "<table>",
      row(["File", "Token", "Value", "Line"], "th"),
      ...shown.map((value) => value.html),
      "</table>",
    );
    if (shown.length < values.length)
      parts.push("", leftOut(values.slice(shown.length), "tokens", "the log lists every value"));
  } else if (outcome.renderings.length > 0) {
    parts.push("", "No token was given a value.");
  }
  if (result.kind === "dry-run") {
    const diffs = outcome.renderings
      .filter((rendering) => rendering.changed)
      .map(({ path, before, text }) => ({ file: path, html: unifiedDiff(path, before, text) }));
    const shown = withinBudget(diffs, BUDGET.diff);
    if (shown.length > 0) {
      parts.push(
        "",
        "<details><summary>The change that would be made</summary>",
        "",
        fence(shown.map((diff) => diff.html).join(""), "diff"),
        "",
        "</details>",
      );
    }
    if (shown.length < diffs.length) {
      parts.push("", leftOut(diffs.slice(shown.length), "diffs", "`npx readme-counters` shows them in a checkout"));
    }
  }
  if (groups.length > 0) {
    const rows = groups.map((group) => ({
      file: group.file,
      html: row([
        group.file,
        lines(group.places),
        `<code>${escapeHtml(group.text)}</code>`,
        escapeHtml(`${what(group, strict)}: ${group.message}`).replaceAll("\n", "<br>"),
      ]),
    }));
    const shown = withinBudget(rows, BUDGET.problems);
    parts.push(
      "",
      "### Tokens and markers it had something to say about",
      "",
      "<table>",
      row(["File", "Lines", "Token", "What happened"], "th"),
      ...shown.map((problem) => problem.html),
      "</table>",
    );
    if (shown.length < rows.length) {
      parts.push("", leftOut(rows.slice(shown.length), "tokens", "the log lists each one, with its place"));
    }
  }
  return `${parts.join("\n")}\n`;
}

/**
 * GitHub drops a job summary over 1 MiB whole ("$GITHUB_STEP_SUMMARY upload
 * aborted"), so each long part has a share of it, in bytes of markdown.
 */
const BUDGET = { values: 480 * 1024, diff: 240 * 1024, problems: 180 * 1024 };

/** The first entries whose markdown fits in `budget` bytes. */
function withinBudget<T extends { readonly html: string }>(entries: readonly T[], budget: number): T[] {
  let used = 0;
  const shown: T[] = [];
  for (const entry of entries) {
    used += Buffer.byteLength(entry.html, "utf8") + 1;
    if (used > budget) break;
    shown.push(entry);
  }
  return shown;
}

/** What a summary left out, counted per file, and where the rest is. */
function leftOut(entries: ReadonlyArray<{ readonly file: string }>, what: string, where: string): string {
  // `what` is plural: "tokens", "diffs".
  const perFile = new Map<string, number>();
  for (const { file } of entries) perFile.set(file, (perFile.get(file) ?? 0) + 1);
  const count = (n: number) => n.toLocaleString("en-US");
  const files = [...perFile].map(([file, n]) => `${escapeHtml(file)} ${count(n)}`);
  const shownFiles = files.length > 20 ? [...files.slice(0, 20), `and ${count(files.length - 20)} more files`] : files;
  return `And ${count(entries.length)} more ${what}, left out to keep this summary under GitHub's 1 MiB (by file: ${shownFiles.join(", ")}); ${where}.`;
}

function what(group: ProblemGroup, strict: boolean): string {
  if (stops(group.kind, strict)) return "stopped the run";
  return group.kind === "written" ? "written, with a warning" : "left alone";
}

function anchor(url: string, text: string): string {
  return `<a href="${escapeHtml(url).replaceAll('"', "&quot;")}">${escapeHtml(text)}</a>`;
}

function row(cells: readonly string[], tag: "td" | "th" = "td"): string {
  return `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A fenced code block longer than any run of backticks inside it, around lines that each end in a newline. */
function fence(lines: string, language: string): string {
  const longest = Math.max(2, ...[...lines.matchAll(/`+/g)].map((run) => run[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}${language}\n${lines}${marks}`;
}
