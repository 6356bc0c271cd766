import { describe, expect, it } from "vitest";
import { groupsOf } from "../../src/github/groups.js";

/* How much one query reads and one commit carries (src/github/groups.ts). */
describe("groups of at most so many items and bytes", () => {
  const sized = (sizes: number[], count: number, bytes: number) => groupsOf(sizes, count, bytes, (size) => size);

  it("fill up to the byte limit exactly, and start anew past it", () => {
    expect(sized([2, 3, 1, 4, 5], 10, 5)).toEqual([[2, 3], [1, 4], [5]]);
  });

  it("stop at the item limit", () => {
    expect(sized([1, 1, 1, 1, 1], 2, 100)).toEqual([[1, 1], [1, 1], [1]]);
  });

  it("give an item larger than the byte limit a group alone, first or later", () => {
    expect(sized([1, 9, 1], 10, 5)).toEqual([[1], [9], [1]]);
    expect(sized([9, 1], 10, 5)).toEqual([[9], [1]]);
  });

  it("are none for no items", () => {
    expect(sized([], 10, 5)).toEqual([]);
  });
});
