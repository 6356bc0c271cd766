import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitBlocks } from "../../src/engine/blocks.js";
import { parseZones } from "../../src/engine/markdown.js";
import { findZones, type Zone } from "../../src/engine/zones.js";
import { corpus } from "../support/corpus.js";
import { readme } from "../support/readme-shapes.js";
import { runs } from "../support/runs.js";

/**
 * Code and comment regions, without the white space at their ends (where an
 * unclosed fence stops at the end of a block is not where it stops before a
 * blank line in the document, and no token can stand in white space). Link
 * destinations may differ block by block, since a reference definition can
 * stand in another block.
 */
const regions = (text: string, zones: Zone[]) =>
  zones
    .filter((zone) => zone.kind !== "literal")
    .map((zone) => {
      const slice = text.slice(zone.start, zone.end);
      const start = zone.start + (slice.length - slice.trimStart().length);
      return { kind: zone.kind, start, end: start + slice.trim().length };
    })
    .filter((zone) => zone.end > zone.start);
const blockByBlock = (text: string) => regions(text, findZones(text, parseZones, { everyBlock: true }));

/**
 * Where micromark parsing a whole document is wrong, so no oracle: an ordered
 * list not numbered 1 after indented code (see splitBlocks). The judge of what
 * GitHub shows covers these against cmark-gfm.
 */
const misreadWhole = (text: string) =>
  /^(?: {4}|\t).*\S.*\r?\n(?:[ \t]*\r?\n)+ {0,3}(?!0*1[.)])\d{1,9}[.)]/m.test(text);
const whole = (text: string) => regions(text, parseZones(text));

const blocksOf = (text: string) => splitBlocks(text).map(({ start, end }) => text.slice(start, end));

describe("splitting a document into blocks", () => {
  it("splits where a blank line is followed by an unindented line", () => {
    expect(blocksOf("# A\n\npara\ngraph\n\n- a\n\n  b\n\n> q\n")).toEqual([
      "# A\n\n",
      "para\ngraph\n\n",
      "- a\n\n  b\n\n",
      "> q\n",
    ]);
  });

  it("does not split inside a fenced code block", () => {
    expect(blocksOf("```\na\n\nb\n```\n\nc\n")).toEqual(["```\na\n\nb\n```\n\n", "c\n"]);
    expect(blocksOf("~~~~\na\n\n~~~\nb\n~~~~\n\nc\n")).toEqual(["~~~~\na\n\n~~~\nb\n~~~~\n\n", "c\n"]);
  });

  it("does not split inside a multi-line HTML block", () => {
    for (const [open, close] of [
      ["<!--", "-->"],
      ["<pre>", "</pre>"],
      ["<script>", "</script>"],
      ["<?x", "?>"],
      ["<!X", ">"],
      ["<![CDATA[", "]]>"],
    ]) {
      const text = `${open}\na\n\nb ${close}\n\nc\n`;
      expect(blocksOf(text)).toEqual([`${open}\na\n\nb ${close}\n\n`, "c\n"]);
    }
  });

  it("keeps CRLF lines and the text whole", () => {
    const text = "a\r\n\r\n```\r\nx\r\n\r\ny\r\n```\r\n\r\nb";
    expect(blocksOf(text)).toEqual(["a\r\n\r\n", "```\r\nx\r\n\r\ny\r\n```\r\n\r\n", "b"]);
  });

  it("splits as finely as it safely can", () => {
    expect(blocksOf("a\n\n")).toEqual(["a\n\n"]);
    expect(blocksOf("a\n\t\nb\n")).toEqual(["a\n\t\n", "b\n"]);
    // An indented fence whose lines keep its indentation, blank lines included, is not in doubt.
    expect(blocksOf("  ```\n  a\n\n  b\n  ```\n\nc\n")).toEqual(["  ```\n  a\n\n  b\n  ```\n\n", "c\n"]);
    // Closing fences: indented up to 3 spaces, with white space after them.
    expect(blocksOf("```\nx\n   ```\n\npara\n")).toEqual(["```\nx\n   ```\n\n", "para\n"]);
    expect(blocksOf("```\nx\n```  \n\npara\n")).toEqual(["```\nx\n```  \n\n", "para\n"]);
    // A comment closed on its own line, and fences after one another, leave nothing open.
    expect(blocksOf("<!-- a -->\n\npara\n")).toEqual(["<!-- a -->\n\n", "para\n"]);
    expect(blocksOf("```\nx\n```\n```\ny\n```\n\npara\n")).toEqual(["```\nx\n```\n```\ny\n```\n\n", "para\n"]);
    // A tag that may open an HTML block running to a blank line: the doubt ends at the blank line,
    // and a tag inside a line is no doubt at all.
    expect(blocksOf("<div>\n\n```\nx\n```\n\npara\n")).toEqual(["<div>\n\n", "```\nx\n```\n\n", "para\n"]);
    expect(blocksOf("`<b>` x\n```\ny\n```\n\npara\n")).toEqual(["`<b>` x\n```\ny\n```\n\n", "para\n"]);
  });

  it("past the last offset the caller cares about, leaves the rest as one block", () => {
    const text = "a\n\nb\n\nc\n\nd\n";
    expect(splitBlocks(text, { stopAfter: 3 }).map(({ start, end }) => text.slice(start, end))).toEqual([
      "a\n\n",
      "b\n\n",
      "c\n\nd\n",
    ]);
  });

  it("keeps the rest whole when an indented fence may belong to a list item", () => {
    const text = "- a\n\n  ```\nfoo\n  ```\n\nbar\n\nbaz\n";
    expect(blocksOf(text)).toEqual([text]);
  });
});

