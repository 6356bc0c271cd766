/**
 * The folders GitHub looks in for the README it shows on a repository's page,
 * in its order: `.github/`, then the root, then `docs/` (GitHub's "About
 * READMEs"). In each, a file named README, or README.md, in any case.
 */
export const README_FOLDERS = [".github", "", "docs"] as const;

/** In a folder, README.md in capitals first, then other spellings of it, then a README with no extension. */
function rank(name: string): number {
  if (name === "README.md") return 0;
  return name.toLowerCase() === "readme.md" ? 1 : name.toLowerCase() === "readme" ? 2 : Number.POSITIVE_INFINITY;
}

/**
 * The README GitHub shows, from the names of the files in each of
 * README_FOLDERS ("" is the root); undefined when there is none.
 */
export function shownReadme(files: ReadonlyMap<string, readonly string[]>): string | undefined {
  for (const folder of README_FOLDERS) {
    const best = [...(files.get(folder) ?? [])]
      .filter((name) => Number.isFinite(rank(name)))
      .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0];
    if (best !== undefined) return folder === "" ? best : `${folder}/${best}`;
  }
  return undefined;
}

/** What a run says when a repository has no README in any of the places GitHub looks. */
export const NO_README =
  "no README in .github/, the root or docs/, where GitHub looks for the one it shows: add README.md, or set files";
