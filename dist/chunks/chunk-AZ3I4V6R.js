#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// src/text-files.ts
var MAX_FILE_BYTES = 1024 * 1024;
var FileError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "FileError";
  }
  path;
};
function checkSize(path, bytes) {
  if (bytes > MAX_FILE_BYTES) throw new FileError(path, `is ${bytes} bytes, over the 1 MiB limit`);
}
function decodeText(path, bytes) {
  if (bytes.includes(0)) throw new FileError(path, "holds a NUL byte: it is not a text file");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError(path, "is not valid UTF-8");
  }
}

export {
  FileError,
  checkSize,
  decodeText
};
