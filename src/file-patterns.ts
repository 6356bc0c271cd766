import picomatch from "picomatch";
import { isMarkdown } from "./readme.js";

/*
 * Which files a `files` input names, the same in every mode: its globs are
 * matched by picomatch against the files a source lists (the workspace's as
 * git sees them, or the branch's tree), and `!pattern` excludes.
 */

/** A name is a glob when the glob library says so: `docs/*.md` is, `docs/wow!.md` is not. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** Folders a glob never looks into: a package manager's and git's own. */
const NEVER_MATCHED = ["**/node_modules/**", "**/.git/**", "node_modules/**", ".git/**"];

/**
 * The files among `files` that the globs of `patterns` match, sorted, with
 * each plain path of `patterns` as it is. A glob that matches nothing is an
 * error that names it and says what `where` holds.
 */
export function matchFiles(patterns: readonly string[], files: readonly string[], where: string): string[] {
  const excluded = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => pattern.slice(1));
  const isExcluded = picomatch([...excluded, ...NEVER_MATCHED]);
  const isNeverMatched = picomatch(NEVER_MATCHED);
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    if (!isGlob(pattern)) {
      found.add(pattern);
      continue;
    }
    const matches = picomatch(pattern);
    const matched = files.filter((file) => matches(file) && !isExcluded(file));
    if (matched.length === 0)
      throw new GlobError(
        pattern,
        where,
        files.filter((file) => !isNeverMatched(file)),
      );
    for (const file of matched) found.add(file);
  }
  return [...found].sort();
}

/** A glob that matches no file, said with what there is to match. */
export class GlobError extends Error {
  constructor(pattern: string, where: string, files: readonly string[]) {
    const markdown = files.filter(isMarkdown).sort();
    const holds =
      markdown.length === 0
        ? `${where} holds no markdown file (of ${files.length} files)`
        : `${where} holds ${markdown.length} markdown file${markdown.length === 1 ? "" : "s"}: ${markdown.slice(0, 5).join(", ")}${markdown.length > 5 ? ", …" : ""}`;
    super(`"${pattern}" matches no file; ${holds}`);
    this.name = "GlobError";
  }
}
