import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { contextOn } from "../support/dates.js";

/*
 * Whole READMEs, before and after: each folder of tests/fixtures holds an
 * input.md, what the first run writes (expected.md) and what the next day's
 * run makes of that (next-day.md). `npx vitest run -u` writes them anew;
 * read the diff before committing it.
 */
const FIXTURES = new URL("../fixtures/", import.meta.url);
const cases = [
  // The seed user's README is the example the project ships.
  ["diary", new URL("../../examples/diary/README.md", import.meta.url)] as const,
  ...readdirSync(FIXTURES)
    .filter((name) => name !== "diary")
    .map((name) => [name, new URL(`${name}/input.md`, FIXTURES)] as const),
];

const day = (today: string, text: string) => render(text, contextOn(today), { keepTokens: true, parse: parseZones });

describe.each(cases)("%s", (name, input) => {
  // Rendered in each test, not once for the file: npm run mutation learns which test reaches which code.
  const first = () => day("2026-11-27", readFileSync(input, "utf8")).text;

  it("the first run writes expected.md", async () => {
    await expect(first()).toMatchFileSnapshot(`../fixtures/${name}/expected.md`);
  });

  it("the next day's run moves each counter and changes nothing else: next-day.md", async () => {
    await expect(day("2026-11-28", first()).text).toMatchFileSnapshot(`../fixtures/${name}/next-day.md`);
  });

  it("a second run on the same day changes nothing", () => {
    const written = first();
    expect(day("2026-11-27", written).text).toBe(written);
  });
});
