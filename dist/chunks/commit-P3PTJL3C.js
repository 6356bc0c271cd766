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
} from "./chunk-GYPAKV56.js";
import "./chunk-K7MULIYD.js";
import "./chunk-SJSJ32MY.js";
import "./chunk-5T3JMOVT.js";
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
