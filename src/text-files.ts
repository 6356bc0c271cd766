/**
 * What every source of files agrees on: a file is UTF-8 text of at most
 * 1 MiB, in every mode, so that a run behaves the same either way. (GitHub's
 * GraphQL API cuts a blob's text at 512,000 bytes; the GitHub adapter reads a
 * longer one whole through the REST blobs API.)
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file that cannot be read or written, said in one line. */
export class FileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "FileError";
  }
}

/** Refuses a file over the limit, before its bytes are read. */
export function checkSize(path: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES)
    throw new FileError(path, `is ${bytes.toLocaleString("en-US")} bytes, over the 1 MiB limit`);
}

const NUL = "holds a NUL byte: it is not a text file";

/** UTF-8 text, refusing what is not text: a NUL byte or an invalid sequence. A BOM is kept as text. */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new FileError(path, NUL);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError(path, "is not valid UTF-8");
  }
}

/** Text already decoded, refused as decodeText refuses bytes when it holds a NUL. */
export function checkText(path: string, text: string): string {
  if (text.includes("\0")) throw new FileError(path, NUL);
  return text;
}
