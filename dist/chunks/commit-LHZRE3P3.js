#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  commitSink,
  gitHubSource,
  headline
} from "./chunk-OT2SXJYF.js";
import "./chunk-24Z5C4WZ.js";
import "./chunk-ECLD5QZ6.js";
export {
  commitSink,
  gitHubSource,
  headline
};