const word = fc.stringMatching(/^[a-z0-9 *_`<>[\]()!#-]{0,8}$/);
const indent = fc.constantFrom("", "", "", " ", "  ", "   ", "    ", "\t");
const line = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "\t") },
  {
    weight: 2,
    arbitrary: fc.tuple(indent, fc.constantFrom("```", "````", "~~~", "```js", "``` `x`")).map(([i, f]) => i + f),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        indent,
        fc.constantFrom(
          "<!--",
          "-->",
          "<pre>",
          "</pre>",
          "<script>",
          "</script>",
          "<?",
          "?>",
          "<!X",
          ">",
          "<![CDATA[",
          "]]>",
          "<div>",
          "</div>",
          "<!-- x -->",
        ),
      )
      .map(([i, h]) => i + h),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom("- ", "* ", "1. ", "> ", "> > ", "10. ", "-   "), word).map(([m, w]) => m + w),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "- ```",
      "> ```",
      "1. ~~~",
      "| a | b |",
      "| - | - |",
      "===",
      "---",
      "[x]: /u",
      "    code {{DATE}}",
      "`{{DATE}}`",
      "{{DATE}}",
    ),
  },
);
const markdown = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"))
  .map(([lines, eol]) => lines.join(eol) + eol);

describe("parsing block by block finds the same code and comments as parsing the whole document", () => {
  it("over generated markdown", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const wholeZones = whole(text);
        // Where remark cannot parse the whole document, or misreads it, there is nothing to compare with.
        fc.pre(!wholeZones.some((zone) => zone.kind === "unparsed") && !misreadWhole(text));
        expect(blockByBlock(text)).toEqual(wholeZones);
      }),
      { numRuns: runs(400) },
    );
  });

  it("over generated markdown, parsing only the blocks that hold a token or comment, side by side", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const wholeZones = whole(text);
        fc.pre(!wholeZones.some((zone) => zone.kind === "unparsed") && !misreadWhole(text));
        const candidates = splitBlocks(text).filter(({ start, end }) => /\{\{|<!--/.test(text.slice(start, end)));
        const inCandidates = wholeZones.filter((zone) =>
          candidates.some(({ start, end }) => zone.start >= start && zone.end <= end),
        );
        expect(regions(text, findZones(text, parseZones))).toEqual(inCandidates);
      }),
      { numRuns: runs(400) },
    );
  });

  it.for([
    ["an HTML block that swallows a fence's opener", "<div>\n```\n</div>\n\n```\n\nDay {{DATE}}\n```\n"],
    ["a backtick line that is not a fence, then a fence", "``` `x`\n```\n\n{{DATE}}\n"],
    ["a tilde fence whose info holds a backtick", "~~~ `x`\n\n{{DATE}}\n~~~\n"],
    ["a closing fence indented 4 spaces, which closes nothing", "```\nx\n    ```\n\n{{DATE}}\n"],
    ["a closing fence with text after it, which closes nothing", "```\n``` x\n\n{{DATE}}\n"],
    ["a fence's marks after a tag, which open nothing", "<b>```\n\n```\n\n{{DATE}}\n```\n"],
    ["<pre at a line's end, which opens an HTML block", "<pre\n\n```\n</pre>\n\n{{DATE}}\n```\n"],
    ["<pre with attributes", '<pre class="x">\n\n```\n</pre>\n\n{{DATE}}\n```\n'],
    ...["<pre>\n```\n</pre>", "<!--\n```\n-->", "<?\n```\n?>", "<![CDATA[\n```\n]]>", "<!X\n```\n>"].map((html) => [
      `an HTML opener inside a line, ${html.split("\n")[0]}, which opens nothing`,
      `\`x\`${html}\n\n{{DATE}}\n`,
    ]),
    ...["<?>\n\n```\n?>", "<!-->\n\n```\n-->", "<!--->\n\n```\n-->"].map((html) => [
      `${html.split("\n")[0]}, which opens and closes on one line`,
      `${html}\n\n{{DATE}}\n\`\`\`\n`,
    ]),
  ])("where a wrong split would move a token in or out of code: %s", ([, text]) => {
    expect(blockByBlock(text as string)).toEqual(whole(text as string));
  });

  it("over generated READMEs: awesome lists, long tables, HTML profile pages, code-heavy guides, LF and CRLF", () => {
    fc.assert(
      fc.property(readme, (text) => {
        expect(splitBlocks(text).length).toBeGreaterThan(1);
        expect(blockByBlock(text)).toEqual(whole(text));
      }),
      { numRuns: runs(80) },
    );
  });

  it.skipIf(corpus.length === 0).for(corpus)("in the real README %s", ([, text]) => {
    expect(splitBlocks(text).length).toBeGreaterThan(1);
    expect(blockByBlock(text)).toEqual(whole(text));
  });
});

describe("a block that holds a hostile structure does not take its neighbours with it", () => {
  it("the paragraph after a list nested 250 levels deep is a block of its own", () => {
    const list = Array.from({ length: 250 }, (_, level) => `${"  ".repeat(level)}- level ${level} {{DATE}}`).join("\n");
    const text = `${list}\n\nDay {{DATE}}\n`;
    expect(blocksOf(text).at(-1)).toBe("Day {{DATE}}\n");
  });

  it("the list after indented code is parsed on its own, where micromark reads it as cmark-gfm does", () => {
    const text = "para\n\n    code\n\n4. item\n   ```\n   x {{DATE}}\n   ```\n";
    expect(blocksOf(text)).toEqual(["para\n\n    code\n\n", "4. item\n   ```\n   x {{DATE}}\n   ```\n"]);
    const fence = text.indexOf("```");
    expect(findZones(text, parseZones)).toContainEqual({ start: fence, end: text.length - 1, kind: "code" });
  });
});
