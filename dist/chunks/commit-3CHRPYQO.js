#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  commitSink,
  gitHubSource,
  headline
} from "./chunk-JB3UZBYT.js";
import "./chunk-K7MULIYD.js";
import "./chunk-SJSJ32MY.js";
import "./chunk-5T3JMOVT.js";
import "./chunk-ECLD5QZ6.js";
export {
  commitSink,
  gitHubSource,
  headline
};
