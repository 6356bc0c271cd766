import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { isGlob, matchFiles } from "./file-patterns.js";
import { NO_README, notMarkdown, README_FOLDERS, shownReadme } from "./readme.js";
import type { FileSelection, RepositoryDates, RepositoryStart, Sink, Snapshot, Source } from "./road.js";
import { checkSize, checkText, decodeText, FileError } from "./text-files.js";

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

/*
 * Files are read and written with the file system's synchronous calls: each
 * of Node's promise-based ones hops to its thread pool and back (to open,
 * stat, read and close), which for a docs tree of thousands of small files
 * was most of a run, and nothing else in a run waits meanwhile.
 */

/**
 * The workspace files a selection names: the README GitHub would show when
 * it names none; globs matched against the files git sees.
 */
export function workspaceSource(selection: FileSelection, options: WorkspaceOptions): Source {
  const missing = (path: string, reason: string) =>
    new FileError(path, [reason, options.missingHint].filter(Boolean).join("; "));
  return {
    async read() {
      const realRoot = realpathSync(options.root);
      let readme: string | undefined;
      let paths: readonly string[] = selection.paths;
      let gitSees: readonly string[] = [];
      const globbed = selection.paths.some(isGlob);
      if (paths.length === 0) {
        readme = workspaceReadme(realRoot);
        if (readme === undefined) throw missing("README", NO_README);
        const notCountable = notMarkdown(readme);
        if (notCountable) throw new FileError(readme, notCountable);
        paths = [readme];
      } else if (globbed) {
        gitSees = await listFiles(realRoot);
        paths = matchFiles(selection.paths, gitSees, "the workspace");
      }
      const listed = new Set(globbed ? paths.filter((path) => !selection.paths.includes(path)) : []);
      const inside = foldersInside(realRoot);
      const files = new Map<string, string | undefined>();
      const gone = new Set<string>();
      for (const path of paths) {
        const text = readWorkspaceFile(realRoot, path, listed.has(path) && inside(dirname(path)));
        // A file git still lists but that was deleted from the work tree is no longer there to match.
        if (text === undefined && listed.has(path)) {
          gone.add(path);
          continue;
        }
        if (text === undefined && !selection.optional.includes(path)) throw missing(path, "no such file");
        files.set(path, text);
      }
      // A glob whose every match is gone matches nothing: matched again without them, it says so.
      if (gone.size > 0)
        matchFiles(
          selection.paths,
          gitSees.filter((path) => !gone.has(path)),
          "the workspace",
        );
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
      const realRoot = realpathSync(root);
      const written: string[] = [];
      for (const { path, text } of changed) {
        try {
          writeWorkspaceFile(realRoot, path, text);
        } catch (error) {
          // Each file is replaced whole, but not all together: say which were, so that nothing is left unsaid.
          if (written.length === 0 || !(error instanceof Error)) throw error;
          const before =
            written.length === 1
              ? `1 file was written before it (${written[0]})`
              : `${written.length} files were written before it`;
          throw new Error(`${error.message}; ${before}, the others were not`);
        }
        written.push(path);
      }
      return { kind: "delivered", changedFiles: changed.map((rendering) => rendering.path), commits: [] };
    },
  };
}

/** The README GitHub would show for this folder's repository: the names in .github/, the root and docs/. */
function workspaceReadme(root: string): string | undefined {
  const names = (folder: string) => {
    try {
      return readdirSync(join(root, folder), { withFileTypes: true })
        .filter((entry) => !entry.isDirectory())
        .map((entry) => entry.name);
    } catch {
      return [];
    }
  };
  return shownReadme(new Map(README_FOLDERS.map((folder) => [folder, names(folder)])));
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
  } catch (error) {
    // Only outside a repository (or with no git at all) does a glob see every file: where git
    // refuses the repository ("dubious ownership"), listing every file would match what it ignores.
    const said = String((error as { stderr?: unknown }).stderr ?? "");
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" && !/not a git repository/i.test(said)) {
      throw new FileError(".", `git could not list the files a glob may match: ${said.trim().split("\n")[0]}`);
    }
    const { glob } = await import("tinyglobby");
    return glob("**", { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
  }
}

