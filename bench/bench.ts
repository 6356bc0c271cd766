// npm run bench: readme-counters' speed as ratios against baselines measured
// in the same run, so that a busy machine slows both alike. The inputs are
// generated here; the action runs as GitHub runs it, dist/index.js against a
// fake GitHub on 127.0.0.1.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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
 * garbage collection and the machine's other work fall on both alike;
 * `setup` runs untimed before each.
 */
async function compare(
  a: () => unknown,
  b: () => unknown,
  repeats: number,
  setup: () => unknown = () => undefined,
): Promise<[number, number]> {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats + 2; i++) {
    for (const [index, run] of [a, b].entries()) {
      await setup();
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
  /** What `value` counts: milliseconds unless said. */
  readonly unit?: string;
  /** What it is compared with; absolute when undefined. */
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

// A template block against an inline marker: the same 500 counters in prose, each way.
{
  const inline = Array.from({ length: 500 }, (_, n) => `Paragraph ${n}: day {{DAYS_SINCE_2025_08_18}} of it.\n`).join(
    "\n",
  );
  const blocks = Array.from(
    { length: 500 },
    (_, n) =>
      `Paragraph ${n}:\n\n<!--counters\n![day](https://img.shields.io/badge/day-{{DAYS_SINCE_2025_08_18}}-blue)\n-->\n`,
  ).join("\n");
  const [blockTime, inlineTime] = await compare(renderAll(blocks), renderAll(inline), 30);
  rows.push({
    measure: "500 template blocks, each a badge",
    value: blockTime,
    baseline: { name: "500 inline markers in prose", value: inlineTime },
    goal: 3,
  });
}

// A docs tree of 10,000 files of 4 KiB, 1% holding a token, through the CLI and commit: none, against a
// Node script that reads every file and writes the changed ones; both write the same 100 files each time.
{
  const FILES = 10_000;
  const tree = mkdtempSync(join(tmpdir(), "readme-counters-bench-tree-"));
  const body = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(72).slice(0, 4000);
  const withToken = `Day {{DAYS_SINCE_2025_08_18}}\n${body}\n`;
  const tokenFiles: string[] = [];
  const writeTree = (count: number) => {
    tokenFiles.length = 0;
    for (let file = 0; file < count; file++) {
      const folder = join(tree, "docs", `part-${file % 100}`);
      mkdirSync(folder, { recursive: true });
      const path = join(folder, `page-${file}.md`);
      const holdsToken = file % 100 === 0;
      if (holdsToken) tokenFiles.push(path);
      writeFileSync(path, holdsToken ? withToken : `${body}\n`);
    }
  };
  writeTree(FILES);
  execFileSync("git", ["init", "-q"], { cwd: tree });
  const reset = () => {
    for (const path of tokenFiles) writeFileSync(path, withToken);
  };
  const script = join(tree, "..", `${basename(tree)}-baseline.mjs`);
  writeFileSync(
    script,
    `import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]);
for (const file of walk("docs")) {
  const text = readFileSync(file, "utf8");
  if (text.includes("{{")) writeFileSync(file, text.replace("{{", "{{"));
}
`,
  );
  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: tree,
        env: { PATH: process.env.PATH ?? "", ...env },
        stdio: "ignore",
      });
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
    });
  const baselineScript = () => run([script]);
  const baselineRow = (value: number) => ({ name: "a Node script that reads them and writes the changed ones", value });
  const cliArgs = [join(ROOT, "dist/cli.js"), "--write", "--today", "2026-11-27", "docs/**/*.md"];
  const [cliTime, cliBase] = await compare(() => run(cliArgs), baselineScript, 7, reset);
  rows.push({
    measure: "10,000 files of 4 KiB, 1% with a token, through the CLI",
    value: cliTime,
    baseline: baselineRow(cliBase),
    goal: 3,
  });
  const noneEnv = {
    GITHUB_WORKSPACE: tree,
    GITHUB_OUTPUT: join(tree, "..", `${basename(tree)}-output`),
    ...inputs({ commit: "none", files: "docs/**/*.md", "repo-start": "2025-09-01" }),
  };
  writeFileSync(noneEnv.GITHUB_OUTPUT, "");
  const [noneTime, noneBase] = await compare(
    () => run([join(ROOT, "dist/index.js")], noneEnv),
    baselineScript,
    7,
    reset,
  );
  rows.push({
    measure: "the same files through commit: none",
    value: noneTime,
    baseline: baselineRow(noneBase),
    goal: 3,
  });

  // Peak memory as the tree grows: what each added file costs should not grow with the tree.
  const reportPeak = join(tree, "..", `${basename(tree)}-memory.mjs`);
  writeFileSync(
    reportPeak,
    'process.on("exit", () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n',
  );
  const peak = (count: number) => {
    rmSync(join(tree, "docs"), { recursive: true, force: true });
    writeTree(count);
    const output = spawnSync(process.execPath, ["--import", reportPeak, ...cliArgs], { cwd: tree, encoding: "utf8" });
    return Number(/maxRSS (\d+)/.exec(output.stderr)?.[1]);
  };
  const [quarter, half, whole] = [peak(FILES / 4), peak(FILES / 2), peak(FILES)];
  const perFile = (from: number, to: number, files: number) => (to - from) / files;
  rows.push({
    measure: "peak memory added per file, from 5,000 to 10,000 files",
    value: perFile(half, whole, FILES / 2),
    unit: "KB",
    baseline: { name: "from 2,500 to 5,000 files", value: perFile(quarter, half, FILES / 4) },
    goal: 1.5,
  });
  rows.push({ measure: "peak memory with 10,000 files of 4 KiB (40 MB of text)", value: whole / 1024, unit: "MB" });
  rmSync(tree, { recursive: true, force: true });
}

