import { randomBytes } from "node:crypto";
import { readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { pathsToRead } from "./counters.js";
import { isGlob, type Settings } from "./inputs.js";

/** GitHub's GraphQL API stops returning blob text at 1 MiB; the workspace keeps the same limit. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file that cannot be rendered, said in one line. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "FileError";
  }
}

/** The files that paths and globs name, relative to `root`, sorted; each pattern must match. */
export async function expandFiles(root: string, patterns: readonly string[]): Promise<string[]> {
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

/**
 * The texts of the files a run reads (the files and globs, or the template
 * and its output), from `root`. Only a template's output may be missing.
 */
export async function readWorkspaceFiles(
  root: string,
  settings: Settings,
  missing = "no such file",
): Promise<Map<string, string | undefined>> {
  const files = settings.template ? [] : await expandFiles(root, settings.files);
  const texts = new Map<string, string | undefined>();
  for (const path of pathsToRead(settings, files)) {
    const text = await readWorkspaceFile(root, path);
    if (text === undefined && path !== settings.output) throw new FileError(path, missing);
    texts.set(path, text);
  }
  return texts;
}

/** The text of a workspace file, or undefined when there is none. */
export async function readWorkspaceFile(root: string, path: string): Promise<string | undefined> {
  const full = await insideRoot(root, path);
  if (full === undefined) return undefined;
  const info = await stat(full);
  if (!info.isFile()) throw new FileError(path, "is not a file");
  if (info.size > MAX_FILE_BYTES) throw new FileError(path, `is ${info.size} bytes, over the 1 MiB limit`);
  return decodeText(path, await readFile(full));
}

/** UTF-8 text, refusing what is not text: a NUL byte or an invalid sequence. */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new FileError(path, "holds a NUL byte: it is not a text file");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError(path, "is not valid UTF-8");
  }
}

/** Replaces a file through a temporary file and a rename, so an interrupted run leaves the old file whole. */
export async function writeWorkspaceFile(root: string, path: string, text: string): Promise<void> {
  const full = (await insideRoot(root, path)) ?? join(root, path);
  const temporary = join(dirname(full), `.${randomBytes(6).toString("hex")}.readme-counters.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, full);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The real path of `path` under `root`, undefined when missing; refuses a link that leads outside. */
async function insideRoot(root: string, path: string): Promise<string | undefined> {
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(realRoot, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const fromRoot = relative(realRoot, real);
  if (fromRoot === "" || fromRoot.startsWith(`..${sep}`) || fromRoot === "..") {
    throw new FileError(path, "leads outside the repository");
  }
  return real;
}
