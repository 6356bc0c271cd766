import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { corpus } from "../support/corpus.js";
import { placesOf, renderer, renderHtml, whatReadersSee } from "../support/github-renderer.js";
import { nthToken, today } from "../support/named-tokens.js";
import { runs } from "../support/runs.js";

/**
 * The judge of what a reader sees on github.com: GitHub's own renderer.
 *
 * Each token in a document gets a name of its own, so cmark-gfm tells where
 * it stands, independently of the parser the engine uses: in text (it must
 * show its value), in code (it must stay as written), in an attribute such
 * as a link's address (it must stay, with a warning), or in a comment. The
 * engine's output must then look on github.com exactly as the document would
 * with each shown token replaced by its plain value.
 */

type Slot = ReturnType<typeof nthToken>;

// Where a token can stand (§), as READMEs put them. A token is never glued to
// an emphasis delimiter on the outer side, nor followed by `.` or `)` at a
// line start (see the named cases at the end).
const SHOWN = [
  "§ x",
  "x §",
  "x § y",
  "x\n§ y",
  "a  \n§ y",
  "- § x",
  "1. § x",
  "- a\n  - § x",
  "- [ ] § x",
  "* a\n\n  § x",
  "> § x",
  "> > § x",
  "> a\n> § x",
  "| a | b |\n| - | - |\n| § | x |",
  "§ | b\n--- | ---\nc | d",
  "| a |\n| - |\n| x § |",
  "*§* x",
  "**§** x",
  "x _§_ y",
  "~~§~~ x",
  "***§*** x",
  "# §",
  "## x §",
  "§ x\n===",
  "<div>\n§ x\n</div>",
  '<p align="center">§</p>',
  "<details>\n<summary>§</summary>\n\nx § y\n\n</details>",
  "[§ x](https://x.org)",
  "[x §][r]\n\n[r]: https://x.org",
  "<script>\n§\n</script>",
  "<style>§</style>",
  "x <textarea>§</textarea> y",
  "x <!-- a -- § --> y",
  "x <?php $a->b § ?> y",
  "a < § > b",
];
const CODE = [
  "`§` x",
  "```\n§\n```",
  "    §",
  "<code>§</code> x",
  "<pre>\n§\n</pre>",
  "- a\n\n      §",
  // Indented code inside a container: a tab after its mark reaches the next multiple of four columns.
  ">\t\tfoo §",
  "-\t\tfoo §",
  ">\t  §",
  ">     §",
  "1.     §",
  "> -\t\t§",
];
const LITERAL = [
  "[x](https://x.org/§)",
  '[x](https://x.org "§")',
  "![§](x.png)",
  "![x](x/§.png)",
  "<https://x.org/§>",
  "see https://x.org/§ now",
  '<img alt="§" src="x.png">',
  "[r]: https://x.org/§\n\n[x][r]",
];
const HIDDEN = ["<!-- § -->", "x <!-- § --> y"];

const block = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...SHOWN), fc.constantFrom("bare", "spaced", "marker")) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...CODE), fc.constantFrom("bare", "marker")) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LITERAL), fc.constant("bare")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HIDDEN), fc.constant("bare")) },
);
const documents = fc.tuple(fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([blocks, crlf]) => {
  const slots: Slot[] = [];
  const text = blocks
    .map(([template, style]) =>
      template.replace("§", () => {
        const slot = nthToken(slots.length, style as Slot["style"]);
        slots.push(slot);
        return slot.text;
      }),
    )
    .join("\n\n");
  return { text: `${crlf ? text.replaceAll("\n", "\r\n") : text}\n`, slots };
});

/** What the judge found, over every token it saw. */
const tally = { documents: 0, rendered: 0, leftAlone: new Map<string, number>(), code: 0, hidden: 0, failed: 0 };

/**
 * Judges one document: renders it, classifies each token with cmark-gfm, and
 * compares what readers see. Returns nothing; fails the test on a difference.
 */
function judge(text: string, slots: readonly Slot[]): void {
  tally.documents++;
  const output = render(text, today, { keepTokens: true, parse: parseZones });
  const before = renderHtml(text);
  let intended = text;
  const leftAlone: Slot[] = [];
  const notShown: Slot[] = [];
  for (const slot of slots) {
    const places = placesOf(before, slot.name);
    const where = places.find((found) => found.place === "attribute");
    if (where) {
      leftAlone.push(slot);
      const kind = where.attribute ?? "a tag";
      tally.leftAlone.set(kind, (tally.leftAlone.get(kind) ?? 0) + 1);
    } else if (places.some((found) => found.place === "code")) {
      tally.code++;
    } else if (places.some((found) => found.place === "text") || (slot.style === "marker" && places.length > 0)) {
      intended = intended.replace(slot.text, slot.value);
      tally.rendered++;
    } else {
      // In a comment, or where GitHub shows nothing at all (a fence's info string, an unused definition).
      tally.hidden++;
      notShown.push(slot);
      expect(output.text).toContain(slot.text);
    }
  }
  const seen = whatReadersSee(renderHtml(output.text));
  const meant = whatReadersSee(renderHtml(intended));
  if (seen !== meant) tally.failed++;
  expect(seen, text).toBe(meant);
  // Every token where no comment can stand is left alone with a warning; no other token gets one,
  // but one that GitHub does not show at all may (an unused reference definition's address).
  const warned = output.problems.map((problem) => problem.text);
  for (const slot of leftAlone) expect(warned, text).toContain(slot.written);
  for (const problem of output.problems) {
    expect(problem.message).toMatch(/write a template block instead/);
    expect(notShown.map((slot) => slot.written).concat(leftAlone.map((slot) => slot.written))).toContain(problem.text);
  }
}

