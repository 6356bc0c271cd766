#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  checkBypass,
  getProxyUrl
} from "./chunk-IXW222PZ.js";
import "./chunk-ECLD5QZ6.js";
export {
  checkBypass,
  getProxyUrl
};
