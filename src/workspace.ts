import { randomBytes } from "node:crypto";
import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import type { FileSelection, RepositoryStart, Sink, Snapshot, Source } from "./road.js";
import { isGlob } from "./settings.js";
import { checkSize, decodeText, FileError } from "./text-files.js";

export interface WorkspaceOptions {
  /** The folder that paths are taken from, and that no path may leave. */
  readonly root: string;
  /** What REPO_START is here: the workspace itself cannot tell. */
  readonly repoStart: () => Promise<RepositoryStart>;
  /** Said after "no such file", where a missing file has a likely cause. */
  readonly missingHint?: string;
}

/** The workspace files a selection names; globs are matched here, each must match something. */
export function workspaceSource(selection: FileSelection, options: WorkspaceOptions): Source {
  return {
    async read() {
      const files = new Map<string, string | undefined>();
      for (const path of await expandFiles(options.root, selection.paths)) {
        const text = await readWorkspaceFile(options.root, path);
        if (text === undefined && !selection.optional.includes(path)) {
          throw new FileError(path, ["no such file", options.missingHint].filter(Boolean).join("; "));
        }
        files.set(path, text);
      }
      return { files, repoStart: await options.repoStart() } satisfies Snapshot;
    },
  };
}

/** Writes the changed files in place; nothing to commit. */
export function workspaceSink(root: string): Sink {
  return {
    async deliver(_snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      for (const { path, text } of changed) await writeWorkspaceFile(root, path, text);
      return { kind: "delivered", changedFiles: changed.map((rendering) => rendering.path), commits: [] };
    },
  };
}

/** The files that paths and globs name, relative to `root`, sorted; each glob must match. */
async function expandFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      found.add(pattern);
      continue;
    }
    const { glob } = await import("tinyglobby");
    const matches = await glob(pattern, { cwd: root, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new FileError(pattern, "this glob matches no file");
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

/** The text of a workspace file, or undefined when there is none. */
async function readWorkspaceFile(root: string, path: string): Promise<string | undefined> {
  const full = await insideRoot(root, path);
  if (full === undefined) return undefined;
  const info = await stat(full);
  if (!info.isFile()) throw new FileError(path, "is not a file");
  checkSize(path, info.size);
  return decodeText(path, await readFile(full));
}

/**
 * Replaces a file through a temporary file and a rename, so an interrupted
 * run leaves the old file whole; the old file's mode is kept.
 */
async function writeWorkspaceFile(root: string, path: string, text: string): Promise<void> {
  const existing = await insideRoot(root, path);
  // A new file's folder may itself be a link: it is the folder's real place that must be inside.
  const full = existing ?? join(await insideRoot(root, dirname(path), "no such folder"), basename(path));
  const mode = existing === undefined ? undefined : (await stat(existing)).mode;
  const temporary = join(dirname(full), `.${randomBytes(6).toString("hex")}.readme-counters.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, full);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The real path of `path` under `root`; undefined when missing (or an error with `missing`); refuses a link that leads outside. */
async function insideRoot(root: string, path: string): Promise<string | undefined>;
async function insideRoot(root: string, path: string, missing: string): Promise<string>;
async function insideRoot(root: string, path: string, missing?: string): Promise<string | undefined> {
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(realRoot, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    if (missing === undefined) return undefined;
    throw new FileError(path, missing);
  }
  const fromRoot = relative(realRoot, real);
  if (
    fromRoot === ".." ||
    fromRoot.startsWith(`..${sep}`) ||
    isAbsolute(fromRoot) ||
    (fromRoot === "" && path !== ".")
  ) {
    throw new FileError(path, "leads outside the repository");
  }
  return real;
}
