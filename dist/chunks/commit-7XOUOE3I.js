#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  BYTES_PER_COMMIT,
  FILES_PER_COMMIT,
  commitChain,
  commitGroups,
  commitSink,
  gitHubSource,
  headline
} from "./chunk-VROQDA2M.js";
import "./chunk-SWRER7Z7.js";
import "./chunk-EX5YPBKG.js";
import "./chunk-YGW25PPU.js";
import "./chunk-V2XUYSKO.js";
import "./chunk-ECLD5QZ6.js";
export {
  BYTES_PER_COMMIT,
  FILES_PER_COMMIT,
  commitChain,
  commitGroups,
  commitSink,
  gitHubSource,
  headline
};
