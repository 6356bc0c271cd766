import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { contextOn } from "../support/dates.js";
import { PATHOLOGICAL } from "../support/pathological.js";

const today = contextOn("2026-11-27");
const renderAll = () =>
  PATHOLOGICAL.flatMap(({ text }) =>
    [`${text}\n\nDay {{DATE}}\n`, `Day {{DATE}} ${text}\n`].map((input) => {
      const rendering = render(input, today, { keepTokens: true, parse: parseZones });
      return JSON.stringify([rendering.text, rendering.problems]);
    }),
  );

// Each test renders for itself, not once in a hook: npm run mutation learns which test reaches which code.
describe("the same bytes give the same output, on an idle machine and a busy one", () => {
  it("renders every hostile structure of the bench the same with four busy processes on the machine", () => {
    const idle = renderAll();
    // Processes that keep every core busy, as other jobs do on a shared runner. Each stops by
    // itself after 60 s or once this process is gone: a test runner that kills this worker
    // (Stryker on a mutant's timeout) must not leave them spinning.
    const spin = `const end = Date.now() + 60000; while (Date.now() < end && process.ppid === ${process.pid}) {}`;
    const busy = Array.from({ length: 4 }, () => spawn(process.execPath, ["-e", spin], { stdio: "ignore" }));
    try {
      expect(renderAll()).toEqual(idle);
    } finally {
      for (const child of busy) child.kill();
    }
  });

  it("renders the token after each structure, and leaves the one inside alone or renders it", () => {
    const idle = renderAll();
    for (const [index, { name }] of PATHOLOGICAL.entries()) {
      const [after, inside] = [idle[index * 2], idle[index * 2 + 1]].map(
        (json) => JSON.parse(json ?? "[]") as [string, unknown[]],
      );
      expect(after?.[0], name).toContain("Day <!--{{DATE}}-->2026-11-27<!--/-->");
      const rendered = inside?.[0].startsWith("Day <!--{{DATE}}-->2026-11-27<!--/-->");
      const leftAlone = JSON.stringify(inside?.[1]).includes('"kind":"left-alone"');
      expect(rendered || leftAlone, name).toBe(true);
    }
  });
});

describe("emphasis and strikethrough, which never hold code, a link or HTML, are not parsed", () => {
  // micromark's time on their delimiter runs grows with the square of them: parsed, the two paragraphs of
  // *_ took it some 20 seconds, and 16 KiB of ~a alone 4.5 s on a busy machine (four times that for each
  // paragraph here); left out, under half a second. The test's time-out is the guard, sized for two cores
  // busy with other work (about 1 s then, alone; several with the suite beside it).
  it.each(["*_", "~a"])(
    "a token in each half of the bench's 60 KiB of %s gets its value in time, beside code that needs a parse",
    (run) => {
      const openers = PATHOLOGICAL.find(({ name }) => name.includes(run))?.text ?? "";
      const half = openers.length / 2;
      const paragraph = (text: string) => `Day {{DATE}} \`x\` ${text}`;
      const text = `${paragraph(openers.slice(0, half))}\n\n${paragraph(openers.slice(half))}\n`;
      const rendering = render(text, today, { keepTokens: true, parse: parseZones });
      expect(rendering.problems).toEqual([]);
      expect(rendering.text.split("Day <!--{{DATE}}-->2026-11-27<!--/--> `x` ")).toHaveLength(3);
    },
    15_000,
  );
});

/** How the token in a block the parser is not given is reported: the block, and the limit it passed. */
const leftAlone = (why: string) => [
  expect.objectContaining({
    text: "{{DATE}}",
    kind: "left-alone",
    message: `the block holding this ${why}, so it is left as it is (a blank line before the token's paragraph keeps it apart)`,
  }),
];
const rendered = (text: string) => render(text, today, { keepTokens: true, parse: parseZones });
const DAY = "Day {{DATE}} `x`";
const DONE = "Day <!--{{DATE}}-->2026-11-27<!--/--> `x`";

