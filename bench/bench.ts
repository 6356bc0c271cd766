// npm run bench: readme-counters' speed as ratios against baselines measured
// in the same run, so that a busy machine slows both alike. The inputs are
// generated here; the action runs as GitHub runs it, dist/index.js against a
// fake GitHub on 127.0.0.1.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseZones } from "../src/engine/markdown.js";
import { render } from "../src/engine/render.js";
import { FakeGitHub, TOKEN } from "../tests/fakes/github/index.js";
import { contextOn } from "../tests/support/dates.js";
import { NODES } from "../tests/support/nodes.js";
import { PATHOLOGICAL } from "../tests/support/pathological.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const context = contextOn("2026-11-27");
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
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median times of `a` and of its baseline `b`, in turns, so that warm-up,
 * garbage collection and the machine's other work fall on both alike.
 */
async function compare(a: () => unknown, b: () => unknown, repeats: number): Promise<[number, number]> {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats + 2; i++) {
    for (const [index, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      if (i >= 2) samples[index]?.push(performance.now() - start);
    }
  }
  return [median(samples[0]), median(samples[1])];
}

interface Row {
  readonly measure: string;
  readonly value: number;
  /** What it is compared with; absolute milliseconds when undefined. */
  readonly baseline?: { readonly name: string; readonly value: number };
  readonly goal?: number;
}

const rows: Row[] = [];
const renderAll = (text: string) => () => render(text, context, { keepTokens: true, parse: parseZones });

const small = awesomeList(10 * 1024, 10);
const large = awesomeList(1024 * 1024, 10);
const [largeTime, smallTime] = await compare(renderAll(large), renderAll(small), 50);
rows.push({
  measure: "1 MiB README, 10 tokens",
  value: largeTime,
  baseline: { name: "10 KiB README, 10 tokens", value: smallTime },
});
const regexReplace = () => large.replace(/\{\{([A-Z_0-9]+)\}\}/g, "<!--{{$1}}-->value<!--/-->");
const [engineTime, regexTime] = await compare(renderAll(large), regexReplace, 50);
rows.push({
  measure: "engine on the 1 MiB README",
  value: engineTime,
  baseline: { name: "a regular expression replace on it", value: regexTime },
  // Every line must be read to know where code fences are: the goal is the cost of one plain pass.
  goal: 2,
});
const braced = awesomeList(1024 * 1024, 10, true);
const [bracedTime, smallAgain] = await compare(renderAll(braced), renderAll(small), 10);
rows.push({
  measure: "1 MiB README, 10 tokens, {{DATE}} in all its code",
  value: bracedTime,
  baseline: { name: "10 KiB README, 10 tokens", value: smallAgain },
});

// Hostile structures: a token after each (in the next paragraph) must be rendered; a token
// inside it rendered or left alone with a warning, the same on every run, each under 500 ms.
for (const { name, text: block } of PATHOLOGICAL) {
  for (const [where, text] of [
    ["token after", `${block}\n\nDay {{DATE}}\n`],
    ["token inside", `Day {{DATE}} ${block}\n`],
  ] as const) {
    let outcome = "";
    const [value] = await compare(
      () => {
        const rendering = render(text, context, { keepTokens: true, parse: parseZones });
        const shown = rendering.replacements.some(
          (replacement) => replacement.line === (where === "token after" ? text.split("\n").length - 1 : 1),
        );
        outcome = shown
          ? "rendered"
          : rendering.problems.some((problem) => problem.kind === "left-alone")
            ? "left alone"
            : "LOST";
      },
      () => undefined,
      3,
    );
    rows.push({ measure: `${name}, ${where} (${outcome})`, value, goal: 500 });
  }
}

// The action as GitHub runs it: node and dist/index.js, against node -e 0 started the same way,
// on this Node and on the Node 24 that GitHub runs actions with (where there is one). The goals
// are the action's runtime's: Node 24, or this Node where there is no other.
const DIARY = readFileSync(join(ROOT, "examples/diary/README.md"), "utf8");
const temp = mkdtempSync(join(tmpdir(), "readme-counters-bench-"));
writeFileSync(join(temp, "README.md"), "Day {{DATE}} of {{DAYS_SINCE_2025_08_18}}\n");
writeFileSync(join(temp, "output"), "");
const baseEnv = { PATH: process.env.PATH ?? "", GITHUB_WORKSPACE: temp, GITHUB_OUTPUT: join(temp, "output") };
// Inputs left unset take their defaults, as action.yml's would.
const inputs = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries({ today: "2026-11-27", token: TOKEN, ...values }).map(([name, value]) => [
      `INPUT_${name.toUpperCase()}`,
      value,
    ]),
  );

