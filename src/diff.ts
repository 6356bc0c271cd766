import { createTwoFilesPatch } from "diff";

/** A unified diff of a file that changed (or is new: from /dev/null), as `git diff` shows it, each line ending in a newline. */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  const from = before === undefined ? "/dev/null" : `a/${path}`;
  return createTwoFilesPatch(from, `b/${path}`, before ?? "", after, undefined, undefined, { context: 3 })
    .split("\n")
    .slice(1) // the "===" banner the diff package adds
    .join("\n");
}

const COLOURS: Array<[string, string]> = [
  ["+++", "1"],
  ["---", "1"],
  ["@@", "36"],
  ["+", "32"],
  ["-", "31"],
];

export function colourDiff(diff: string): string {
  return diff
    .split("\n")
    .map((line) => {
      const colour = COLOURS.find(([prefix]) => line.startsWith(prefix))?.[1];
      return colour ? `\x1b[${colour}m${line}\x1b[0m` : line;
    })
    .join("\n");
}
