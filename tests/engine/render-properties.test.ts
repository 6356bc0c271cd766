import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { contextOn } from "../support/dates.js";
import { runs } from "../support/runs.js";

const today = contextOn("2026-11-27");
const tomorrow = contextOn("2026-11-28");
const keep = { keepTokens: true, parse: parseZones };

const token = fc.constantFrom(
  "{{DATE}}",
  "{{DATE_PRETTY}}",
  "{{ DATE }}",
  "{{DAY_SINCE_2025_08_18}}",
  "{{WEEKS_SINCE_REPO_START}}",
  "{{DURATION_SINCE_2024_02_29}}",
  "{{DATE:dd LLL yyyy}}",
  "{{NOT_A_TOKEN}}",
);
const word = fc.stringMatching(/^[a-zA-Z0-9äöüß漢字é \t*_#>+.\-|!()[\]]{0,10}$/);
const eol = fc.constantFrom("\n", "\r\n");
const inline = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 3, arbitrary: token },
  { weight: 1, arbitrary: fc.constantFrom("{{ site.title }}", "{{name}}", "{{Date}}", "\\{{DATE}}") },
  { weight: 1, arbitrary: token.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: token.map((t) => `[at ${t}](https://x.org/${t} "${t}")`) },
  { weight: 1, arbitrary: token.map((t) => `![${t}](https://x.org/${t}.svg)`) },
  { weight: 1, arbitrary: token.map((t) => `<https://x.org/${t}>`) },
  { weight: 1, arbitrary: token.map((t) => `<span title="${t}">${t}</span>`) },
  { weight: 1, arbitrary: token.map((t) => `<code>${t}</code>`) },
  { weight: 1, arbitrary: token.map((t) => `**${t}**`) },
);
const line = fc.array(inline, { maxLength: 6 }).map((parts) => parts.join(" "));
const block = fc.oneof(
  { weight: 5, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => (n: string) => lines.join(n)) },
  {
    weight: 1,
    arbitrary: fc.array(line, { maxLength: 3 }).map((lines) => (n: string) => ["```", ...lines, "```"].join(n)),
  },
  { weight: 1, arbitrary: line.map((text) => (n: string) => `    ${text}${n}    {{DATE}}`) },
  { weight: 1, arbitrary: line.map((text) => (n: string) => `- ${text}${n}- {{DATE}} ${text}`) },
  { weight: 1, arbitrary: line.map((text) => () => `> ${text}`) },
  // Indented code may start after a quote's or list item's mark: a tab, or more than four columns of space.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(">", "-", "1.", "> -", "- >"), fc.constantFrom(" ", "\t", "\t  ", "\t\t", "     "), line)
      .map(
        ([mark, gap, text]) =>
          () =>
            `${mark}${gap}${text}`,
      ),
  },
  { weight: 1, arbitrary: line.map((text) => (n: string) => `| a | b |${n}| - | - |${n}| ${text} | x |`) },
  { weight: 1, arbitrary: line.map((text) => (n: string) => `<div>${n}${text}${n}</div>`) },
);
const markdown = fc
  .tuple(fc.array(block, { maxLength: 8 }), eol, fc.boolean())
  .map(([blocks, n, bom]) => (bom ? "\uFEFF" : "") + blocks.map((make) => make(n)).join(n + n) + n);

const MARKER = /<span><!--(\{\{[^{}\n]*\}\})-->[^<\n]*<!--\/--><\/span>|<!--(\{\{[^{}\n]*\}\})-->[^<\n]*<!--\/-->/g;
const unmark = (text: string) => text.replace(MARKER, (_, spanned, plain) => spanned ?? plain);
const codeTexts = (text: string) =>
  parseZones(text.replace(/^\uFEFF/, ""))
    .filter((zone) => zone.kind === "code")
    .map((zone) => text.replace(/^\uFEFF/, "").slice(zone.start, zone.end));

describe("over generated markdown", () => {
  it("bytes outside token spans never change", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(unmark(render(text, today, keep).text)).toBe(text);
      }),
    );
  });

  it("code never changes", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(codeTexts(render(text, today, keep).text)).toEqual(codeTexts(text));
      }),
      // Counterexamples it found once: indented code inside a block quote.
      { examples: [[">\t  {{DATE}}\n"], [">     {{DATE}}\n"]] },
    );
  });

  it("a second run on the same day changes nothing", () => {
    fc.assert(
      fc.property(markdown, fc.boolean(), (text, keepTokens) => {
        const once = render(text, today, { keepTokens, parse: parseZones }).text;
        expect(render(once, today, { keepTokens, parse: parseZones }).text).toBe(once);
      }),
    );
  });

  it("markers round-trip: another day and back gives the same text", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const once = render(text, today, keep).text;
        const next = render(once, tomorrow, keep).text;
        expect(unmark(next)).toBe(text);
        expect(render(next, today, keep).text).toBe(once);
      }),
    );
  });
});

describe("over adversarial text", () => {
  const piece = fc.constantFrom(
    "{{",
    "{{{{",
    "{{A",
    "{{A:",
    "{{a:",
    "{{date}}",
    "{{ ",
    " ",
    "  }",
    "}",
    ":",
    "A_1",
    "-08",
    "\\",
    "<!--",
    "<!--{{A}}-->",
    "-->",
    "<!--/-->",
  );
  // The text is one block, which remark can take minutes over (repeated `<!--`); the action parses such a
  // block in a worker with a deadline. Here it is taken as prose, so that this test is about the scanner alone.
  const asProse = { keepTokens: true, parse: parseZones };

  // A scanner that backtracked or searched ahead from every brace would take minutes on a megabyte
  // of these; the test's time-out is the guard, and the assertion checks what was done.
  it("the token scanner stays linear on a megabyte of braces, colons and comment marks", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const unit = pieces.join("");
        const text = unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20);
        // Compared as booleans: a failing toBe on two megabytes would spend minutes on the diff.
        expect(unmark(render(text, today, asProse).text) === unmark(text)).toBe(true);
      }),
      { numRuns: runs(8) },
    );
  }, 120_000);
});
