import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { contextOn, day } from "../support/dates.js";

const today = contextOn("2026-11-27");
const markers = (text: string) => render(text, today, { keepTokens: true, parse: parseZones });
const plain = (text: string) => render(text, today, { keepTokens: false, parse: parseZones });

describe("code is never touched", () => {
  it.each([
    ["a fenced block", "```\n{{DATE}}\n```\n"],
    ["a tilde fence", "~~~md\n{{DATE}}\n~~~\n"],
    ["an indented block", "Text\n\n    {{DATE}}\n"],
    ["inline code", "Write `{{DATE}}` here\n"],
    ["a double-backtick span", "Write ``{{DATE}} ` x`` here\n"],
    ["an HTML <code> element", "<p>Use <code>{{DATE}}</code> here</p>\n"],
    ["inline <code> across nodes", "Use <code>{{DATE}}</code> here\n"],
    ["an HTML <pre> block", "<pre>\n{{DATE}}\n</pre>\n"],
    ["<code> after a </code> that closed nothing", "x </code> y <code>{{DATE}}</code>\n"],
    ["a fence in a list", "- item\n\n  ```\n  {{DATE}}\n  ```\n"],
    ["a fence in a quote", "> ```\n> {{DATE}}\n> ```\n"],
    // A tab after a container's mark reaches the next multiple of four columns; the mark's space may be part of it.
    ["indented code in a quote, after two tabs (GFM example 6)", ">\t\tfoo {{DATE}}\n"],
    ["indented code in a list item, after two tabs (GFM example 7)", "-\t\tfoo {{DATE}}\n"],
    ["indented code in a quote, after a tab and two spaces", "Intro\n\n>\t  {{DATE}}\n"],
    ["indented code in a quote, after five spaces", "Intro\n\n>     {{DATE}}\n"],
    ["a list item that starts with indented code, five columns after its marker", "1.     {{DATE}}\n"],
    ["indented code in a list in a quote", "> -\t\t{{DATE}}\n"],
  ])("in %s", (_, text) => {
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it("an unclosed fence runs to the end of the document", () => {
    const text = "Day {{DATE}}\n\n```js\n{{DATE}}\n";
    expect(markers(text).text).toBe("Day <!--{{DATE}}-->2026-11-27<!--/-->\n\n```js\n{{DATE}}\n");
  });
});

describe("everything else is replaced", () => {
  it.each([
    ["a heading", "# Day {{DATE}}\n", "# Day <!--{{DATE}}-->2026-11-27<!--/-->\n"],
    [
      "a table cell",
      "| a | b |\n| - | - |\n| x | {{DATE}} |\n",
      "| a | b |\n| - | - |\n| x | <!--{{DATE}}-->2026-11-27<!--/--> |\n",
    ],
    ["link text", "[on {{DATE}}](https://x.org)\n", "[on <!--{{DATE}}-->2026-11-27<!--/-->](https://x.org)\n"],
    ["emphasis", "_{{DATE}}_\n", "_<!--{{DATE}}-->2026-11-27<!--/-->_\n"],
    [
      "HTML text content",
      '<p align="center">Day {{DATE}}</p>\n',
      '<p align="center">Day <!--{{DATE}}-->2026-11-27<!--/--></p>\n',
    ],
    ["a token with spaces", "On {{ DATE }}.\n", "On <!--{{ DATE }}-->2026-11-27<!--/-->.\n"],
  ])("in %s", (_, text, expected) => {
    expect(markers(text).text).toBe(expected);
  });
});

describe("bytes outside the tokens", () => {
  it("keeps CRLF line endings, a BOM, tabs, trailing spaces and non-ASCII text", () => {
    const text = "\uFEFF# Título\t \r\nDía {{DATE}}  \r\n\r\n```\r\n{{DATE}}\r\n```\r\n";
    expect(markers(text).text).toBe(
      "\uFEFF# Título\t \r\nDía <!--{{DATE}}-->2026-11-27<!--/-->  \r\n\r\n```\r\n{{DATE}}\r\n```\r\n",
    );
  });

  it("leaves other template languages alone and does not report them", () => {
    const text = "{{ site.title }} {{name}} {{ page.date }} {{title}} {{ page.url | relative }} {{#each x}}\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it.each([
    ["{{days_since_2025_01_01}}", "{{DAYS_SINCE_2025_01_01}}"],
    ["{{Date}}", "{{DATE}}"],
    ["{{date_pretty}}", "{{DATE_PRETTY}}"],
    ["{{ Date:dd LLL yyyy }}", "{{ DATE:dd LLL yyyy }}"],
    ["{{days_since_launch}}", "{{DAYS_SINCE_LAUNCH}}"],
  ])("a token in small letters, %s, is left as it is, with the right spelling", (written, spelling) => {
    const text = `Today ${written} x\n`;
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      {
        text: written,
        message: `tokens are written in capitals: did you mean ${spelling}?`,
        line: 1,
        column: 7,
        kind: "left-alone",
      },
    ]);
  });

  it("a token in small letters in code, in a comment, after a backslash or in a block left unparsed is not reported", () => {
    // Over 32 KiB with no blank line, the block is not parsed: what looks like a token may be code there.
    const unparsed = `\`x\` {{date}} ${"a".repeat(32 * 1024)}\n`;
    for (const text of [
      "`{{date}}` x\n",
      "```\n{{date}}\n```\n",
      "x <!-- {{date}} --> y\n",
      "x \\{{date}} y\n",
      unparsed,
    ]) {
      expect(markers(text)).toMatchObject({ text, problems: [] });
    }
  });

  it("leaves an escaped brace alone, but not a brace after an escaped backslash", () => {
    expect(markers("Type \\{{DATE}} for the date\n").text).toBe("Type \\{{DATE}} for the date\n");
    expect(markers("A \\\\{{DATE}} x\n").text).toBe("A \\\\<!--{{DATE}}-->2026-11-27<!--/--> x\n");
  });

  it("leaves tokens in other HTML comments alone", () => {
    const text = "Day <!-- {{DATE}} --> here\n";
    expect(markers(text).text).toBe(text);
  });

  it("a token before a comment on its line gets its value, and the comment stays as it is", () => {
    const once = markers("Day {{DATE}} and a <!-- note --> here\n");
    expect(once.text).toBe("Day <!--{{DATE}}-->2026-11-27<!--/--> and a <!-- note --> here\n");
    expect(once.problems).toEqual([]);
    expect(markers(once.text).text).toBe(once.text);
  });
});

