#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  findZones,
  needsParser
} from "./chunk-CQBY4772.js";
import "./chunk-ECLD5QZ6.js";
export {
  findZones,
  needsParser
};
