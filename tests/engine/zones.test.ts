import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { needsParser } from "../../src/engine/zones.js";
import { expectRendering, today } from "../support/named-tokens.js";

/**
 * Which blocks are parsed (zones.ts): a block with no backtick, tilde, `<`,
 * `[`, indented line or web address is all prose and is not; nor is what the
 * engine finds by itself, template blocks and markers. What remains beside
 * them must still be parsed. See expectRendering for what § and ¤ stand for.
 */
describe("code beside a template block or a marker is still code", () => {
  it.each([
    ["after a template block, before a comment", "Intro <!--counters ¤ -->old<!--/counters--> and `¤` <!-- c --> §"],
    [
      "between two template blocks",
      "Intro <!--counters ¤ -->a<!--/counters--> `¤` <!--counters ¤ -->b<!--/counters--> §",
    ],
    [
      "after a template block with no end mark, before another template block",
      "Intro <!--counters ¤ -->old `¤` <!--counters ¤ -->old<!--/counters-->",
    ],
    ["between two markers", "Intro <!--{{DATE}}-->x<!--/--> `¤` <!--{{DATE}}-->y<!--/--> §"],
    [
      "between two markers in spans",
      "Intro <span><!--{{DATE}}-->x<!--/--></span> `¤` <span><!--{{DATE}}-->y<!--/--></span>",
    ],
    ["after a marker, on the next line", "Intro <!--{{DATE}}-->x<!--/-->\n`¤` §"],
  ])("%s", (_, template) => {
    expect(expectRendering(template).problems).toEqual([]);
  });

  it("a comment that only starts like a template block is a comment, and its token stays", () => {
    expectRendering("Intro <!--countersfoo ¤ --> §");
  });
});

describe("a template's rendering, whose values are plain, keeps tokens only in code and comments", () => {
  it("its link's address gets the value, its code keeps the token", () => {
    const text =
      "<!--counters\nDay {{DATE}}, see [the log](https://x.org/{{DATE}}) and `{{DATE}}`\n-->\n<!--/counters-->\n";
    expect(render(text, today, { keepTokens: true, parse: parseZones }).text).toBe(
      "<!--counters\nDay {{DATE}}, see [the log](https://x.org/{{DATE}}) and `{{DATE}}`\n-->\n" +
        "Day 2026-11-27, see [the log](https://x.org/2026-11-27) and `{{DATE}}`\n<!--/counters-->\n",
    );
  });
});

describe("the markdown parser loads only where a block could hold code, a link or HTML beside a token", () => {
  it.each([
    ["prose", "# Diary\n\nDay {{DATE}} of the diary, {{DATE}}.\n", false],
    [
      "prose with markers and a template block",
      "Day <!--{{DATE}}-->x<!--/-->\n\n<!--counters {{DATE}} -->x<!--/counters-->\n",
      false,
    ],
    ["code beside a token", "Day {{DATE}} and `x`\n", true],
    ["a link beside a token", "Day {{DATE}}, [log](https://x.org)\n", true],
    ["a bare web address beside a token", "Day {{DATE}}, https://x.org\n", true],
    ["a comment beside a token", "Day {{DATE}} <!-- x -->\n", true],
    ["indented code in a list item beside a token", "- {{DATE}}\n\n      x\n", true],
    ["code far from any token", "`x`\n\nDay {{DATE}}\n", false],
    ["code in a template", "<!--counters `{{DATE}}` -->x<!--/counters-->\n", true],
    [
      "a link in a template, whose values are plain",
      "<!--counters [log](https://x.org/{{DATE}}) -->x<!--/counters-->\n",
      false,
    ],
    [
      "indented code in a list item in a template",
      "<!--counters\n- a\n\n      {{DATE}}\n-->\n<!--/counters-->\n",
      true,
    ],
  ])("%s", (_, text, needed) => {
    expect(needsParser(text)).toBe(needed);
    // Without the parser, rendering works wherever needsParser says it is not needed.
    if (!needed) expect(render(text, today, { keepTokens: true, parse: undefined }).problems).toEqual([]);
  });

  it("where values are plain, a link or a web address needs no parse: only code and comments keep tokens", () => {
    expect(needsParser("Day {{DATE}}, [log](https://x.org/{{DATE}}) https://x.org\n", { plainValues: true })).toBe(
      false,
    );
    expect(needsParser("Day {{DATE}} and `x`\n", { plainValues: true })).toBe(true);
  });
});
