import * as core from "@actions/core";
import type { FileRendering } from "./counters.js";
import { unifiedDiff } from "./diff.js";

/** What a run did, for the outputs, the log and the job summary. */
export interface Outcome {
  readonly renderings: readonly FileRendering[];
  readonly dryRun: boolean;
  readonly commit?: { readonly sha: string; readonly url: string } | undefined;
}

/** Every output gets a value even on a failed run, so later steps can read them all. */
export function setDefaultOutputs(): void {
  core.setOutput("changed", "false");
  core.setOutput("commit-sha", "");
  core.setOutput("commit-url", "");
  core.setOutput("changed-files", "[]");
  core.setOutput("values", "{}");
}

/** One annotation at its file, line and column for each problem: an error where it stops the run. */
export function annotate(renderings: readonly FileRendering[], strict: boolean): void {
  for (const { source, problems } of renderings) {
    for (const problem of problems) {
      const annotation = {
        title: "readme-counters",
        file: source,
        startLine: problem.line,
        startColumn: problem.column,
      };
      const message = `${problem.text}: ${problem.message}`;
      if (problem.kind === "broken" || (strict && problem.kind === "left-alone")) core.error(message, annotation);
      else core.warning(message, annotation);
    }
  }
}

export async function report(outcome: Outcome): Promise<void> {
  const changed = outcome.renderings.filter((rendering) => rendering.changed);
  const values: Record<string, string> = {};
  for (const { replacements } of outcome.renderings) {
    for (const { token, value } of replacements) values[token] = value;
  }
  core.setOutput("changed", String(changed.length > 0));
  core.setOutput("commit-sha", outcome.commit?.sha ?? "");
  core.setOutput("commit-url", outcome.commit?.url ?? "");
  core.setOutput("changed-files", JSON.stringify(changed.map((rendering) => rendering.path)));
  core.setOutput("values", JSON.stringify(values));

  for (const rendering of outcome.renderings) {
    core.startGroup(`${rendering.path}: ${rendering.changed ? "changed" : "unchanged"}`);
    for (const { token, value, line } of rendering.replacements) core.info(`line ${line}: ${token} = ${value}`);
    core.endGroup();
  }
  if (outcome.commit) core.info(`Committed ${outcome.commit.url}`);
  else if (changed.length === 0) core.info("Every counter is up to date: nothing to commit");
  else if (outcome.dryRun) core.info(`Dry run: ${changed.length} file(s) would change; nothing written`);

  if (process.env.GITHUB_STEP_SUMMARY) await writeSummary(outcome, changed);
}

async function writeSummary(outcome: Outcome, changed: readonly FileRendering[]): Promise<void> {
  const rows = outcome.renderings.flatMap(({ path, replacements }) =>
    replacements.map(({ token, value, line }) => [
      path,
      `<code>${escapeHtml(token)}</code>`,
      escapeHtml(value),
      String(line),
    ]),
  );
  const summary = core.summary.addHeading("readme-counters", 2);
  if (rows.length > 0) {
    summary.addTable([
      [
        { data: "File", header: true },
        { data: "Token", header: true },
        { data: "Value", header: true },
        { data: "Line", header: true },
      ],
      ...rows,
    ]);
  } else {
    summary.addRaw("No tokens found.", true);
  }
  if (outcome.commit) {
    summary.addRaw("Committed ", false).addLink(outcome.commit.sha.slice(0, 7), outcome.commit.url).addEOL();
  } else if (changed.length === 0) {
    summary.addRaw("Every counter was up to date: no commit.", true);
  } else if (outcome.dryRun) {
    const diff = changed.map(({ path, before, text }) => unifiedDiff(path, before, text)).join("");
    summary.addDetails("Dry run: the change that would be made", `\n\n${fence(diff, "diff")}\n\n`);
  } else {
    summary.addRaw(`Wrote ${changed.map((rendering) => rendering.path).join(", ")}; no commit (commit: none).`, true);
  }
  await summary.write();
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A fenced code block longer than any run of backticks inside it. */
function fence(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}${language}\n${text}\n${marks}`;
}
