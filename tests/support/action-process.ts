import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inputVariables } from "./action-inputs.js";

const ACTION = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

export interface ActionProcess {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

export interface ProcessOptions {
  readonly node: string;
  readonly apiUrl: string;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  /** Files to put in the workspace before the run. */
  readonly workspace?: Record<string, string | Buffer>;
  readonly event?: unknown;
}

/** Runs dist/index.js as a runner does: INPUT_* for every input, GITHUB_* for the context, files for outputs and summary. */
export async function runActionProcess(options: ProcessOptions): Promise<ActionProcess> {
  const temp = mkdtempSync(join(tmpdir(), "readme-counters-action-"));
  const workspace = join(temp, "workspace");
  mkdirSync(workspace);
  for (const [path, text] of Object.entries(options.workspace ?? {})) {
    mkdirSync(join(workspace, path, ".."), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const outputFile = join(temp, "output");
  const summaryFile = join(temp, "summary");
  const eventFile = join(temp, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: temp,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_REPOSITORY: "octo/diary",
    GITHUB_REF: "refs/heads/main",
    GITHUB_EVENT_NAME: "schedule",
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKFLOW_REF: "octo/diary/.github/workflows/counters.yml@refs/heads/main",
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: temp,
    ...inputVariables(options.inputs),
    ...options.env,
  };

  const child = spawn(options.node, [ACTION], { cwd: workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    workspace,
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    const [, name, , value] = match;
    if (name !== undefined && value !== undefined) outputs[name] = value;
  }
  return outputs;
}

/** The `::error` and `::warning` lines the run printed. */
export function annotationLines(run: ActionProcess, level: "error" | "warning"): string[] {
  return run.stdout.split("\n").filter((line) => line.startsWith(`::${level}`));
}
