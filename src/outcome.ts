import { changedPaths, type Outcome, type PlacedProblem } from "./road.js";

/** Who tells the outcome: the action (its log and job summary) or the CLI, which name their settings differently. */
export type Shell = "action" | "cli";

const UP_TO_DATE = "Every counter is up to date";

/** Whether the outcome fails the step (the CLI's exit code 1): nothing was written, for a reason that needs a person. */
export function isFailure(outcome: Outcome): boolean {
  const { kind } = outcome.result;
  return kind === "failed" || kind === "stopped" || kind === "too-big";
}

/**
 * The outcome in one line: what was done, or why nothing was. The one place
 * that words an outcome, for the action's log and job summary and the CLI.
 * Where tokens were left alone, the line says so: a README can be "up to
 * date" only as far as its tokens could be counted.
 */
export function outcomeLine(outcome: Outcome, shell: Shell): string {
  const leftAlone = isFailure(outcome)
    ? 0
    : outcome.renderings.reduce(
        (count, rendering) => count + rendering.problems.filter((problem) => problem.kind === "left-alone").length,
        0,
      );
  const line = whatWasDone(outcome, shell, leftAlone === 0 ? UP_TO_DATE : "No counter changed");
  return leftAlone === 0
    ? line
    : `${line}; ${leftAlone === 1 ? "1 token was" : `${leftAlone} tokens were`} left alone (the warnings say why)`;
}

/** What was done; `unchanged` is how a run that changed nothing is said. */
function whatWasDone(outcome: Outcome, shell: Shell, unchanged: string): string {
  const { result } = outcome;
  switch (result.kind) {
    case "failed":
      return result.message;
    case "stopped":
      return stoppedLine(result.problems, shell);
    case "too-big": {
      const [plain, template] =
        shell === "cli"
          ? ["--no-keep-tokens", "--template README.template.md"]
          : ["keep-tokens: false", "template: README.template.md"];
      const over = `${result.path}: would be ${result.bytes.toLocaleString("en-US")} bytes after this run, over the 1 MiB that the next run can read`;
      if (!result.markers) return `${over}; nothing was written: the file must stay under 1 MiB, so split it`;
      return (
        `${over} (the markers add ${result.added.toLocaleString("en-US")} bytes); nothing was written: write plain values (${plain}), ` +
        `or render the file from a template (${template})`
      );
    }
    case "dry-run": {
      const paths = changedPaths(outcome.renderings);
      if (shell === "cli")
        return paths.length === 0
          ? unchanged
          : `${files(paths)} would change; --write writes ${paths.length === 1 ? "it" : "them"}`;
      return paths.length === 0
        ? `Dry run: ${unchanged.toLowerCase()}`
        : `Dry run: ${files(paths)} would change; nothing was written`;
    }
    case "delivered": {
      const { pullRequest, commits, changedFiles } = result;
      if (pullRequest) {
        const number = `pull request #${pullRequest.number}`;
        if (pullRequest.done === "kept") return `Pull request #${pullRequest.number} is up to date`;
        const done = `${pullRequest.done === "opened" ? "Opened" : "Updated"} ${number}`;
        const merge = pullRequest.autoMerge;
        if (!merge) return done;
        return merge.merged
          ? `${done} and merged it (${merge.method}): nothing was left to wait for`
          : `${done}, to be merged (${merge.method}) once its checks pass`;
      }
      if (changedFiles.length === 0) return unchanged;
      const [first] = commits;
      const last = commits.at(-1);
      if (!first || !last) return `Wrote ${files(changedFiles)}`;
      return commits.length === 1
        ? `Committed ${short(first.sha)}`
        : `Committed ${files(changedFiles)} in ${commits.length} commits, ${short(first.sha)} to ${short(last.sha)}`;
    }
  }
}

/** The first problem that stops the run, where it stands, and what to do. */
function stoppedLine(problems: readonly [PlacedProblem, ...PlacedProblem[]], shell: Shell): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  const reason =
    first.kind === "broken" ? "mend it, then run again" : shell === "cli" ? "--strict is set" : "strict is set";
  return (
    `${first.file}:${first.line}:${first.column}: ${first.text}: ${first.message.split("\n")[0]}${more}; ` +
    `nothing was written (${reason})`
  );
}

/** `README.md`, or `3 files` where one name would not say it all. */
function files(paths: readonly string[]): string {
  return paths.length === 1 ? (paths[0] as string) : `${paths.length} files`;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
