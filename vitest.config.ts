import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The end-to-end tests start the bundled action and the CLI as processes, and a retried
    // commit waits for GitHub's pacing: on a busy two-core machine a test can take seconds.
    testTimeout: 20_000,
  },
});
