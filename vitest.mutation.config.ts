import { defineConfig } from "vitest/config";

// The in-process tests that npm run mutation measures: Stryker's mutants live in
// this process's modules, so the tests that run dist/ or other programs cannot see them.
export default defineConfig({
  test: {
    include: [
      "tests/tokens.test.ts",
      "tests/dates.test.ts",
      "tests/yearly-and-styles.test.ts",
      "tests/engine.test.ts",
      "tests/blocks.test.ts",
      "tests/properties.test.ts",
      "tests/inputs.test.ts",
      "tests/action.test.ts",
      "tests/pull-request.test.ts",
      "tests/cli.test.ts",
      "tests/judge.test.ts",
    ],
    setupFiles: ["tests/support/few-runs.ts"],
    env: { PROPERTY_RUNS_SCALE: "0.1" },
    testTimeout: 60_000,
  },
});
