#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-YGW25PPU.js";
import "./chunk-V2XUYSKO.js";
import "./chunk-ECLD5QZ6.js";
export {
  context,
  getOctokit
};
