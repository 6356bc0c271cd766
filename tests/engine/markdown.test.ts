import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { expectRendering, today } from "../support/named-tokens.js";

/**
 * What counts as code, a tag or a comment, read by remark (markdown.ts) where
 * it could part from cmark-gfm: lists after indented code, which micromark
 * misreads, and the raw HTML of paragraphs and HTML blocks. See
 * expectRendering for what § and ¤ stand for.
 */
describe("an ordered list right after indented code is a list, as on GitHub, though micromark reads a paragraph", () => {
  // Blocks split at blank lines are parsed alone, where micromark reads the list right; within one
  // block (no blank line between, or inside a quote or a list item) the text is parsed again.
  it.each([
    ["after a blank line", "para\n\n    ¤\n\n4. item §\n\n    x §\n"],
    ["with no blank line between", "    ¤\n4. item §\n\n    x §\n"],
    ["in a block quote", "> para\n>\n>     ¤\n>\n> 4. item §\n>\n>     x §\n"],
    ["in a list item", "- a\n\n      ¤\n\n  4. item §\n\n      x §\n"],
    ["numbered with two digits", "    ¤\n10. item `¤` §\n\n    x §\n"],
    ["numbered with four digits", "    ¤\n1000. item [a §](https://x.org) `¤` §\n\n      x §\n"],
    ["numbered 01, with a parenthesis", "    ¤\n01) item `¤` §\n\n    x §\n"],
    ["indented three spaces, numbered with two digits", "    ¤\n   12. item `¤` §\n\n       x §\n"],
    [
      "in a block quote, indented three spaces, numbered with two digits",
      ">     ¤\n>    12. item §\n>\n>        x §\n",
    ],
    ["numbered with four digits, after two spaces", "    ¤\n  1234. item §\n\n        x §\n"],
    ["with two spaces after its number", "    ¤\n4.  item `¤` §\n\n    x §\n"],
    ["numbered 1, which micromark reads right", "    ¤\n1. item §\n\n    x §\n"],
    ["after fenced code, which micromark reads right", "```\n¤\n```\n4. item §\n\n    x §\n"],
    ["after fenced code, an empty item", "```\n¤\n```\n-\n  item §\n"],
    ["with four spaces after a number of two digits", "    ¤\n10.    item §\n\n       x §\n"],
  ])("%s: the item's text shows its value, its indented line too", (_, template) => {
    expect(expectRendering(template).problems).toEqual([]);
  });

  // Where 1 cannot stand in the number's columns with the content where it was, the list is read as micromark
  // reads it, a paragraph: its first line is prose either way, and only its later lines may be misread.
  it.each([
    ["four digits after two spaces, then two spaces", "    ¤\n  1234.  item § `¤`\n"],
    // The tab reaches the same column either way, and with the padding before it would make five.
    ["four digits after a space, then a tab", "    ¤\n 1234.\titem § `¤`\n"],
  ])("%s: the item's first line shows its value", (_, template) => {
    expect(expectRendering(template).problems).toEqual([]);
  });

  it.each(["2.", "1.", "-", "*"])(
    "an empty item %s right after indented code leaves that block alone, and the warning says why: its content may be code",
    (marker) => {
      // The code line is longer than the item's first line looks ahead: the two are told apart.
      const text = `    let code = "code";\n${marker}\n        x {{DATE}}\n`;
      const output = render(text, today, { keepTokens: true, parse: parseZones });
      expect(output.text).toBe(text);
      expect(output.problems.map(({ message }) => message)).toEqual([
        "the block holding this has a list item with nothing on its first line right after indented code, which the parser misreads, so it is left as it is (a blank line before the token's paragraph keeps it apart)",
      ]);
    },
  );

  it("a paragraph after indented code that only mentions a number is a paragraph", () => {
    expect(expectRendering("    ¤\nStep 4. It takes § days `¤`\n").problems).toEqual([]);
  });

  it("nine such lists, each in a block of its own, are each read right", () => {
    // Each list's indented line is text to GitHub and code to micromark; the paragraph after ends the list.
    const lists = Array.from({ length: 9 }, (_, index) => `    ¤\n\n${index + 2}. item\n\n    x §\n\npara §\n`);
    expect(expectRendering(lists.join("\n")).problems).toEqual([]);
  });

  it("eight in one block quote are each read right", () => {
    const lists = Array.from(
      { length: 8 },
      (_, index) => `>     ¤\n>\n> ${index + 2}. item\n>\n>     x §\n>\n> para §\n`,
    );
    expect(expectRendering(lists.join(">\n")).problems).toEqual([]);
  });

  it("past eight in one block quote, the quote is left alone, and the warning says why", () => {
    const lists = Array.from(
      { length: 9 },
      (_, index) => `>     x\n>\n> ${index + 2}. item\n>\n>     x {{DATE}}\n>\n> para\n`,
    );
    const quote = lists.join(">\n");
    const output = render(`${quote}\nAfter {{DATE}} \`x\`\n`, today, { keepTokens: true, parse: parseZones });
    expect(output.text).toBe(`${quote}\nAfter <!--{{DATE}}-->2026-11-27<!--/--> \`x\`\n`);
    expect(output.problems.map(({ message, line }) => [line, message])).toEqual(
      Array.from({ length: 9 }, (_, index) => [
        index * 8 + 5,
        "the block holding this has more than 8 numbered lists right after indented code, which the parser misreads, so it is left as it is (a blank line before the token's paragraph keeps it apart)",
      ]),
    );
  });
});

