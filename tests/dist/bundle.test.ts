import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** The files a bundle entry loads before it runs: its static imports, transitively. */
function loadedAtStart(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(DIST, file), "utf8");
    for (const [, target] of source.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["'](\.[^"']+)["']/g)) {
      visit(normalize(join(dirname(file), target as string)));
    }
  };
  visit(entry);
  return [...seen];
}

const holds = (files: string[], text: string) =>
  files.filter((file) => readFileSync(join(DIST, file), "utf8").includes(text));

describe("what a run loads before it needs it", () => {
  const action = loadedAtStart("index.js");
  const cli = loadedAtStart("cli.js");

  // Octokit, with undici under @actions/github, is most of what an API run loads (some 90 ms on Node 24).
  it("neither starts with Octokit, which only the modes that reach GitHub load", () => {
    expect(holds([...action, ...cli], "octokit-core.js")).toEqual([]);
    expect(holds([...action, ...cli], "createCommitOnBranch")).toEqual([]);
  });

  it("neither starts with the markdown parser, which only files with tokens load", () => {
    expect(holds([...action, ...cli], "codeFenced")).toEqual([]);
  });

  it("Octokit and the markdown parser are in the bundle, loaded on demand", () => {
    const source = (file: string) => readFileSync(join(DIST, file), "utf8");
    const dynamic = [
      ...new Set(
        [...action, ...cli].flatMap((file) =>
          [...source(file).matchAll(/import\(["'](\.[^"']+)["']\)/g)].map((m) => m[1]),
        ),
      ),
    ];
    expect(dynamic.length).toBeGreaterThanOrEqual(3);
  });
});
