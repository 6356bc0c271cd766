import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Many tests wait on processes they start (dist/, git, npm, cmark-gfm): a worker more than
    // the machine has cores keeps them busy (vitest would take one fewer).
    maxWorkers: 3,
    // Test files share a worker's modules (the markdown parser, GitHub's GraphQL schema) instead of
    // loading them again for each file: no test mocks a module or leaves state behind.
    isolate: false,
    globalSetup: ["tests/support/global-setup.ts"],
    // A verdict must not depend on the machine's speed. With two CPU-bound processes beside
    // the suite on two cores, its slowest tests (the cmark-gfm judge, the generated-document
    // properties, the spawned runs) take up to some 16 s: four times that is the limit.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Stryker's sandbox, when a mutation run is under way or was cut short, holds a copy of the tests.
    exclude: [...configDefaults.exclude, ".stryker-tmp/**"],
  },
});