describe("raw HTML: code inside <code> and <pre>, tags, comments", () => {
  it.each([
    ["inline <code>", "x <code>a ¤</code> §"],
    ["a <code> inside another, closed before the token", "x <code>a <code>b</code> ¤</code> §"],
    ["a </code> that closes nothing", "x </code> § <code>"],
    ["a <code> left open, to the end of its paragraph", "x <code>a ¤ `b` ¤"],
    ["a <pre> block", "<pre>\n¤\n</pre>\n\n§ y"],
    ["an HTML block's text, and <code> in it", "<div>\nx § and <code>¤</code>\n</div>"],
    ["a tag's attribute, after a quoted >", 'x <a title="y > ¤">z</a> §'],
    ["a tag's attribute, after a single-quoted >", "x <img alt='>' src=\"¤\"> §"],
    ["an inline comment", "x <!-- ¤ --> §"],
    ["an inline comment, then another", "x <!-- ¤ --> § <!-- ¤ --> §"],
    ["no comment to GitHub: it holds --", "x <!-- § -- § --> y"],
    ["a comment block that holds --, which is a comment to GitHub", "<!-- a -- ¤ -->\n\nx §"],
    ["a heading's <code>", "# x <code>a ¤</code> §"],
    ["a table cell's <code>", "| a | b |\n| - | - |\n| x <code>¤</code> § | y |"],
    ["a < that starts no tag in an HTML block, before a tag", "<div>\na < § <b>x</b>\n</div>"],
    ["no comment to GitHub: it starts with >", "x <!--> § --> y"],
    ["no comment to GitHub: it starts with ->", "x <!---> § --> y"],
    ["no comment to GitHub: it never closes", "x <!-- §\n"],
    ["a processing instruction, which the browser ends at its first >", "x <?a ¤ > § ?> y"],
    ["a CDATA section, which the browser ends at its first >", "x <![CDATA[ ¤ > § ]]> y"],
    ["a declaration", "x <!X ¤> §"],
    ["a declaration right after a tag", "x <b><!X ¤> §</b>"],
    ["a processing instruction right after a tag", "x <b><?a ¤ > § ?></b>"],
    ["a comment that starts an HTML block", "<!-- ¤ -->\n\nx §"],
    ["a comment in an HTML block", "<div>\n§ <!-- ¤ --> §\n</div>"],
  ])("%s", (_, template) => {
    expectRendering(template);
  });

  it.each(["", " ", "   "])(
    "a marker at a line's start, after %j, is moved into a span: alone, it would open an HTML block",
    (indent) => {
      const output = render(`${indent}<!--{{DATE}}-->old<!--/--> and \`x\`\n`, today, {
        keepTokens: true,
        parse: parseZones,
      });
      expect(output.text).toBe(`${indent}<span><!--{{DATE}}-->2026-11-27<!--/--></span> and \`x\`\n`);
    },
  );

  it("a marker inside an HTML block's line stays where it is", () => {
    const text = "<div>\nx <!--{{DATE}}-->old<!--/--> y\n</div>\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "<div>\nx <!--{{DATE}}-->2026-11-27<!--/--> y\n</div>\n",
    );
  });

  it("a token that starts a line of an HTML block left open is in raw HTML already: its marker needs no span", () => {
    expect(render("<div>\n{{DATE}} tail\n", today, { keepTokens: true, parse: parseZones }).text).toBe(
      "<div>\n<!--{{DATE}}-->2026-11-27<!--/--> tail\n",
    );
  });

  it("an autolink right inside <code> is code: its token is kept with no warning", () => {
    expect(expectRendering("x <code><https://x.org/¤></code> § `y`").problems).toEqual([]);
  });

  it("a token that starts the line after an HTML block ending above it gets its marker in a span, as any other", () => {
    // The comment's block ends with its line; the paragraph's tag further on is no part of it.
    const text = "<!-- a --> tail\n{{DATE}} y <b>z</b>\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "<!-- a --> tail\n<span><!--{{DATE}}-->2026-11-27<!--/--></span> y <b>z</b>\n",
    );
  });

  it("a marker on a paragraph's indented line is inline HTML there, so it is written with no span", () => {
    const text = "Intro `x`\n    <!--{{DATE}}-->old<!--/-->\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "Intro `x`\n    <!--{{DATE}}-->2026-11-27<!--/-->\n",
    );
  });
});

