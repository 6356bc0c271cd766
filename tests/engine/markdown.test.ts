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
  it.each([
    ["after a blank line", "para\n\n    ¤\n\n4. item §\n\n    x §\n"],
    ["with no blank line between", "    ¤\n4. item §\n\n    x §\n"],
    ["in a block quote", "> para\n>\n>     ¤\n>\n> 4. item §\n>\n>     x §\n"],
    ["in a list item", "- a\n\n      ¤\n\n  4. item §\n\n      x §\n"],
    ["numbered with two digits", "    ¤\n\n10. item §\n\n    x §\n"],
    ["numbered with four digits", "    ¤\n\n1000. item §\n\n      x §\n"],
    ["numbered 01, with a parenthesis", "    ¤\n\n01) item §\n\n    x §\n"],
    ["numbered 1, which micromark reads right", "    ¤\n\n1. item §\n\n    x §\n"],
    ["after fenced code, which micromark reads right", "```\n¤\n```\n\n4. item §\n\n    x §\n"],
    ["an empty item, which the next blank line ends", "    ¤\n\n4.\n\n    ¤\n"],
  ])("%s: the item's text shows its value, its indented line too", (_, template) => {
    expect(expectRendering(template).problems).toEqual([]);
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
    ["a <pre> block", "<pre>\n¤\n</pre>\n\n§ y"],
    ["an HTML block's text, and <code> in it", "<div>\nx § and <code>¤</code>\n</div>"],
    ["a tag's attribute, after a quoted >", 'x <a title="y > ¤">z</a> §'],
    ["a tag's attribute, after a single-quoted >", "x <img alt='>' src=\"¤\"> §"],
    ["an inline comment", "x <!-- ¤ --> §"],
    ["an inline comment, then another", "x <!-- ¤ --> § <!-- ¤ --> §"],
    ["no comment to GitHub: it holds --", "x <!-- a -- § --> y"],
    ["no comment to GitHub: it starts with >", "x <!--> § --> y"],
    ["no comment to GitHub: it starts with ->", "x <!---> § --> y"],
    ["no comment to GitHub: it never closes", "x <!-- §\n"],
    ["a processing instruction, which the browser ends at its first >", "x <?a ¤ > § ?> y"],
    ["a CDATA section, which the browser ends at its first >", "x <![CDATA[ ¤ > § ]]> y"],
    ["a declaration", "x <!X ¤> §"],
    ["a comment that starts an HTML block", "<!-- ¤ -->\n\nx §"],
    ["a comment in an HTML block", "<div>\n§ <!-- ¤ --> §\n</div>"],
  ])("%s", (_, template) => {
    expectRendering(template);
  });

  it("a marker at a line's start, after spaces, is moved into a span: alone, it would open an HTML block", () => {
    const output = render("  <!--{{DATE}}-->old<!--/--> and *more*\n", today, { keepTokens: true, parse: parseZones });
    expect(output.text).toBe("  <span><!--{{DATE}}-->2026-11-27<!--/--></span> and *more*\n");
  });

  it("a marker inside an HTML block's line stays where it is", () => {
    const text = "<div>\nx <!--{{DATE}}-->old<!--/--> y\n</div>\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "<div>\nx <!--{{DATE}}-->2026-11-27<!--/--> y\n</div>\n",
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
    ["an image's description and address", "![alt ¤](x/¤.png) §"],
  ])("%s", (_, template) => {
    expectRendering(template);
  });
});