describe("what GitHub shows decides, not what remark parses", () => {
  it.each([
    [
      "<script>, which GitHub's tag filter shows as text",
      "<script>\n{{DATE}} x\n</script>\n",
      "<script>\n<!--{{DATE}}-->2026-11-27<!--/--> x\n</script>\n",
    ],
    ["<style>", "<style>{{DATE}} x</style>\n", "<style><!--{{DATE}}-->2026-11-27<!--/--> x</style>\n"],
    [
      "<textarea>",
      "a <textarea>{{DATE}}</textarea> b\n",
      "a <textarea><!--{{DATE}}-->2026-11-27<!--/--></textarea> b\n",
    ],
    [
      "an inline comment holding --, which cmark-gfm shows as text",
      "x <!-- a -- {{DATE}} --> y\n",
      "x <!-- a -- <!--{{DATE}}-->2026-11-27<!--/--> --> y\n",
    ],
    [
      "a processing instruction after its first >",
      "x <?php $a->b {{DATE}} ?> y\n",
      "x <?php $a->b <!--{{DATE}}-->2026-11-27<!--/--> ?> y\n",
    ],
    [
      "an inline <!-->, which cmark-gfm shows as text",
      "x <!--> {{DATE}} --> y\n",
      "x <!--> <!--{{DATE}}-->2026-11-27<!--/--> --> y\n",
    ],
    [
      "an inline <!--->, which cmark-gfm shows as text",
      "x <!---> {{DATE}} --> y\n",
      "x <!---> <!--{{DATE}}-->2026-11-27<!--/--> --> y\n",
    ],
    [
      "text after a <code> element",
      "x <code>a</code> {{DATE}} y\n",
      "x <code>a</code> <!--{{DATE}}-->2026-11-27<!--/--> y\n",
    ],
  ])("a token in %s is replaced", (_, text, expected) => {
    const once = markers(text);
    expect(once.text).toBe(expected);
    expect(markers(once.text).text).toBe(expected);
  });

  it.each([
    ["a comment", "x <!-- a {{DATE}} --> y\n"],
    ["a processing instruction before its first >", "x <?php {{DATE}} ?> y\n"],
    ["a declaration", "<!DOCTYPE {{DATE}}>\n"],
    ["a CDATA section", "x <![CDATA[ {{DATE}} ]]> y\n"],
    ["a <pre> block", "<pre>\n{{DATE}}\n</pre>\n"],
  ])("a token in %s, which GitHub never shows, is kept", (_, text) => {
    expect(markers(text)).toMatchObject({ text, problems: [] });
  });
});

