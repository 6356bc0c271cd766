#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  GitHubError,
  graphqlClient,
  graphqlUrl
} from "./chunk-24Z5C4WZ.js";
import "./chunk-ECLD5QZ6.js";
export {
  GitHubError,
  graphqlClient,
  graphqlUrl
};
