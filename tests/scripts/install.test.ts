import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
};

describe("npm ci", () => {
  // CONTRIBUTING.md names Node.js 20.19 as the oldest a contributor may use, and npm warns
  // (EBADENGINE) for each package whose engines leave it out.
  it("installs nothing that leaves out Node 20.19, so npm prints no EBADENGINE warning", () => {
    const leavingOut = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !semver.satisfies("20.19.0", entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^node_modules\//, "")} (node ${entry.engines?.node})`);
    expect(leavingOut).toEqual([]);
  });
});
