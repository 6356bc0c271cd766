// npm run screenshot: docs/before-after.png, the README's picture of what the action
// does. Nothing is drawn by hand: a README with tokens is rendered by the CLI
// (dist/cli.js), both versions by cmark-gfm (GitHub's renderer), and the page
// photographed by headless Chromium. Needs cmark-gfm and chromium (apt-get install).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const before = `# My Diary

Today **{{DATE_PRETTY}}**.

It has been **{{DAY_SINCE_2025_08_18}}** days since I started this diary,
and **{{DAYS_UNTIL_NEXT_12_25:long}}** are left until Christmas.

{{DAYS_SINCE_REPO_START}} days since this repository began.
`;

const temp = mkdtempSync(join(tmpdir(), "readme-counters-screenshot-"));
writeFileSync(join(temp, "README.md"), before);
execFileSync(
  process.execPath,
  [resolve("dist/cli.js"), "--today", "2026-11-27", "--repo-start", "2025-09-01", "--write"],
  {
    cwd: temp,
    stdio: "ignore",
  },
);
const after = readFileSync(join(temp, "README.md"), "utf8");
/** @param {string} markdown */
const render = (markdown) =>
  execFileSync("cmark-gfm", ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"], {
    input: markdown,
    encoding: "utf8",
  });

const page = `<!doctype html>
<meta charset="utf-8">
<style>
  body { margin: 0; padding: 24px; background: #f6f8fa; font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .row { display: flex; gap: 24px; align-items: stretch; }
  .panel { flex: 1; display: flex; flex-direction: column; }
  .label { font-size: 14px; font-weight: 600; color: #59636e; margin: 0 0 8px 4px; }
  .readme { flex: 1; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 32px 16px; }
  h1 { font-size: 2em; font-weight: 600; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: .67em 0 16px; }
  p { margin: 0 0 16px; }
  .arrow { align-self: center; font-size: 32px; color: #59636e; }
</style>
<div class="row">
  <div class="panel"><p class="label">README.md as you write it</p><div class="readme">${render(before)}</div></div>
  <div class="arrow">→</div>
  <div class="panel"><p class="label">as GitHub shows it on 27 November 2026, after the day's run</p><div class="readme">${render(after)}</div></div>
</div>`;
writeFileSync(join(temp, "page.html"), page);
execFileSync(
  "chromium",
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    `--user-data-dir=${join(temp, "profile")}`,
    "--window-size=1280,340",
    `--screenshot=${resolve("docs/before-after.png")}`,
    `file://${join(temp, "page.html")}`,
  ],
  { stdio: "ignore" },
);
console.log("docs/before-after.png written");