describe("a block is parsed up to each limit, and past it left alone with the limit it passed", () => {
  it.each([
    [
      "32 KiB",
      (extra: number) => `${DAY} ${"a".repeat(32 * 1024 - DAY.length - 1 + extra)}`,
      "is over 32 KiB with no blank line to end it",
    ],
    [
      "32 levels of block quotes",
      (extra: number) => `${"> ".repeat(32 + extra)}${DAY}`,
      "nests 33 levels deep, more than 32",
    ],
    [
      "32 levels of lists",
      (extra: number) =>
        Array.from({ length: 32 + extra }, (_, level) => `${"  ".repeat(level)}- level ${level}`).join("\n") +
        ` ${DAY}`,
      "nests 33 levels deep, more than 32",
    ],
    [
      "a row of 128 cells",
      (extra: number) => `| ${DAY} ${"| a ".repeat(126 + extra)}|`,
      "has a row of more than 128 table cells",
    ],
    [
      "1000 link labels",
      (extra: number) => `${DAY} ${"[x]".repeat(1000 + extra)}`,
      "has more than 1000 link labels ([…])",
    ],
  ])("%s", (_, block, why) => {
    const at = rendered(block(0));
    expect(at.problems).toEqual([]);
    expect(at.text).toContain(DONE);
    const over = rendered(block(1));
    expect(over.text).toBe(block(1));
    expect(over.problems).toEqual(leftAlone(why));
  });

  it("lists nested by tabs count a tab as four columns toward the 32 levels", () => {
    const block = (levels: number) =>
      `${Array.from({ length: levels }, (_, level) => `${"\t".repeat(level)}- level ${level}`).join("\n")} ${DAY}`;
    expect(rendered(block(16)).text).toContain(DONE);
    expect(rendered(block(17)).problems).toEqual(leftAlone("nests 33 levels deep, more than 32"));
  });

  it("block quotes and the list in each count together toward the 32 levels", () => {
    const block = (levels: number) =>
      `${Array.from({ length: levels }, (_, level) => `${"> ".repeat(level)}- level ${level}`).join("\n")} ${DAY}`;
    expect(rendered(block(22)).text).toContain(DONE);
    expect(rendered(block(23)).problems).toEqual(leftAlone("nests 34 levels deep, more than 32"));
  });

  it("ordered lists numbered past 9 count toward the 32 levels", () => {
    const block = (levels: number) =>
      `${Array.from({ length: levels }, (_, level) => `${"    ".repeat(level)}10. level ${level}`).join("\n")} ${DAY}`;
    expect(rendered(block(16)).text).toContain(DONE);
    expect(rendered(block(17)).problems).toEqual(leftAlone("nests 33 levels deep, more than 32"));
  });

  it("> marks within a line are no block quotes", () => {
    const block = `${DAY} x ${"> ".repeat(40)}y`;
    expect(rendered(block).text).toContain(DONE);
  });

  it("a line indented far, with no list mark, is no nesting", () => {
    const block = `${DAY}\n${" ".repeat(80)}more`;
    expect(rendered(block)).toMatchObject({ text: `${DONE}\n${" ".repeat(80)}more`, problems: [] });
  });

  const READ_AHEAD =
    "opens more brackets, comments, tags or backtick runs than it closes, more than a parser can read in time";
  it.each([
    ["[", 1000],
    ["(", 1000],
    ["<a", 700],
    ["<!--", 500],
    // A > that ends no comment: only --> does.
    ["<!-- > ", 500],
  ])("%s left open, %i times, is parsed; twice as many are not", (opener, times) => {
    // Each opener makes the parser read on to the block's end: some 500,000 characters in all, then 2,000,000.
    const block = (openers: number) => `${DAY} ${opener.repeat(openers)} ${"a".repeat(100)}`;
    expect(rendered(block(times)).text).toContain(DONE);
    const over = rendered(block(2 * times));
    expect(over.text).toBe(block(2 * times));
    expect(over.problems).toEqual(leftAlone(READ_AHEAD));
  });

  it("an opener read ahead only to its closer: 900 closed comments, links and tags are parsed", () => {
    const block = `${DAY} ${"<!-- c --> [x](y) <b>b</b> ".repeat(900)}`;
    expect(rendered(block).text).toContain(DONE);
  });

  it("5,000 closed code spans are parsed: each run reads on only to the next of its length", () => {
    expect(rendered(`${DAY} ${"`a` ".repeat(5000)}`).text).toContain(DONE);
  });

  it("backtick runs of every length up to 64, 3 times over, are parsed; 12 times over they are not", () => {
    // A run reads on to the next run of its length: here some 2 KiB further on, for each of them.
    const runs = (times: number) =>
      Array.from({ length: 64 * times }, (_, index) => `${"`".repeat((index % 64) + 1)}a`).join("");
    expect(rendered(`${DAY} ${runs(3)}`).text).toContain(DONE);
    expect(rendered(`${DAY} ${runs(12)}`).problems).toEqual(leftAlone(READ_AHEAD));
  });
});
