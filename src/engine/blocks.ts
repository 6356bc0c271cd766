/** A stretch of a document made of whole top-level blocks: remark parses it alone exactly as within the document. */
export interface Block {
  readonly start: number;
  readonly end: number;
}

/** What the splitter is inside of, where a blank line does not end the construct. */
interface Open {
  /** A fence's closer (```` ``` ````, `~~~~`) or the text that ends a multi-line HTML block. */
  readonly closes: (line: string) => boolean;
  /** The opener's indentation; above 0, the opener may belong to a list item instead. */
  readonly indent: number;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)/;
// HTML blocks that a blank line does not end (CommonMark's types 1 to 5), with what ends each.
const HTML_BLOCKS: Array<[RegExp, (line: string) => boolean]> = [
  [/^( {0,3})<(?:pre|script|style|textarea)(?:[\s>]|$)/i, (line) => /<\/(?:pre|script|style|textarea)>/i.test(line)],
  [/^( {0,3})<!--/, (line) => line.includes("-->")],
  [/^( {0,3})<\?/, (line) => line.includes("?>")],
  [/^( {0,3})<!\[CDATA\[/, (line) => line.includes("]]>")],
  [/^( {0,3})<![A-Za-z]/, (line) => line.includes(">")],
];

/**
 * Splits a markdown document where a blank line is followed by an unindented
 * line, which ends every open block (paragraph, list item, quote, table, HTML
 * of types 6–7), except inside a fenced code block or a multi-line HTML block
 * (comment, `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!X`, CDATA),
 * which are tracked here.
 *
 * Where the splitter cannot be sure what remark will see, it stops splitting
 * and the rest of the document stays one block, which is always safe:
 * - a fence or HTML block indented by 1–3 spaces may instead sit in a list
 *   item, which ends at the first less-indented line, so such a line while
 *   the construct is open leaves two readings of what follows;
 * - a line starting with a tag may open an HTML block that runs to the next
 *   blank line (CommonMark's types 6 and 7), swallowing a fence or an HTML
 *   comment that starts before that blank line.
 *
 * A block that follows indented code is split off like any other: micromark
 * reads an ordered list that does not start at 1 right after indented code
 * as a paragraph, where CommonMark and cmark-gfm (GitHub) see the list, and
 * parsed on its own the list is read right.
 *
 * Past `stopAfter` (the last offset the caller cares about) the rest of the
 * document is left as one block without reading it.
 */
export function splitBlocks(markdown: string, { stopAfter = markdown.length } = {}): Block[] {
  const blocks: Block[] = [];
  let blockStart = 0;
  let open: Open | undefined;
  let previousBlank = false;
  let maybeHtmlToBlankLine = false;
  const rest = () => {
    blocks.push({ start: blockStart, end: markdown.length });
    return blocks;
  };
  for (let lineStart = 0; lineStart < markdown.length; ) {
    let lineEnd = markdown.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = markdown.length;
    // The line's end (a line feed, or no character at the document's end) is not white space.
    let first = lineStart;
    while (isWhiteSpace(markdown.charCodeAt(first))) first++;
    const blank = first === lineEnd;

    if (open) {
      if (!blank && first - lineStart < open.indent) return rest();
      if (open.closes(markdown.slice(lineStart, lineEnd))) open = undefined;
    } else {
      if (previousBlank && !blank && first === lineStart) {
        blocks.push({ start: blockStart, end: lineStart });
        blockStart = lineStart;
        if (blockStart > stopAfter) return rest();
      }
      // Most lines are prose that starts with a character that opens nothing: only the others are sliced.
      if (MAY_OPEN.has(markdown.charCodeAt(first))) {
        // A CRLF line's CR stays on its text: `.` in FENCE stops before it, and the end tests allow it.
        const text = markdown.slice(lineStart, lineEnd);
        open = opens(text);
        if (open && maybeHtmlToBlankLine) return rest();
        if (!open && /^ {0,3}<[A-Za-z/]/.test(text)) maybeHtmlToBlankLine = true;
      }
    }
    if (blank) maybeHtmlToBlankLine = false;
    previousBlank = blank && !open;
    lineStart = lineEnd + 1;
  }
  return rest();
}

/** The fence or multi-line HTML block that this line opens and leaves open, if any. */
function opens(line: string): Open | undefined {
  const fence = FENCE.exec(line);
  if (fence) {
    const [, indent, marks, info] = fence as unknown as [string, string, string, string];
    // A backtick fence's info string may not hold a backtick: such a line is inline code, not a fence.
    if (marks[0] === "`" && info.includes("`")) return undefined;
    return { closes: (candidate) => closesFence(candidate, marks), indent: indent.length };
  }
  for (const [start, closes] of HTML_BLOCKS) {
    const match = start.exec(line);
    // The opener counts toward the end: `<?>` and `<!-->` open and close on one line.
    if (match) return closes(line) ? undefined : { closes, indent: (match[1] as string).length };
  }
  return undefined;
}

/** Whether a line closes a fence opened with `marks`: at most 3 spaces, as many marks or more, then only white space. */
function closesFence(line: string, marks: string): boolean {
  let at = 0;
  while (at < 3 && line[at] === " ") at++;
  let run = 0;
  while (line[at + run] === marks[0]) run++;
  return run >= marks.length && line.slice(at + run).trim() === "";
}

// The first characters of fences (` ~) and of HTML blocks (<).
const MAY_OPEN = new Set([0x60, 0x7e, 0x3c]);

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}
