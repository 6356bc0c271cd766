/**
 * The folders GitHub looks in for the README it shows on a repository's page,
 * in its order: `.github/`, then the root, then `docs/` (GitHub's "About
 * READMEs"). The first folder that holds a README, in any case and with any
 * extension or none, has the one GitHub shows.
 */
export const README_FOLDERS = [".github", "", "docs"] as const;

const README = /^readme(?:\.[^.]+)?$/i;
/** The extensions GitHub renders as markdown (github/markup's markdown.rb), not only `.md`. */
const MARKDOWN = /\.(?:md|mkdn?|mdwn|mdown|markdown)$/i;

/** Whether GitHub shows the file at `path` as markdown. */
export function isMarkdown(path: string): boolean {
  return MARKDOWN.test(path);
}

/** In a folder, README.md in capitals first, then other markdown spellings, then the rest (README, README.rst). */
function rank(name: string): number {
  if (name === "README.md") return 0;
  return isMarkdown(name) ? 1 : 2;
}

/**
 * The README GitHub shows, from the names of the files in each of
 * README_FOLDERS ("" is the root); undefined when there is none.
 */
export function shownReadme(files: ReadonlyMap<string, readonly string[]>): string | undefined {
  for (const folder of README_FOLDERS) {
    const best = (files.get(folder) ?? [])
      .filter((name) => README.test(name))
      .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0];
    if (best !== undefined) return folder === "" ? best : `${folder}/${best}`;
  }
  return undefined;
}

/**
 * Why the README GitHub shows cannot be counted in, when it is not markdown:
 * GitHub shows a README with no extension as plain text (and a README.rst
 * as reStructuredText), where a marker's comment would show as text.
 */
export function notMarkdown(path: string): string | undefined {
  if (isMarkdown(path)) return undefined;
  return "is the README GitHub shows, but not markdown, so a marker would show on the page as text: rename it README.md, or set files to the file to count in";
}

/** What a run says when a repository has no README in any of the places GitHub looks. */
export const NO_README =
  "no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files";
