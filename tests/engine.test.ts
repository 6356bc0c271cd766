import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { render } from "../src/engine.js";
import { parseZones } from "../src/markdown.js";
import { contextOn } from "./support/dates.js";

const today = contextOn("2026-11-27");
const markers = (text: string) => render(text, today, { keepTokens: true, parse: parseZones });
const plain = (text: string) => render(text, today, { keepTokens: false, parse: parseZones });

describe("the seed user's diary README", () => {
  const diary = readFileSync(new URL("../examples/diary/README.md", import.meta.url), "utf8");
  const result = markers(diary);

  it("shows the values of 2026-11-27", () => {
    expect(result.text).toContain("Today  **<!--{{DATE_PRETTY}}-->Friday, November 27, 2026<!--/-->**.");
    expect(result.text).toContain("It has been    **<!--{{DAY_SINCE_2025_08_18}}-->466<!--/-->** days");
    expect(result.text).toContain("Day **<!--{{DAYS_SINCE_REPO_START}}-->452<!--/-->** From");
    expect(result.problems).toEqual([]);
  });

  it("keeps the Python code block byte for byte", () => {
    const code = diary.slice(diary.indexOf("```python"));
    expect(result.text.endsWith(code)).toBe(true);
  });

  it("moves each counter by one the next day", () => {
    const tomorrow = render(result.text, contextOn("2026-11-28"), { keepTokens: true, parse: parseZones }).text;
    expect(tomorrow).toContain("<!--{{DAY_SINCE_2025_08_18}}-->467<!--/-->");
    expect(tomorrow).toContain("<!--{{DAYS_SINCE_REPO_START}}-->453<!--/-->");
    expect(tomorrow).toContain("Saturday, November 28, 2026");
  });
});

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
    ["a fence in a list", "- item\n\n  ```\n  {{DATE}}\n  ```\n"],
    ["a fence in a quote", "> ```\n> {{DATE}}\n> ```\n"],
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
    const text = "{{ site.title }} {{name}} {{Date}} {{ page.url | relative }}\n";
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([]);
  });

  it("leaves an escaped brace alone", () => {
    expect(markers("Type \\{{DATE}} for the date\n").text).toBe("Type \\{{DATE}} for the date\n");
  });

  it("leaves tokens in other HTML comments alone", () => {
    const text = "Day <!-- {{DATE}} --> here\n";
    expect(markers(text).text).toBe(text);
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
  ])("a token in %s is replaced", (_, text, expected) => {
    const once = markers(text);
    expect(once.text).toBe(expected);
    expect(markers(once.text).text).toBe(expected);
  });

  it.each([
    ["a comment", "x <!-- a {{DATE}} --> y\n"],
    ["a processing instruction before its first >", "x <?php {{DATE}} ?> y\n"],
    ["a declaration", "<!DOCTYPE {{DATE}}>\n"],
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

  it("an end mark with no marker is reported", () => {
    expect(markers("x <!--/--> y\n").problems[0]?.message).toMatch(/no marker/);
  });

  it("keep-tokens false turns markers and tokens into plain values", () => {
    expect(plain("On <!--{{DATE}}-->2020-01-01<!--/--> and {{DATE}}\n").text).toBe("On 2026-11-27 and 2026-11-27\n");
  });

  it.each([
    ["a paragraph's first line", "{{DATE}} is today\n", "<span><!--{{DATE}}-->2026-11-27<!--/--></span> is today\n"],
    ["a later line", "Today\n{{DATE}} is it\n", "Today\n<span><!--{{DATE}}-->2026-11-27<!--/--></span> is it\n"],
    ["a list item", "- {{DATE}} x\n", "- <span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a block quote", "> {{DATE}} x\n", "> <span><!--{{DATE}}-->2026-11-27<!--/--></span> x\n"],
    ["a nested one", " > 1. {{DATE}}\n", " > 1. <span><!--{{DATE}}-->2026-11-27<!--/--></span>\n"],
    ["a table row", "{{DATE}} | b\n--- | ---\n", "<span><!--{{DATE}}-->2026-11-27<!--/--></span> | b\n--- | ---\n"],
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
    ["a reference definition", "[x]: https://x.org/{{DATE}}\n"],
  ])("%s keeps its token and warns with a template block", (_, text) => {
    const result = markers(text);
    expect(result.text).toBe(text);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/template block instead:\n<!--counters\n.*\n-->/);
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
  });

  it("reports a template block that is never closed and leaves the rest alone", () => {
    const result = markers("<!--counters {{DATE}}\n\nDay {{DATE}}\n");
    expect(result.changed).toBe(false);
    expect(result.problems[0]?.message).toMatch(/never closed/);
  });
});

describe("problems", () => {
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
