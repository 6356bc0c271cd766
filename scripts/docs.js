// Writes the parts of README.md that other files already say: the quick
// start (the repository's own counters workflow, as another repository would
// use it), the inputs and outputs tables (from action.yml), and the tokens
// table, whose examples the CLI (dist/cli.js) renders.
// `--check` writes nothing and fails when README.md has drifted.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const ACTION_REF = "readme-counters/readme-counters@v1";

const action = parse(readFileSync("action.yml", "utf8"));
/** @param {unknown} text */
const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");
/** @param {string} text */
const code = (text) => (text === "" ? "" : `\`${text}\``);

// Each token with what it counts, rendered on one day in two locales. A date
// that only the repository knows (a release, a tag, a label) is rendered
// through a stand-in token of the same day, the third element, so that the
// table needs neither GitHub's API nor a repository with that history.
const TOKENS = [
  ["{{DATE}}", "today, `yyyy-MM-dd`"],
  [
    "{{DATE:dd LLL yyyy}}",
    "today in a [luxon format](https://moment.github.io/luxon/#/formatting?id=table-of-tokens), in the locale",
  ],
  ["{{DATE_PRETTY}}", "today in words, in the locale (or in the `date-format` input)"],
  ["{{DAYS_SINCE_2025_08_18}}", "calendar days from the date to today (`DAY_SINCE_` too)"],
  ["{{DAYS_UNTIL_2026_12_25}}", "calendar days from today to the date"],
  ["{{WEEKS_SINCE_2025_08_18}}", "whole weeks (`WEEKS_UNTIL_` too)"],
  ["{{MONTHS_SINCE_2025_08_18}}", "whole calendar months (`MONTHS_UNTIL_` too)"],
  ["{{YEARS_UNTIL_2030_01_01}}", "whole years (`YEARS_SINCE_` too)"],
  ["{{DURATION_SINCE_2025_08_18}}", "years, months and days, in words"],
  ["{{RELATIVE_2026_12_25}}", "the date seen from today"],
  ["{{DAYS_SINCE_REPO_START}}", "days since the repository was created"],
  ["{{DAYS_SINCE_LAUNCH}}", "a date from the `dates` input: `LAUNCH=2024-05-01`"],
  [
    "{{DAYS_SINCE_LATEST_RELEASE}}",
    "days since the latest release was published (drafts and pre-releases do not count)",
    "{{DAYS_SINCE_2026_10_01}}",
  ],
  [
    "{{DAYS_SINCE_V1:long}}",
    "a tag's date, from `dates`: `V1=tag:v1.0.0` (the tagger's, else its commit's)",
    "{{DAYS_SINCE_2025_12_01:long}}",
  ],
  ["{{RELATIVE_V2}}", "when a release was published, from `dates`: `V2=release:v2.0.0`", "{{RELATIVE_2026_11_20}}"],
  [
    "{{DAYS_SINCE_INCIDENT}}",
    "when the newest issue or pull request with a label was opened, from `dates`: `INCIDENT=label:incident`",
    "{{DAYS_SINCE_2026_11_17}}",
  ],
  ["{{DAYS_UNTIL_NEXT_12_25}}", "days until the next 25 December; 0 on the day"],
  ["{{DAYS_SINCE_LAST_12_25}}", "days since the last 25 December; 0 on the day"],
  ["{{RELATIVE_BIRTHDAY}}", "a date that comes back every year, from `dates`: `BIRTHDAY=--03-14`"],
  ["{{YEARS_SINCE_BORN}}", "an age, from a full date in `dates`: `BORN=1990-03-14`"],
  ["{{DAYS_UNTIL_NEXT_BORN}}", "days until that full date's next anniversary (`LAST_BORN` too); 0 on the day"],
  ["{{DAYS_SINCE_LAST_REPO_START}}", "days since the repository's last birthday"],
  ["{{DAYS_SINCE_2020_01_01:number}}", "any count in the locale's digits"],
  ["{{DAYS_SINCE_2020_01_01:long}}", "any count with its unit"],
  ["{{DAYS_UNTIL_NEXT_12_25:narrow}}", "any count with its shortest unit"],
];

/** The tokens' values on 27 November 2026 (repository created 1 September 2025), as the CLI writes them. */
/** @param {string} locale */
function tokenValues(locale) {
  const folder = mkdtempSync(join(tmpdir(), "readme-counters-docs-"));
  writeFileSync(join(folder, "README.md"), TOKENS.map(([token, , standIn]) => `- ${standIn ?? token}\n`).join(""));
  const cli = resolve("dist/cli.js");
  const options = [
    "--today",
    "2026-11-27",
    "--repo-start",
    "2025-09-01",
    "--locale",
    locale,
    "--no-keep-tokens",
    "--write",
  ];
  const dates = ["--dates", "LAUNCH=2024-05-01", "--dates", "BIRTHDAY=--03-14", "--dates", "BORN=1990-03-14"];
  execFileSync(process.execPath, [cli, ...options, ...dates], { cwd: folder, stdio: ["ignore", "ignore", "pipe"] });
  return readFileSync(join(folder, "README.md"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(2));
}

const sections = {
  tokens: () => {
    const [english, german] = [tokenValues("en-US"), tokenValues("de-DE")];
    return [
      "| token | counts | en-US | de-DE |",
      "| --- | --- | --- | --- |",
      ...TOKENS.map(
        ([token, meaning], index) => `| \`${token}\` | ${meaning} | ${cell(english[index])} | ${cell(german[index])} |`,
      ),
    ].join("\n");
  },
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
