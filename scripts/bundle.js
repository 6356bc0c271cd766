// Bundles the action and the CLI into dist/, which is committed (GitHub runs
// actions from the repository as it is) and checked against a fresh build in CI.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Some dependencies are CommonJS and call require(); an ESM bundle needs one.
const requireShim =
  'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);';

// @actions/core imports @actions/http-client for OIDC tokens, which loads undici
// and tunnel (most of a megabyte) at start. They have no import-time effects,
// so declaring that lets esbuild leave them out of what a run loads first:
// only @actions/github, which the modes that reach GitHub load on demand, needs them.
/** @type {import("esbuild").Plugin} */
const loadOnlyWhenUsed = {
  name: "load-only-when-used",
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)$|\/oidc-utils\.js$/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "resolving",
      });
      return { path, errors, sideEffects: false };
    });
  },
};

rmSync("dist", { recursive: true, force: true });
await build({
  // The action's entry, and the CLI's (the package's bin).
  entryPoints: { index: "src/index.ts", cli: "src/bin.ts" },
  outdir: "dist",
  // Chunks let a run load only what it uses: the markdown parser, glob
  // matching, TLS and the proxy client are imported on demand. Smaller parts
  // (the engine with luxon, the GitHub client) load at start: a chunk loaded
  // apart costs an API run more than its parsing would.
  splitting: true,
  // Paths through a symlinked node_modules (the release tests' clones) keep the same chunk names.
  preserveSymlinks: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Not minified, so that a reviewer can read a change to dist/.
  minify: false,
  legalComments: "none",
  logLevel: "warning",
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  plugins: [loadOnlyWhenUsed],
});
