import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Many tests wait on processes they start (dist/, git, npm, cmark-gfm): a worker more than
    // the machine has cores keeps them busy (vitest would take one fewer).
    maxWorkers: 3,
    // Tests that start processes share the machine with two other workers.
    testTimeout: 15_000,
    // Stryker's sandbox, when a mutation run is under way or was cut short, holds a copy of the tests.
    exclude: [...configDefaults.exclude, ".stryker-tmp/**"],
  },
});
