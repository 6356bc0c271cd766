#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  dateFields,
  datesOf,
  readRepositoryDates,
  withoutRefusedDates
} from "./chunk-NJBNPSIT.js";
import "./chunk-EX5YPBKG.js";
import "./chunk-YGW25PPU.js";
import "./chunk-V2XUYSKO.js";
import "./chunk-ECLD5QZ6.js";
export {
  dateFields,
  datesOf,
  readRepositoryDates,
  withoutRefusedDates
};