describe("markers", () => {
  it("gets a fresh value and keeps its token", () => {
    expect(markers("On <!--{{DATE}}-->2020-01-01<!--/--> it was\n").text).toBe(
      "On <!--{{DATE}}-->2026-11-27<!--/--> it was\n",
    );
  });

  it("a marker without its end mark is reported and left alone", () => {
    const text = "On <!--{{DATE}}-->2020-01-01 it was\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      { text: "<!--{{DATE}}-->", message: expect.stringMatching(/no end mark/), line: 1, column: 4, kind: "broken" },
    ]);
  });

  it("a marker whose token cannot be evaluated is left as it is", () => {
    const text = "On <!--{{NOPE}}-->x<!--/--> y\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([expect.objectContaining({ text: "{{NOPE}}", column: 4, kind: "left-alone" })]);
  });

  it("a value that a marker cannot keep is left alone, and written plain where no marker is needed", () => {
    const text = "On {{DATE:'<'yyyy}} x\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      expect.objectContaining({
        message: 'the value "<2026" holds "<" or a line break, which a marker cannot keep',
        kind: "left-alone",
      }),
    ]);
    expect(plain(text).text).toBe("On <2026 x\n");
  });

  it("a warning goes with a value that is written", () => {
    expect(markers("Since {{DAYS_SINCE_2027_01_01}} x\n").problems).toEqual([
      expect.objectContaining({ message: "2027_01_01 is in the future, so it counts as 0", kind: "written" }),
    ]);
  });

  it("comments inside an HTML attribute are text, not markers or template blocks", () => {
    const text = '<img alt="<!--counters x--> <!--/counters--> <!--{{DATE}}-->x<!--/--> <!--/-->" src="a.png">\n';
    expect(markers(text)).toMatchObject({ text, problems: [] });
  });

  it("an end mark with no marker is reported", () => {
    expect(markers("x <!--/--> y\n").problems[0]?.message).toMatch(/no marker/);
  });

  it("keep-tokens false turns markers and tokens into plain values", () => {
    expect(plain("On <!--{{DATE}}-->2020-01-01<!--/--> and {{DATE}}\n").text).toBe("On 2026-11-27 and 2026-11-27\n");
    // Only a whole line-start span goes with its marker.
    expect(plain("<span><!--{{DATE}}-->x<!--/--> and more</span>\n").text).toBe("<span>2026-11-27 and more</span>\n");
  });

  it.each([
    ["a paragraph's first line", "{{DATE}} is today\n", "<span><!--{{DATE}}-->2026-11-27<!--/--></span> is today\n"],
    ["a later line", "Today\n{{DATE}} is it\n", "Today\n<span><!--{{DATE}}-->2026-11-27<!--/--></span> is it\n"],
    ["a list item", "- {{DATE}} x\n", "- <span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a block quote", "> {{DATE}} x\n", "> <span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a nested one", " > 1. {{DATE}}\n", " > 1. <span><!--{{DATE}}-->2026-11-27<!--/--></span>\n"],
    ["a table row", "{{DATE}} | b\n--- | ---\n", "<span><!--{{DATE}}-->2026-11-27<!--/--></span> | b\n--- | ---\n"],
    ["a quote with no space", ">{{DATE}} x\n", "><span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["item 10", "10. {{DATE}}\n", "10. <span><!--{{DATE}}-->2026-11-27<!--/--></span>\n"],
    ["an item with two spaces", "-  {{DATE}} x\n", "-  <span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a line after a lone CR", "Today\r{{DATE}} x\n", "Today\r<span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a file with a BOM", "\uFEFF{{DATE}} x\n", "\uFEFF<span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
  ])("at the start of %s a marker is written in its line-start form, with no warning", (_, text, expected) => {
    const result = markers(text);
    expect(result.text).toBe(expected);
    expect(result.problems).toEqual([]);
    const tomorrow = render(result.text, contextOn("2026-11-28"), { keepTokens: true, parse: parseZones });
    expect(tomorrow.text).toBe(expected.replace("2026-11-27", "2026-11-28"));
    expect(plain(result.text).text).toBe(text.replace("{{DATE}}", "2026-11-27"));
  });

  it("inside a raw HTML block a line start needs no span", () => {
    expect(markers("<div>\n{{DATE}} x\n</div>\n").text).toBe("<div>\n<!--{{DATE}}-->2026-11-27<!--/--> x\n</div>\n");
  });

  it("records the token as written, also from a marker, so the values keep their keys", () => {
    const once = markers("On {{ DATE }} x\n");
    const again = markers(once.text);
    expect(once.replacements.map((r) => r.token)).toEqual(["{{ DATE }}"]);
    expect(again.replacements.map((r) => r.token)).toEqual(["{{ DATE }}"]);
  });
});

