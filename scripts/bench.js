// Builds bench/bench.ts with esbuild (Node 20 cannot run TypeScript) and runs
// it, after bundling dist/: the bench starts the action as GitHub does.
import { spawnSync } from "node:child_process";
import { build } from "esbuild";

spawnSync(process.execPath, ["scripts/bundle.js"], { stdio: "inherit" });
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
const { status } = spawnSync(process.execPath, [".bench/bench.js"], { stdio: "inherit" });
process.exitCode = status ?? 1;