const actionRuntime = NODES.at(-1)?.[0];
for (const [runtime, node] of NODES) {
  const goal = (ratio: number) => (runtime === actionRuntime ? { goal: ratio } : {});
  const spawnNode = (args: string[], env: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(node, args, { env, cwd: temp, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`the run failed: ${stderr}`))));
    });
  const nodeAlone = () => spawnNode(["-e", "0"], baseEnv);
  const baseline = (value: number) => ({ name: `${runtime} -e 0`, value });
  const action = (env: Record<string, string>) => () =>
    spawnNode([join(ROOT, "dist/index.js")], { ...baseEnv, ...env });

  const [noneTime, noneBase] = await compare(action(inputs({ commit: "none", "dry-run": "true" })), nodeAlone, 25);
  rows.push({
    measure: `the action's start (commit: none), ${runtime}`,
    value: noneTime,
    baseline: baseline(noneBase),
    ...goal(3),
  });

  // The API runs read the same README as the start above; the diary's DATE_PRETTY adds Intl's date
  // formatting (some 25 ms to set up), measured apart below.
  const github = await new FakeGitHub({ "README.md": "Day {{DATE}} of {{DAYS_SINCE_2025_08_18}}\n" }).start();
  const apiEnv = {
    GITHUB_REPOSITORY: "octo/diary",
    GITHUB_REF: "refs/heads/main",
    GITHUB_API_URL: github.url,
    ...inputs({}),
  };
  // Each run that commits starts from the diary as the user wrote it, so that there is always a change.
  const first = github.head().oid;
  const commitRun = async () => {
    github.refs.set("main", first);
    await action(apiEnv)();
  };
  const [commitTime, commitBase] = await compare(commitRun, nodeAlone, 25);
  rows.push({
    measure: `a run that commits (commit: api), ${runtime}`,
    value: commitTime,
    baseline: baseline(commitBase),
    ...goal(8),
  });
  await action(apiEnv)();
  const [nothingTime, nothingBase] = await compare(action(apiEnv), nodeAlone, 25);
  rows.push({
    measure: `a run that changes nothing (commit: api), ${runtime}`,
    value: nothingTime,
    baseline: baseline(nothingBase),
    ...goal(6),
  });
  await github.stop();

  const diary = await new FakeGitHub({ "README.md": DIARY }).start();
  const diaryEnv = { ...apiEnv, GITHUB_API_URL: diary.url };
  await action(diaryEnv)();
  const [diaryTime, diaryBase] = await compare(action(diaryEnv), nodeAlone, 25);
  rows.push({
    measure: `the diary README, changing nothing (commit: api), ${runtime}`,
    value: diaryTime,
    baseline: baseline(diaryBase),
  });
  await diary.stop();
}

const met = (row: Row) =>
  (row.baseline ? row.value / row.baseline.value : row.value) <= (row.goal ?? Number.POSITIVE_INFINITY);
const table = [
  "| measure | ms | baseline | baseline ms | ratio | goal | met |",
  "| --- | ---: | --- | ---: | ---: | ---: | --- |",
  ...rows.map((row) => {
    const ratio = row.baseline ? (row.value / row.baseline.value).toFixed(2) : "";
    const goal = row.goal === undefined ? "" : row.baseline ? `≤ ${row.goal}×` : `≤ ${row.goal} ms`;
    const verdict = row.goal === undefined ? "" : met(row) ? "yes" : "NO";
    return `| ${row.measure} | ${row.value.toFixed(1)} | ${row.baseline?.name ?? "absolute"} | ${row.baseline?.value.toFixed(1) ?? ""} | ${ratio} | ${goal} | ${verdict} |`;
  }),
];
console.log(table.join("\n"));
if (rows.some((row) => !met(row))) process.exitCode = 1;
