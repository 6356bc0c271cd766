// Writes the parts of README.md that other files already say: the quick
// start (the repository's own counters workflow, as another repository would
// use it) and the inputs and outputs tables (from action.yml).
// `--check` writes nothing and fails when README.md has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

export const ACTION_REF = "readme-counters/readme-counters@v1";

const action = parse(readFileSync("action.yml", "utf8"));
const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");
const code = (text) => (text === "" ? "" : `\`${text}\``);

const sections = {
  "quick-start": () => {
    const workflow = readFileSync(".github/workflows/counters.yml", "utf8")
      // Another repository needs no checkout: the action reads and commits through the API.
      .replace(/ *# This repository runs the action[^\n]*\n *- uses: actions\/checkout@[^\n]*\n(?: {8,}[^\n]*\n)*/, "")
      .replace("- uses: ./", `- uses: ${ACTION_REF}`);
    return ["```yaml", "# .github/workflows/counters.yml", workflow.trimEnd(), "```"].join("\n");
  },
  inputs: () =>
    [
      "| input | default | description |",
      "| --- | --- | --- |",
      ...Object.entries(action.inputs).map(
        ([name, input]) => `| \`${name}\` | ${cell(code(input.default ?? ""))} | ${cell(input.description)} |`,
      ),
    ].join("\n"),
  outputs: () =>
    [
      "| output | description |",
      "| --- | --- |",
      ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
    ].join("\n"),
};

const readme = readFileSync("README.md", "utf8");
let generated = readme;
for (const [name, make] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);
  if (!pattern.test(generated)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
  generated = generated.replace(pattern, (_, open, close) => `${open}${make()}${close}`);
}

if (process.argv.includes("--check")) {
  if (generated !== readme) {
    console.error(
      "README.md differs from action.yml or .github/workflows/counters.yml: run `npm run docs` and commit it.",
    );
    process.exitCode = 1;
  }
} else if (generated !== readme) {
  writeFileSync("README.md", generated);
  console.log("README.md updated");
}
