#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  require_undici
} from "./chunk-RFDBH6ES.js";
import "./chunk-ECLD5QZ6.js";
export default require_undici();
