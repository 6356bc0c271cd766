import { configDefaults, defineConfig } from "vitest/config";

// The tests that npm run mutation measures: those of src/, run in this process. Stryker's
// mutants live in this process's modules, so the tests of what ships (dist/ run as a
// process, the package, the scripts) cannot see them.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ".stryker-tmp/**", "tests/dist/**", "tests/scripts/**"],
    setupFiles: ["tests/support/few-runs.ts", "tests/support/load-every-module.ts"],
    env: { PROPERTY_RUNS_SCALE: "0.1" },
    testTimeout: 60_000,
  },
});
