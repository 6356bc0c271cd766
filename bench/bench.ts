// npm run bench: how readme-counters' time grows with the README, as ratios
// against baselines measured in the same run. The inputs are generated here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseCalendarDate } from "../src/dates.js";
import { render } from "../src/engine.js";
import type { DateContext } from "../src/tokens.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const context: DateContext = {
  today: parseCalendarDate("2026-11-27") as NonNullable<ReturnType<typeof parseCalendarDate>>,
  locale: "en-US",
  dates: new Map(),
  dateFormat: undefined,
  repoStart: parseCalendarDate("2025-09-01") as NonNullable<ReturnType<typeof parseCalendarDate>>,
  inclusive: false,
};

const TOKENS = [
  "{{DATE_PRETTY}}",
  "{{DAYS_SINCE_2025_08_18}}",
  "{{DATE}}",
  "{{WEEKS_SINCE_REPO_START}}",
  "{{DATE:dd LLL yyyy}}",
];

/**
 * An awesome-list README of about `bytes`, with `tokens` tokens in paragraphs
 * spread evenly through it; with `bracesInCode`, every section also shows a
 * token in inline code and in a fenced block (left alone, but parsed to know).
 */
function awesomeList(bytes: number, tokens: number, bracesInCode = false): string {
  const shown = bracesInCode ? "{{DATE}}" : "DATE";
  const sections: string[] = [];
  for (let size = 0, section = 0; size < bytes; section++) {
    const lines = [
      `## Category ${section}\n\n`,
      `Projects in this category, with code such as \`${shown}\` shown as is.\n\n`,
    ];
    for (let item = 0; item < 40; item++) {
      lines.push(
        `- [project-${section}-${item}](https://github.com/owner/project-${item}) - A library that does thing ${item} well, with \`code\` and *emphasis*.\n`,
      );
    }
    lines.push(`\n\`\`\`sh\nnpm install project ${shown}\n\`\`\`\n\n`);
    const text = lines.join("");
    sections.push(text);
    size += text.length;
  }
  for (let token = 0; token < tokens; token++) {
    const section = Math.floor((token * sections.length) / tokens);
    sections[section] = `Updated ${TOKENS[token % TOKENS.length]}.\n\n${sections[section]}`;
  }
  return sections.join("");
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median wall time of `run`, in milliseconds, after warming up. */
function time(run: () => void, repeats: number): number {
  return compare(run, () => undefined, repeats)[0];
}

/**
 * Median wall times of `a` and of its baseline `b`, measured in turns so that
 * warm-up, garbage collection and the machine's other work fall on both alike.
 */
function compare(a: () => void, b: () => void, repeats: number): [number, number] {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats + 3; i++) {
    for (const [index, run] of [a, b].entries()) {
      const start = performance.now();
      run();
      if (i >= 3) samples[index]?.push(performance.now() - start);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

interface Row {
  readonly measure: string;
  readonly value: number;
  readonly baseline: string;
  readonly base: number;
  readonly goal?: number;
}

const rows: Row[] = [];
const renderAll = (text: string) => () => render(text, context, { keepTokens: true });

const small = awesomeList(10 * 1024, 10);
const large = awesomeList(1024 * 1024, 10);
const [largeTime, smallTime] = compare(renderAll(large), renderAll(small), 100);
rows.push({
  measure: "1 MiB README, 10 tokens",
  value: largeTime,
  baseline: "10 KiB README, 10 tokens",
  base: smallTime,
  goal: 2,
});
const regexReplace = () => large.replace(/\{\{([A-Z_0-9]+)\}\}/g, "<!--{{$1}}-->value<!--/-->");
const [engineTime, regexTime] = compare(renderAll(large), regexReplace, 100);
const braced = awesomeList(1024 * 1024, 10, true);
const [bracedTime, smallAgain] = compare(renderAll(braced), renderAll(small), 20);
rows.push({
  measure: "1 MiB README, 10 tokens, {{DATE}} in all its code",
  value: bracedTime,
  baseline: "10 KiB README, 10 tokens",
  base: smallAgain,
});
rows.push({
  measure: "engine on the 1 MiB README",
  value: engineTime,
  baseline: "a regular expression replace on it",
  base: regexTime,
});

const pathological: Array<[string, string]> = [
  ["30 000 nested [", "[".repeat(30_000)],
  ["10 000 unclosed links", "[a](".repeat(10_000)],
  ["10 000 nested >", `${"> ".repeat(10_000)}deep`],
  ["60 KiB of *_ runs", "*_".repeat(30_000)],
  ["64 KiB of unclosed <!--", ":<!--".repeat(13_107)],
  ["1 MiB of {{{{", "{{".repeat(512 * 1024)],
  ["1 MiB of {{A: and spaces", `{{A:${" ".repeat(1024 * 1024)}`],
];
for (const [name, block] of pathological) {
  for (let [where, text] of [
    ["token after", `${block}\n\nDay {{DATE}}\n`],
    ["token inside", `Day {{DATE}} ${block}\n`],
  ] as const) {
    let leftAlone = false;
    const value = time(() => {
      leftAlone = render(text, context, { keepTokens: true }).problems.some((p) => p.kind === "left-alone");
    }, 3);
    if (leftAlone) where += ", token left alone";
    rows.push({ measure: `${name}, ${where} (ms, goal ≤ 2000)`, value, baseline: "absolute", base: 1, goal: 2000 });
  }
}

// The action's start: a `commit: none` run on a small README, against a bare `node -e 0`.
const workspace = mkdtempSync(join(tmpdir(), "readme-counters-bench-"));
writeFileSync(join(workspace, "README.md"), "Day {{DATE}} of {{DAYS_SINCE_2025_08_18}}\n");
writeFileSync(join(workspace, "output"), "");
const env = {
  PATH: process.env.PATH ?? "",
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: join(workspace, "output"),
  INPUT_COMMIT: "none",
  "INPUT_DRY-RUN": "true",
  INPUT_FILES: "README.md",
};
const spawn = (args: string[]) => () => {
  const { status, stderr } = spawnSync(process.execPath, args, { env, cwd: workspace, encoding: "utf8" });
  if (status !== 0) throw new Error(`the run failed: ${stderr}`);
};
const [actionTime, nodeTime] = compare(spawn([join(ROOT, "dist/index.js")]), spawn(["-e", "0"]), 15);
rows.push({
  measure: "the action's start (commit: none)",
  value: actionTime,
  baseline: "node -e 0",
  base: nodeTime,
  goal: 2.5,
});

const table = [
  "| measure | ms | baseline | baseline ms | ratio | goal | met |",
  "| --- | ---: | --- | ---: | ---: | ---: | --- |",
  ...rows.map((row) => {
    const absolute = row.baseline === "absolute";
    const ratio = row.value / row.base;
    const met = row.goal === undefined ? "" : ratio <= row.goal ? "yes" : "NO";
    return `| ${row.measure} | ${row.value.toFixed(1)} | ${row.baseline} | ${absolute ? "" : row.base.toFixed(1)} | ${absolute ? "" : ratio.toFixed(2)} | ${row.goal ?? ""} | ${met} |`;
  }),
];
console.log(table.join("\n"));
if (rows.some((row) => row.goal !== undefined && row.value / row.base > row.goal)) process.exitCode = 1;
