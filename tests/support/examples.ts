import { readFileSync } from "node:fs";

/** The bundled example that `npm start` runs, the README most tests run on. */
export const DIARY = readFileSync(new URL("../../examples/diary/README.md", import.meta.url), "utf8");