describe("where a comment cannot stand", () => {
  const badge = "![streak](https://img.shields.io/badge/streak-{{DAYS_SINCE_REPO_START}}%20days-green)";

  it.each([
    ["an image destination", `${badge}\n`],
    ["a link destination", "[x](https://x.org/{{DATE}})\n"],
    ["a link title", '[x](https://x.org "on {{DATE}}")\n'],
    ["an autolink", "<https://x.org/{{DATE}}>\n"],
    ["a GFM bare URL", "See https://x.org/{{DATE}} now\n"],
    ["an HTML attribute", '<img alt="{{DATE}}" src="x.png">\n'],
    ["an HTML attribute after a quoted >", 'See <img alt="a > b {{DATE}}"> now\n'],
    ["a reference definition", "[x]: https://x.org/{{DATE}}\n"],
  ])("%s keeps its token and warns with a template block", (_, text) => {
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([expect.objectContaining({ kind: "left-alone" })]);
    expect(result.problems[0]?.message).toMatch(/template block instead:\n<!--counters\n.*\n-->/);
  });

  it("the template block suggested holds the token's line, the last one too", () => {
    const suggestion = (text: string) => markers(text).problems[0]?.message.split("instead:\n")[1];
    expect(suggestion("Intro\n\n  See [x](https://x.org/{{DATE}}) now  \n\nOutro\n")).toBe(
      "<!--counters\nSee [x](https://x.org/{{DATE}}) now\n-->",
    );
    expect(suggestion("Intro\n\nSee [x](https://x.org/{{DATE}})")).toBe(
      "<!--counters\nSee [x](https://x.org/{{DATE}})\n-->",
    );
  });

  it("keep-tokens false writes the plain value there", () => {
    expect(plain(`${badge}\n`).text).toBe("![streak](https://img.shields.io/badge/streak-452%20days-green)\n");
  });
});

