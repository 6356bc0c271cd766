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

  // Nothing keeps the GitHub client out of the start: it is small, and loading it apart cost an API
  // run more than it saved the others.
  it("the action starts without TLS, which only a request to an https address loads, nor the proxy code", () => {
    expect(holds(action, 'from "node:https"')).toEqual([]);
    expect(holds(action, 'from "https"')).toEqual([]);
    expect(holds(action, "ProxyAgent")).toEqual([]);
  });

  // Node 24 makes a module of every export of node:http when it is imported, undici and HTTP/2 among them.
  it("the action requires node:http(s), never imports them, which on Node 24 costs some 35 ms", () => {
    for (const name of ["http", "https"]) {
      for (const form of [`from "${name}"`, `from "node:${name}"`, `import("node:${name}")`, `import("${name}")`]) {
        expect(holds(action, form)).toEqual([]);
      }
    }
    const required = action.filter((file) => /require\d*\("node:https"\)/.test(readFileSync(join(DIST, file), "utf8")));
    expect(required).toHaveLength(1);
  });

  it("the CLI starts without the GitHub client, which it never uses", () => {
    expect(holds(cli, "createCommitOnBranch")).toEqual([]);
  });

  it("neither starts with the markdown parser, which only files with tokens load", () => {
    expect(holds([...action, ...cli], "codeFenced")).toEqual([]);
  });

  it("neither starts with the glob matcher, which only globs load", () => {
    // picomatch's POSIX classes stand only in the glob matcher.
    expect(holds([...action, ...cli], "a-zA-Z0-9")).toEqual([]);
  });

  it("the parser, the glob matcher and the proxy client are all in the bundle, loaded on demand", () => {
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
