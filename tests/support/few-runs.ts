import fc from "fast-check";

// npm run mutation runs every mutant's tests: a tenth of the generated cases keeps that to minutes.
fc.configureGlobal({ numRuns: 10 });
