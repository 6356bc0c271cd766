import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { findZones, needsParser } from "../../src/engine/zones.js";
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
      "a block past the limits only, which is left alone unparsed",
      `Day {{DATE}} \`x\` ${"a".repeat(33 * 1024)}\n`,
      false,
    ],
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
    if (!needed) expect(() => render(text, today, { keepTokens: true, parse: undefined })).not.toThrow();
  });

  it("asked without the parser for text that needs it, it says so rather than read code as prose", () => {
    expect(() => findZones("Day {{DATE}} and `x`\n", undefined)).toThrow(
      "findZones needs the markdown parser here: ask needsParser first",
    );
  });

  it("where values are plain, a link or a web address needs no parse: only code and comments keep tokens", () => {
    expect(needsParser("Day {{DATE}}, [log](https://x.org/{{DATE}}) https://x.org\n", { plainValues: true })).toBe(
      false,
    );
    expect(needsParser("Day {{DATE}} and `x`\n", { plainValues: true })).toBe(true);
  });
});

/**
 * What the parser is given, which is what a run's time grows with (npm run
 * bench): only the blocks that hold a token or a comment beside something
 * that may be code, a link or HTML, side by side in calls of up to 8 KiB.
 */
describe("the parser is given only the blocks that need it, side by side", () => {
  const given = (markdown: string, options?: Parameters<typeof findZones>[2]) => {
    const texts: string[] = [];
    findZones(
      markdown,
      (text) => {
        texts.push(text);
        return parseZones(text);
      },
      options,
    );
    return texts;
  };
  const codeBeside = "Day {{DATE}} and `x`\n\n";
  const linkBeside = "Day {{DATE}}, [log](https://x.org)\n\n";

  it("nothing, for prose, markers, template blocks, and code far from any token", () => {
    const readme =
      "# Diary\n\nDay {{DATE}}.\n\n```\ncode\n```\n\n" +
      "See <!--{{DATE}}-->x<!--/--> and <span><!--{{DATE}}-->x<!--/--></span>.\n\n" +
      "Intro <!--counters {{DATE}} -->xy<!--/counters--> more\n";
    expect(given(readme)).toEqual([]);
  });

  it("the blocks with a token beside code or a link, in one call", () => {
    const readme = `Prose {{DATE}}.\n\n${codeBeside}A [link](https://x.org) alone.\n\n${linkBeside}`;
    expect(given(readme)).toEqual([codeBeside + linkBeside]);
  });

  it("where values are plain, the blocks with code only", () => {
    expect(given(codeBeside + linkBeside, { plainValues: true })).toEqual([codeBeside]);
  });

  it("8 KiB at most in a call", () => {
    const block = (bytes: number) => `${codeBeside.trim()} ${"a".repeat(bytes - codeBeside.length - 1)}\n\n`;
    const [first, second, third] = [block(4096), block(4096), block(100)];
    expect(given(first + second + third)).toEqual([first + second, third]);
  });

  it("zones in the definitions given beside a block are not the block's", () => {
    const image = "Logo ![the logo {{DATE}}][logo] `x`\n\n";
    expect(findZones(`${image}Text.\n\n[logo]: logo.png\n`, parseZones)).toEqual([
      { start: 5, end: 31, kind: "literal" },
      { start: 32, end: 35, kind: "code" },
    ]);
  });

  it("an image reference's block with the definitions it uses, and no others", () => {
    const image = "Logo ![the logo {{DATE}}][logo] `x`\n\n";
    const readme = `${image}Text.\n\n[logo]: logo.png\n[other]: other.png\n`;
    expect(given(readme)).toEqual([`${image}\n\n[logo]: logo.png\n`]);
    const two = "Logos ![a {{DATE}}][a] ![b][b]\n\n";
    expect(given(`${two}[b]: b.png\n[a]: a.png\n`)).toEqual([`${two}\n\n[a]: a.png\n[b]: b.png\n`]);
    const link = "Day {{DATE}}, [see it][logo] `x`\n\n";
    expect(given(`${link}[logo]: logo.png\n`)).toEqual([link]);
  });

  it("a label defined twice is given with its first definition, as CommonMark reads it, and a CRLF line with no CR", () => {
    const image = "Logo ![the logo {{DATE}}][logo] `x`\n\n";
    expect(given(`${image}[logo]: first.png\n\n[logo]: second.png\n`)).toEqual([`${image}\n\n[logo]: first.png\n`]);
    const crlf = image.replaceAll("\n", "\r\n");
    expect(given(`${crlf}[logo]: logo.png\r\n`)).toEqual([`${crlf}\n\n[logo]: logo.png\n`]);
  });
});
