// Bundles the action and the CLI into dist/, which is committed (GitHub runs
// actions from the repository as it is) and checked against a fresh build in CI.
import { build } from "esbuild";

// Some dependencies are CommonJS and call require(); an ESM bundle needs one.
const requireShim =
  'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);';

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
};

await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.js", banner: { js: requireShim } });
await build({
  ...common,
  entryPoints: ["src/cli.ts"],
  outfile: "dist/cli.js",
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
