/// <reference types="vite/client" />
// npm run mutation: Stryker takes a mutant in module-level code (a pattern, a message table, a
// GraphQL document) for one of the test during which the module loaded, and runs only that test.
// The GitHub adapter loads lazily, inside a test, so its constants' mutants would meet only the first
// test of each file. Loaded here, before any test, they count as static: Stryker runs every test on them.
import.meta.glob(["../../src/**/*.ts", "!../../src/index.ts", "!../../src/bin.ts"], { eager: true });