// commit: api over 1,000 changed files: what the run asks of GitHub.
{
  const pages = Object.fromEntries(
    Array.from({ length: 1000 }, (_, page) => [
      `docs/page-${page}.md`,
      `Day {{DAYS_SINCE_2025_08_18}}\n${"Text.\n".repeat(800)}`,
    ]),
  );
  const github = await new FakeGitHub(pages).start();
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "octo/diary",
    GITHUB_REF: "refs/heads/main",
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: temp,
    GITHUB_OUTPUT: join(temp, "output"),
    ...inputs({ files: "docs/**/*.md" }),
  };
  const code = await new Promise((resolve) =>
    spawn(process.execPath, [join(ROOT, "dist/index.js")], { env, stdio: "ignore" }).on("close", resolve),
  );
  // Rows counted from a run that failed would measure the failure.
  if (code !== 0) throw new Error(`commit: api over 1,000 files exited ${code}: its requests are not counted`);
  const sent = (operation: string) => github.requests.filter((request) => request.operation === operation);
  rows.push({
    measure: "commit: api over 1,000 changed files: requests",
    value: github.requests.length,
    unit: "requests",
  });
  rows.push({ measure: "of which createCommitOnBranch", value: sent("mutation").length, unit: "requests" });
  rows.push({
    measure: "bytes sent, all requests",
    value: github.requests.reduce((sum, request) => sum + request.bytes, 0) / 1e6,
    unit: "MB",
  });
  rows.push({
    measure: "bytes sent by the largest commit",
    value: Math.max(...sent("mutation").map((request) => request.bytes)) / 1e6,
    unit: "MB",
  });
  await github.stop();
}

const ratioOf = (row: Row) => (row.baseline ? row.value / row.baseline.value : row.value);
const met = (row: Row) => ratioOf(row) <= (row.goal ?? Number.POSITIVE_INFINITY);
const goalOf = (row: Row) =>
  row.goal === undefined ? "" : row.baseline ? `≤ ${row.goal}×` : `≤ ${row.goal} ${row.unit ?? "ms"}`;
const table = [
  "| measure | value | baseline | baseline value | ratio | goal | met |",
  "| --- | ---: | --- | ---: | ---: | ---: | --- |",
  ...rows.map((row) => {
    const unit = row.unit ?? "ms";
    const ratio = row.baseline ? ratioOf(row).toFixed(2) : "";
    const verdict = row.goal === undefined ? "" : met(row) ? "yes" : "NO";
    const baselineValue = row.baseline ? `${row.baseline.value.toFixed(1)} ${unit}` : "";
    return `| ${row.measure} | ${row.value.toFixed(1)} ${unit} | ${row.baseline?.name ?? "absolute"} | ${baselineValue} | ${ratio} | ${goalOf(row)} | ${verdict} |`;
  }),
];
console.log(table.join("\n"));
// The exit code says whether every goal was met, and nothing else; each one missed is named.
const missed = rows.filter((row) => !met(row));
for (const row of missed) {
  console.error(
    `goal missed: ${row.measure}: ${ratioOf(row).toFixed(2)}${row.baseline ? "×" : ` ${row.unit ?? "ms"}`}, goal ${goalOf(row)}`,
  );
}
process.exitCode = missed.length > 0 ? 1 : 0;
