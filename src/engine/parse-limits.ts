/**
 * What the markdown parser is given, decided by the text alone.
 *
 * remark (micromark) takes time that grows faster than the text on some
 * inputs: a construct that is opened and never closed (`<!--`, `[`, `(`,
 * `<`, a run of backticks) makes it read on to the end of the paragraph, once
 * for every opener; deep nesting costs it every level on every line; a table
 * row costs it every cell on every cell; link labels (`[…]`) cost it up to
 * half a millisecond each, more as they add up. A block that could take long
 * is not parsed and its tokens are left alone, with a warning that says why.
 * The limits are far above what real READMEs hold (their largest blocks:
 * 30 KiB, 533 `<`, 151 labels, 3 levels, 8 cells a row) and keep every
 * hostile input of `npm run bench` under 500 ms. They depend only on the
 * bytes, so the same README gives the same result on a busy runner and an
 * idle laptop.
 */

export const MAX_BLOCK_BYTES = 32 * 1024;
export const MAX_DEPTH = 32;
export const MAX_CELLS = 128;
export const MAX_LABELS = 1000;
/** The characters read on from every opener to where it closes, summed: about 50 ms of parsing. */
export const MAX_READ_AHEAD = 1_000_000;

/** Why a block is not given to the parser, or undefined when it may be. */
export function whyNotParsed(block: string): string | undefined {
  if (block.length > MAX_BLOCK_BYTES) {
    return `is over ${MAX_BLOCK_BYTES / 1024} KiB with no blank line to end it`;
  }
  const depth = deepestNesting(block);
  if (depth > MAX_DEPTH) return `nests ${depth} levels deep, more than ${MAX_DEPTH}`;
  if (widestRow(block) > MAX_CELLS) return `has a row of more than ${MAX_CELLS} table cells`;
  if (labelEnds(block) > MAX_LABELS) return `has more than ${MAX_LABELS} link labels ([…])`;
  if (readAhead(block) > MAX_READ_AHEAD) {
    return "opens more brackets, comments, tags or backtick runs than it closes, more than a parser can read in time";
  }
  return undefined;
}

/** The most block quotes or list items that any line of the block stands in, by its `>` marks and indentation. */
function deepestNesting(block: string): number {
  let deepest = 0;
  for (const [, prefix = "", marker] of block.matchAll(/^([ \t>]*)([-+*]|\d{1,9}[.)])?/gm)) {
    const quotes = prefix.split(">").length - 1;
    // Each level of a nested list indents its items by at least two columns.
    const lists =
      marker === undefined ? 0 : Math.floor(prefix.replaceAll(">", "").replaceAll("\t", "    ").length / 2) + 1;
    deepest = Math.max(deepest, quotes + lists);
  }
  return deepest;
}

function labelEnds(block: string): number {
  let count = 0;
  for (let at = block.indexOf("]"); at !== -1; at = block.indexOf("]", at + 1)) count++;
  return count;
}

function widestRow(block: string): number {
  let widest = 0;
  for (const line of block.split("\n")) widest = Math.max(widest, line.split("|").length - 1);
  return widest;
}

/**
 * For every opener (`[`, `(`, `<`, `<!--`, a run of backticks), how far the
 * parser reads to the next thing that could close it, summed. One backward
 * pass, keeping the nearest closer of each kind.
 */
function readAhead(block: string): number {
  const end = block.length;
  let total = 0;
  let bracket = end;
  let parenthesis = end;
  let angle = end;
  let commentEnd = end;
  const runs = new Map<number, number>();
  for (let at = end - 1; at >= 0; at--) {
    switch (block.charCodeAt(at)) {
      case 0x5d /* ] */:
        bracket = at;
        break;
      case 0x29 /* ) */:
        parenthesis = at;
        break;
      case 0x3e /* > */:
        angle = at;
        if (block.startsWith("--", at - 2)) commentEnd = at - 2;
        break;
      case 0x5b /* [ */:
        total += bracket - at;
        break;
      case 0x28 /* ( */:
        total += parenthesis - at;
        break;
      case 0x3c /* < */:
        total += (block.startsWith("<!--", at) ? commentEnd : angle) - at;
        break;
      case 0x60 /* ` */:
        {
          if (block.charCodeAt(at - 1) === 0x60) break;
          let length = 1;
          while (block.charCodeAt(at + length) === 0x60) length++;
          total += (runs.get(length) ?? end) - at;
          runs.set(length, at);
          break;
        }
    }
  }
  return total;
}