describe("links and images", () => {
  it.each([
    ["a link's text and its address and title", '[a § b](https://x.org/¤ "¤") §'],
    ["a link with no text", "[](https://x.org/¤) §"],
    ["an autolink", "<https://x.org/¤> §"],
    ["a bare web address", "see https://x.org/¤ now §"],
    ["a reference link and its definition", "[a §][r] §\n\n[r]: https://x.org/¤"],
    ["code in a link's text", "[`¤` §](https://x.org) §"],
    ["an image reference's description, defined in a block of no token", "![alt ¤][i] §\n\nText.\n\n[i]: x.png"],
    ["an image reference's description, its label in other letters", "Intro ![alt ¤][Logo] §\n\n[logo]: x.png"],
    ["an image reference's label in other spacing", "Intro ![alt ¤][A  b] §\n\n[a b]: x.png"],
    [
      "two image references, defined together in a block of no token",
      "Intro ![a ¤][a] and ![b ¤][b] §\n\nText.\n\n[a]: a.png\n[b]: b.png",
    ],
    ["an image reference's label with an escaped bracket", "Intro ![alt ¤][a\\]b] §\n\n[a\\]b]: x.png"],
    [
      "an image reference whose definition is in fenced code, which is text",
      "Intro ![alt §][a] §\n\n```\n[a]: x.png\n```\n",
    ],
    [
      "an image reference whose definition continues a paragraph, which is text",
      "Intro ![alt §][a] §\n\nSome text\n[a]: x.png\n",
    ],
    [
      "an image reference whose definition is in an HTML block, which is text",
      "Intro ![alt §][a] §\n\n<div>\n[a]: x.png\n</div>\n",
    ],
    ["an image reference to no definition, which is text", "Intro ![alt §][nowhere] §\n\n[elsewhere]: x.png"],
    ["an image's description and address", "![alt ¤](x/¤.png) §"],
  ])("%s", (_, template) => {
    expectRendering(template);
  });

  it("a reference link's label is no text: a token there stays, so the link still finds its definition", () => {
    const text = "[see][{{DATE}}] and {{DATE}} `x`\n\n[{{DATE}}]: https://x.org\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "[see][{{DATE}}] and <!--{{DATE}}-->2026-11-27<!--/--> `x`\n\n[{{DATE}}]: https://x.org\n",
    );
  });
});