/**
 * Whether a folder's real place is inside `root` (a folder git lists files in
 * may since have become a link), asked once per folder; a folder that leads
 * outside is refused, and a missing one is not inside.
 */
function foldersInside(root: string): (folder: string) => boolean {
  const known = new Map<string, boolean>();
  return (folder) => {
    let inside = known.get(folder);
    if (inside === undefined) {
      inside = insideRoot(root, folder) !== undefined;
      known.set(folder, inside);
    }
    return inside;
  };
}

/** The text of a workspace file, or undefined when there is none. */
function readWorkspaceFile(root: string, path: string, listed: boolean): string | undefined {
  if (listed && constants.O_NOFOLLOW !== undefined) return readListed(root, path);
  const bytes = readChecked(root, path);
  if (bytes === undefined) return undefined;
  checkSize(path, bytes.length);
  return decodeText(path, bytes);
}

/**
 * A file that git or the folder walk listed, in a folder known to be inside:
 * only the file itself can still be a link, so it is opened without following
 * one; a plain file then costs one read, and only a link is followed, to
 * check that it stays inside. Node reads and decodes UTF-8 in one native call,
 * a third of the cost of reading bytes and decoding them, which a docs tree of
 * thousands of files feels; it writes U+FFFD for what is not UTF-8, so a text
 * holding one is read again as bytes, to refuse an invalid sequence.
 */
function readListed(root: string, path: string): string | undefined {
  let file: number;
  try {
    file = openSync(join(root, path), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Gone since git listed it: deleted, or its folder replaced by a file.
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "ELOOP") return readWorkspaceFile(root, path, false);
    throw asFileError(path, error, "read");
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw asFileError(path, error, "read");
  } finally {
    closeSync(file);
  }
  if (text.includes("\uFFFD")) return readWorkspaceFile(root, path, false);
  checkSize(path, Buffer.byteLength(text, "utf8"));
  return checkText(path, text);
}

/** A file named by a path whose every part may be a link: its real place must be inside the root. */
function readChecked(root: string, path: string): Buffer | undefined {
  const full = insideRoot(root, path);
  if (full === undefined) return undefined;
  try {
    const info = statSync(full);
    if (!info.isFile()) throw new FileError(path, "is not a file");
    checkSize(path, info.size);
    return readFileSync(full);
  } catch (error) {
    throw asFileError(path, error, "read");
  }
}

/**
 * Replaces a file through a temporary file and a rename, so an interrupted
 * run leaves the old file whole; the old file's mode is kept. A failure is
 * said of the file, never of the temporary one.
 */
function writeWorkspaceFile(root: string, path: string, text: string): void {
  const existing = insideRoot(root, path);
  // A new file's folder may itself be a link: it is the folder's real place that must be inside.
  const full = existing ?? join(insideRoot(root, dirname(path), "no such folder"), basename(path));
  const mode = existing === undefined ? undefined : statSync(existing).mode;
  const temporary = join(dirname(full), `.${randomBytes(6).toString("hex")}.readme-counters.tmp`);
  try {
    writeFileSync(temporary, text, "utf8");
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, full);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asFileError(path, error, "written");
  }
}

/** A file system's refusal (EACCES, ENOSPC…) as one line about the user's file, never about a temporary one. */
function asFileError(path: string, error: unknown, doing: "read" | "written" | "read or written"): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: `cannot be ${doing} here: permission denied`,
    EPERM: `cannot be ${doing} here: operation not permitted`,
    EROFS: "cannot be written: the file system is read-only",
    ENOSPC: "cannot be written: the disk is full",
    ENOTDIR: `cannot be ${doing}: a part of its path is a file, not a folder`,
    EISDIR: "is a folder, not a file",
  };
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return new FileError(path, reasons[code] ?? `cannot be ${doing} (${code})`);
}

/** The real path of `path` under `root`; undefined when missing (or an error with `missing`); refuses a link that leads outside. */
function insideRoot(root: string, path: string): string | undefined;
function insideRoot(root: string, path: string, missing: string): string;
function insideRoot(root: string, path: string, missing?: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(join(root, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw asFileError(path, error, "read or written");
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
