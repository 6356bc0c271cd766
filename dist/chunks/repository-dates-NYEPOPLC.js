#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  dateFields,
  datesOf,
  readRepositoryDates,
  withoutRefusedDates
} from "./chunk-JKY2A2Q5.js";
import "./chunk-K7MULIYD.js";
import "./chunk-SJSJ32MY.js";
import "./chunk-5T3JMOVT.js";
import "./chunk-ECLD5QZ6.js";
export {
  dateFields,
  datesOf,
  readRepositoryDates,
  withoutRefusedDates
};