describe.skipIf(!renderer)("what GitHub shows, judged by cmark-gfm", () => {
  afterAll(() => {
    if (tally.documents === 0) return;
    const where = [...tally.leftAlone].map(([kind, count]) => `${kind} ${count}`).join(", ");
    console.info(
      `Judge: ${tally.documents} documents; tokens rendered ${tally.rendered}, left alone with a warning ${[...tally.leftAlone.values()].reduce((a, b) => a + b, 0)} (${where}), kept in code ${tally.code}, not shown by GitHub at all ${tally.hidden}, failed ${tally.failed}`,
    );
  });

  it("over generated documents, every token shows its value where GitHub shows text, and nothing else changes", () => {
    fc.assert(
      fc.property(documents, ({ text, slots }) => judge(text, slots)),
      { numRuns: runs(150) },
    );
  });

  it.skipIf(corpus.length === 0).for(corpus)("in the real README %s, with tokens at seeded places", ([, readme]) => {
    // A token at the start, in the middle and at the end of lines spread through the README.
    const lines = readme.split("\n");
    const slots: Slot[] = [];
    const step = Math.max(1, Math.floor(lines.length / 40));
    for (let line = 0; line < lines.length; line += step) {
      const text = (lines[line] ?? "").replace(/\r$/, "");
      const eol = lines[line]?.endsWith("\r") ? "\r" : "";
      const space = text.indexOf(" ", text.length >> 1);
      const slot = nthToken(slots.length, "bare");
      slots.push(slot);
      const at = [0, space === -1 ? text.length : space + 1, text.length][slots.length % 3] ?? 0;
      lines[line] = `${text.slice(0, at)}${at === 0 ? "" : " "}${slot.text} ${text.slice(at)}${eol}`;
    }
    judge(lines.join("\n"), slots);
  });

  // GFM's spec examples 6 and 7, a list item whose content starts five columns after its marker, and the
  // counterexamples the property "code never changes" found: indented code inside a quote or list item.
  it.each([">\t\tfoo§\n", "-\t\tfoo§\n", "1.     §\n", "-      foo §\n", ">\t  §\n", ">     §\n"])(
    "%j is indented code to GitHub, and its token is kept",
    (template) => {
      const slot = nthToken(0, "bare");
      const text = template.replace("§", slot.text);
      expect(placesOf(renderHtml(text), slot.name)).toEqual([{ place: "code" }]);
      expect(render(text, today, { keepTokens: true, parse: parseZones })).toMatchObject({ text, problems: [] });
      judge(text, [slot]);
    },
  );

  // Where a marker cannot look like the value: its comments end in `>`, which is
  // punctuation to markdown, so an emphasis delimiter glued between it and a
  // letter no longer opens or closes. The README's "Where tokens are replaced" says so.
  it.each([
    ["*§*th", "closing *"],
    ["x**§**", "opening ** after a letter"],
  ])(
    "a token glued to an emphasis delimiter and a letter, %s, loses the emphasis (%s): no marker can avoid it",
    (template) => {
      const slot = nthToken(0, "bare");
      const output = render(template.replace("§", slot.text), today, { keepTokens: true, parse: parseZones }).text;
      const seen = whatReadersSee(renderHtml(output));
      expect(seen).not.toBe(whatReadersSee(renderHtml(template.replace("§", slot.value))));
      expect(seen).not.toMatch(/<em>|<strong>/);
    },
  );

  // Where the marker keeps what the author wrote: a count typed in at a line's start before
  // `.` or `)` would make the line an ordered list item numbered by the count.
  it.each(["§. day of the diary", "§) day of the diary"])(
    "a count that begins a line before %s stays the sentence it was written as, not a list item",
    (template) => {
      const slot = nthToken(0, "bare");
      const document = (text: string) => `Intro\n\n${template.replace("§", text)}\n`;
      const output = render(document(slot.text), today, { keepTokens: true, parse: parseZones }).text;
      const sentence = `<p>${template.replace("§", slot.value)}</p>`;
      expect(whatReadersSee(renderHtml(output))).toBe(`<p>Intro</p>\n${sentence}\n`);
      expect(whatReadersSee(renderHtml(document(slot.value)))).toContain(`<ol start="${slot.value}">`);
    },
  );
});
