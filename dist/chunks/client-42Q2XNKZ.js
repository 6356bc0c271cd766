#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError,
  gitHubClient
} from "./chunk-K7MULIYD.js";
import "./chunk-SJSJ32MY.js";
import "./chunk-5T3JMOVT.js";
import "./chunk-ECLD5QZ6.js";
export {
  GitHubError,
  gitHubClient
};