describe("template blocks", () => {
  const badge = "![streak](https://img.shields.io/badge/streak-{{DAYS_SINCE_REPO_START}}%20days-green)";
  const rendered = "![streak](https://img.shields.io/badge/streak-452%20days-green)";

  it("a block gets its rendering and end mark on lines of their own", () => {
    const text = `# Me\n\n<!--counters\n${badge}\n-->\n\nMore\n`;
    expect(markers(text).text).toBe(`# Me\n\n<!--counters\n${badge}\n-->\n${rendered}\n<!--/counters-->\n\nMore\n`);
  });

  it("an existing rendering is regenerated, and a second run changes nothing", () => {
    const text = `<!--counters\n${badge}\n-->\nold stuff\nover lines\n<!--/counters-->\n`;
    const once = markers(text);
    expect(once.text).toBe(`<!--counters\n${badge}\n-->\n${rendered}\n<!--/counters-->\n`);
    expect(once.problems).toEqual([]);
    expect(once.replacements).toEqual([{ token: "{{DAYS_SINCE_REPO_START}}", value: "452", line: 2, column: 47 }]);
    expect(markers(once.text).changed).toBe(false);
  });

  it("inside a paragraph the block stays inline", () => {
    const text = "Streak <!--counters {{DAYS_SINCE_REPO_START}} days -->old<!--/counters--> so far\n";
    expect(markers(text).text).toBe(
      "Streak <!--counters {{DAYS_SINCE_REPO_START}} days -->452 days<!--/counters--> so far\n",
    );
  });

  it("keeps code in the template as it is", () => {
    const text = "<!--counters\n`{{DATE}}` is {{DATE}}\n-->\n";
    expect(markers(text).text).toBe(
      "<!--counters\n`{{DATE}}` is {{DATE}}\n-->\n`{{DATE}}` is 2026-11-27\n<!--/counters-->\n",
    );
  });

  it("keeps CRLF line endings", () => {
    const text = "<!--counters\r\n{{DATE}}\r\n-->\r\nx\r\n";
    expect(markers(text).text).toBe("<!--counters\r\n{{DATE}}\r\n-->\r\n2026-11-27\r\n<!--/counters-->\r\nx\r\n");
  });

  it("reports a problem inside the template at its place in the file", () => {
    const result = markers("a\n<!--counters\nx {{NOPE}}\n-->\n");
    expect(result.problems).toEqual([expect.objectContaining({ text: "{{NOPE}}", line: 3, column: 3 })]);
    const inline = markers("Hi <!--counters {{NOPE}}\nand {{NOPE}} -->x<!--/counters-->\n");
    expect(inline.problems).toEqual([
      expect.objectContaining({ line: 1, column: 17 }),
      expect.objectContaining({ line: 2, column: 5 }),
    ]);
  });

  it("a new block above a rendered one gets its own end mark, and takes nothing from the other", () => {
    const lower = "<!--counters\nB {{DATE}}\n-->\nB old\n<!--/counters-->\n";
    const result = markers(`<!--counters\nA {{DATE}}\n-->\n\nbetween\n\n${lower}`);
    expect(result.text).toBe(
      "<!--counters\nA {{DATE}}\n-->\nA 2026-11-27\n<!--/counters-->\n\nbetween\n\n" +
        "<!--counters\nB {{DATE}}\n-->\nB 2026-11-27\n<!--/counters-->\n",
    );
    expect(result.problems).toEqual([]);
  });

  it("two rendered blocks each keep their own end mark", () => {
    const block = (name: string, value: string) =>
      `<!--counters\n${name} {{DATE}}\n-->\n${name} ${value}\n<!--/counters-->\n`;
    const result = markers(`${block("A", "old")}\n${block("B", "old")}`);
    expect(result.text).toBe(`${block("A", "2026-11-27")}\n${block("B", "2026-11-27")}`);
    expect(result.problems).toEqual([]);
  });

  it("a block's template may start on the opener's line, span lines, and close indented, with spaces after", () => {
    expect(markers("<!--counters A {{DATE}}\nB {{DATE}}\n  -->  \nx\n").text).toBe(
      "<!--counters A {{DATE}}\nB {{DATE}}\n  -->  \n A 2026-11-27\nB 2026-11-27\n<!--/counters-->\nx\n",
    );
  });

  it("a block with a token that cannot be evaluated keeps its last rendering, and warns at the token", () => {
    const text =
      "Intro\n\n<!--counters\n{{DATE}} and {{DAYS_SINCE_LAUCH}}\n-->\n2026-11-26 and 100\n<!--/counters-->\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.replacements).toEqual([]);
    expect(result.problems).toEqual([
      {
        text: "{{DAYS_SINCE_LAUCH}}",
        message: "unknown date LAUCH (to declare it, add LAUCH=2024-05-01 to the dates input)",
        line: 4,
        column: 14,
        kind: "left-alone",
      },
    ]);
    expect(plain(text).text).toBe(text);
  });

  it("a block that was never rendered is written once every token in it can be", () => {
    const text = "<!--counters\n![streak](https://x.org/{{DAYS_SINCE_LAUNCH}}.svg)\n-->\n\nMore\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      {
        text: "{{DAYS_SINCE_LAUNCH}}",
        message: "unknown date LAUNCH (to declare it, add LAUNCH=2024-05-01 to the dates input)",
        line: 2,
        column: 25,
        kind: "left-alone",
      },
    ]);
    const declared = render(text, contextOn("2026-11-27", { dates: new Map([["LAUNCH", day("2026-11-01")]]) }), {
      keepTokens: true,
      parse: parseZones,
    });
    expect(declared.text).toBe(
      "<!--counters\n![streak](https://x.org/{{DAYS_SINCE_LAUNCH}}.svg)\n-->\n![streak](https://x.org/26.svg)\n<!--/counters-->\n\nMore\n",
    );
  });

  it("a value written with a warning renders the block", () => {
    const result = markers("<!--counters\nin {{DAYS_SINCE_2027_01_01}} days\n-->\nold\n<!--/counters-->\n");
    expect(result.text).toBe("<!--counters\nin {{DAYS_SINCE_2027_01_01}} days\n-->\nin 0 days\n<!--/counters-->\n");
    expect(result.problems).toEqual([expect.objectContaining({ kind: "written", line: 2, column: 4 })]);
  });

  it("an end mark with no template block is reported", () => {
    expect(markers("x\n\n<!--/counters-->\n").problems).toEqual([
      expect.objectContaining({ message: "this end mark has no template block before it", kind: "broken" }),
    ]);
  });

  it("reports a template block that is never closed and leaves the rest alone", () => {
    const result = markers("<!--counters {{DATE}}\n\nDay {{DATE}}\n");
    expect(result.changed).toBe(false);
    expect(result.problems[0]?.message).toMatch(/never closed/);
  });
});

