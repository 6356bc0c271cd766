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
    // Processes that keep every core busy, as other jobs do on a shared runner.
    const busy = Array.from({ length: 4 }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
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

describe("emphasis, which never holds code, a link or HTML, is not parsed", () => {
  // micromark's emphasis takes time that grows with the square of its delimiter runs: parsed, these two
  // paragraphs took it some 20 seconds; left out, under half a second. The test's time-out is the guard.
  it("a token in each half of the bench's 60 KiB of *_ gets its value in time, beside code that needs a parse", () => {
    const openers = PATHOLOGICAL.find(({ name }) => name.includes("*_"))?.text ?? "";
    const half = openers.length / 2;
    const paragraph = (text: string) => `Day {{DATE}} \`x\` ${text}`;
    const text = `${paragraph(openers.slice(0, half))}\n\n${paragraph(openers.slice(half))}\n`;
    const rendering = render(text, today, { keepTokens: true, parse: parseZones });
    expect(rendering.problems).toEqual([]);
    expect(rendering.text.split("Day <!--{{DATE}}-->2026-11-27<!--/--> `x` ")).toHaveLength(3);
  }, 3_000);
});
