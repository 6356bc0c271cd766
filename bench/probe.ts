import { performance } from "node:perf_hooks";
import { splitBlocks } from "../src/blocks.js";
import { parseZones } from "../src/markdown.js";

for (const size of [8192, 16384, 32768]) {
  const unit = ":<!--";
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  let s = performance.now();
  splitBlocks(text);
  const a = performance.now() - s;
  s = performance.now();
  parseZones(text);
  const b = performance.now() - s;
  console.log(size, "split", a.toFixed(0), "parse", b.toFixed(0));
}