describe("problems", () => {
  it("a token among more link labels than the parser reads in time is left alone, saying why", () => {
    const labels = `Day {{DATE}} ${"[x] ".repeat(1001)}`;
    const result = markers(`${labels}\n\nDay {{DATE}}\n`);
    expect(result.text).toBe(`${labels}\n\nDay <!--{{DATE}}-->2026-11-27<!--/-->\n`);
    expect(result.problems).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("the block holding this has more than 1000 link labels ([…])"),
        kind: "left-alone",
      }),
    ]);
  });

  it("a token in a block too deep to parse is left alone, saying why", () => {
    const deep = `${"> ".repeat(40)}{{DATE}} and \`code\``;
    const result = markers(`${deep}\n\nDay {{DATE}}\n`);
    expect(result.text).toBe(`${deep}\n\nDay <!--{{DATE}}-->2026-11-27<!--/-->\n`);
    expect(result.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^the block holding this /), kind: "left-alone" }),
    ]);
  });

  it("a date format in moment's style is left as it is, with the luxon pattern meant (left alone: strict stops on it)", () => {
    const text = "Updated {{DATE:DD/MM/YYYY}}\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      {
        text: "{{DATE:DD/MM/YYYY}}",
        message:
          '"DD/MM/YYYY" is not a luxon date format: luxon would write "Nov 27, 2026/11/YYYY"; did you mean {{DATE:dd/MM/yyyy}}?',
        line: 1,
        column: 9,
        kind: "left-alone",
      },
    ]);
  });

  it("give the line and column of the token", () => {
    const result = markers("# T\n\nDay **{{DAYS_SINCE_2025_02_30}}**\n");
    expect(result.problems).toEqual([
      {
        text: "{{DAYS_SINCE_2025_02_30}}",
        message: expect.stringMatching(/not a calendar date/),
        line: 3,
        column: 7,
        kind: "left-alone",
      },
    ]);
    expect(result.changed).toBe(false);
  });
});
