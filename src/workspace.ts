import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { chmod, readdir, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import pMap from "p-map";
import { isGlob, matchFiles } from "./file-patterns.js";
import { NO_README, README_FOLDERS, shownReadme } from "./readme.js";
import type { FileSelection, RepositoryDates, RepositoryStart, Sink, Snapshot, Source } from "./road.js";
import { checkSize, decodeText, FileError } from "./text-files.js";

export interface WorkspaceOptions {
  /** The folder that paths are taken from, and that no path may leave. */
  readonly root: string;
  /** What REPO_START is here: the workspace itself cannot tell. */
  readonly repoStart: () => Promise<RepositoryStart>;
  /** What the repository's dates are here (the latest release, tags, releases, labels), given the files read. */
  readonly repositoryDates: (files: ReadonlyMap<string, string | undefined>) => Promise<RepositoryDates>;
  /** Said after "no such file", where a missing file has a likely cause. */
  readonly missingHint?: string;
}

/**
 * Files are read and written this many at a time: each is a few calls into
 * the file system, which Node answers from a pool of threads, so a docs tree
 * of thousands of files waits on many at once rather than on each in turn.
 */
const AT_A_TIME = 64;

/**
 * The workspace files a selection names: the README GitHub would show when
 * it names none; globs matched against the files git sees.
 */
export function workspaceSource(selection: FileSelection, options: WorkspaceOptions): Source {
  const missing = (path: string, reason: string) =>
    new FileError(path, [reason, options.missingHint].filter(Boolean).join("; "));
  return {
    async read() {
      const realRoot = await realpath(options.root);
      let readme: string | undefined;
      let paths: readonly string[] = selection.paths;
      const globbed = selection.paths.some(isGlob);
      if (paths.length === 0) {
        readme = await workspaceReadme(realRoot);
        if (readme === undefined) throw missing("README", NO_README);
        paths = [readme];
      } else if (globbed) {
        paths = matchFiles(selection.paths, await listFiles(realRoot), "the workspace");
      }
      const listed = new Set(globbed ? paths.filter((path) => !selection.paths.includes(path)) : []);
      const texts = await pMap(paths, (path) => readWorkspaceFile(realRoot, path, listed.has(path)), {
        concurrency: AT_A_TIME,
      });
      const files = new Map<string, string | undefined>();
      for (const [index, path] of paths.entries()) {
        const text = texts[index];
        // A file git still lists but that was deleted from the work tree is no longer there to match.
        if (text === undefined && listed.has(path)) continue;
        if (text === undefined && !selection.optional.includes(path)) throw missing(path, "no such file");
        files.set(path, text);
      }
      return {
        files,
        repoStart: await options.repoStart(),
        repositoryDates: await options.repositoryDates(files),
        ...(readme !== undefined && { readme }),
      } satisfies Snapshot;
    },
  };
}

/** Writes the changed files in place; nothing to commit. */
export function workspaceSink(root: string): Sink {
  return {
    async deliver(_snapshot, renderings) {
      const changed = renderings.filter((rendering) => rendering.changed);
      const realRoot = await realpath(root);
      await pMap(changed, ({ path, text }) => writeWorkspaceFile(realRoot, path, text), { concurrency: AT_A_TIME });
      return { kind: "delivered", changedFiles: changed.map((rendering) => rendering.path), commits: [] };
    },
  };
}

/** The README GitHub would show for this folder's repository: the names in .github/, the root and docs/. */
async function workspaceReadme(root: string): Promise<string | undefined> {
  const folders = await Promise.all(
    README_FOLDERS.map(async (folder) => {
      const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
      return [folder, entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)] as const;
    }),
  );
  return shownReadme(new Map(folders));
}

/**
 * The files under `root` that a glob may match: what git sees, tracked and
 * untracked but not ignored (.gitignore, .git/info/exclude); outside a git
 * repository, every file. Neither follows a link into another folder.
 */
async function listFiles(root: string): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
    );
    return stdout.split("\0").filter(Boolean);
  } catch {
    const { glob } = await import("tinyglobby");
    return glob("**", { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  }
}

/**
 * The text of a workspace file, or undefined when there is none. A file
 * that git or the folder walk `listed` can be a link only itself, so it is
 * opened with O_NOFOLLOW: a plain file costs one read, and only a link is
 * followed to check that it stays inside.
 */
async function readWorkspaceFile(root: string, path: string, listed: boolean): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    if (!listed || constants.O_NOFOLLOW === undefined)
      throw Object.assign(new Error("check the path"), { code: "ELOOP" });
    bytes = await readFile(join(root, path), { flag: constants.O_RDONLY | constants.O_NOFOLLOW });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code !== "ELOOP" && code !== "EISDIR") throw asFileError(path, error);
    const full = await insideRoot(root, path);
    if (full === undefined) return undefined;
    const info = await stat(full);
    if (!info.isFile()) throw new FileError(path, "is not a file");
    checkSize(path, info.size);
    bytes = await readFile(full);
  }
  checkSize(path, bytes.length);
  return decodeText(path, bytes);
}

/**
 * Replaces a file through a temporary file and a rename, so an interrupted
 * run leaves the old file whole; the old file's mode is kept. A failure is
 * said of the file, never of the temporary one.
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
    throw asFileError(path, error);
  }
}

/** A file system's refusal (EACCES, ENOSPC…) as one line about the user's file. */
function asFileError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: "cannot be written here: permission denied",
    EPERM: "cannot be written here: operation not permitted",
    EROFS: "cannot be written: the file system is read-only",
    ENOSPC: "cannot be written: the disk is full",
  };
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return new FileError(path, reasons[code] ?? `cannot be read or written (${code})`);
}

/** The real path of `path` under `root`; undefined when missing (or an error with `missing`); refuses a link that leads outside. */
async function insideRoot(root: string, path: string): Promise<string | undefined>;
async function insideRoot(root: string, path: string, missing: string): Promise<string>;
async function insideRoot(root: string, path: string, missing?: string): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(join(root, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asFileError(path, error);
    if (missing === undefined) return undefined;
    throw new FileError(path, missing);
  }
  const fromRoot = relative(root, real);
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
