import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Real READMEs, which this workplace keeps beside the project in
 * ../shared/corpus (they are third-party text, so the project holds none).
 * Where they are missing the tests that read them do not run, and one line says so.
 */
const CORPUS = new URL("../../../shared/corpus/", import.meta.url);

export const corpus: ReadonlyArray<readonly [string, string]> = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => name.endsWith(".md") && name !== "SOURCES.md")
      .map((name) => [name, readFileSync(new URL(name, CORPUS), "utf8")] as const)
  : [];

/** What a run without them says, once (see global-setup.ts). */
export const corpusNotRun =
  corpus.length === 0
    ? "Real-README cases not run: ../shared/corpus is not beside this clone; the generated READMEs stand in for them"
    : undefined;
