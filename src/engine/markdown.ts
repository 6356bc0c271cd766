import type { Nodes, Parents, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";
import type { Zone, ZoneKind } from "./zones.js";

/*
 * The markdown parser, remark's (remark-parse with remark-gfm): what zones.ts
 * asks of it, for the blocks that may hold code, links or HTML.
 */

/**
 * Leaves emphasis and strikethrough out of the parse: they never hold code, a
 * link or HTML, and micromark's time on their delimiter runs grows with the
 * square of them (30 KiB of `*_` took it 12 seconds).
 */
function withoutEmphasis(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push({ disable: { null: ["attention", "strikethrough"] } });
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutEmphasis);
const parse = (markdown: string): Root => processor.parse(markdown);

const CODE_ELEMENTS = new Set(["code", "pre"]);

/**
 * The zones of a text parsed whole; one `unparsed` zone if remark cannot
 * parse it. Where micromark misreads an ordered list after indented code
 * (see misreadList), the text is parsed again with that list numbered 1,
 * which micromark reads as cmark-gfm reads the list as written: only the
 * number and the spaces beside it change, and they are never in a zone.
 */
export function parseZones(markdown: string): Zone[] {
  let text = markdown;
  for (let reparses = 0; ; reparses++) {
    let tree: Root;
    try {
      tree = parse(text);
    } catch {
      // Should remark ever throw (`-\n[x] -` tripped its internal checks once), that text is left alone, not the run failed.
      return [unparsed(markdown, "is malformed in a way the markdown parser cannot read")];
    }
    const misread = misreadList(tree, text);
    if (misread !== undefined && EMPTY_ITEM.test(text.slice(misread, misread + 16))) {
      return [
        unparsed(
          markdown,
          "has a list item with nothing on its first line right after indented code, which the parser misreads",
        ),
      ];
    }
    const renumbered = misread === undefined ? undefined : numberedOne(text, misread);
    if (renumbered === undefined) {
      const zones: Zone[] = [];
      collectChildren(tree, markdown, zones, undefined);
      return zones;
    }
    if (reparses === MAX_REPARSES) {
      return [
        unparsed(
          markdown,
          `has more than ${MAX_REPARSES} numbered lists right after indented code, which the parser misreads`,
        ),
      ];
    }
    text = renumbered;
  }
}

const MAX_REPARSES = 8;

function unparsed(markdown: string, reason: string): Zone {
  return { start: 0, end: markdown.length, kind: "unparsed", reason };
}

/**
 * The offset of the first paragraph that micromark made of an ordered list
 * right after indented code, where CommonMark and cmark-gfm start the list:
 * micromark still takes the code for a paragraph the list would interrupt,
 * so a list may start there only at `1.` or `1)`, and never with an empty
 * item (micromark/micromark#228).
 */
function misreadList(tree: Parents, markdown: string): number | undefined {
  const children = tree.children;
  for (const [index, child] of children.entries()) {
    if (
      child.type === "paragraph" &&
      children[index - 1]?.type === "code" &&
      MISREAD.test(markdown.slice(start(child), start(child) + 16))
    ) {
      return start(child);
    }
    if ("children" in child) {
      const inner = misreadList(child, markdown);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

/**
 * An empty item, which micromark will not take for a list there even at 1: its
 * text is left alone, since what GitHub shows as its content may be code.
 */
const EMPTY_ITEM = /^(?:[-+*]|\d{1,9}[.)])[ \t]*(?:\r?\n|$)/;
/** A list micromark misreads after indented code: numbered other than 1, or an empty item. */
const MISREAD = new RegExp(String.raw`^(?:(?!1[.)])\d{1,4}[.)][ \t]+\S|${EMPTY_ITEM.source.slice(1)})`);

/**
 * The text with the list number at `at` written as 1 in the same columns, so
 * that the item's content starts where it did: right-aligned where the line's
 * indentation stays under four columns (`12. x` becomes ` 1. x`), else padded
 * after its `.` or `)` while the gap stays under five (`  1.  x`). Undefined
 * where neither fits (a number of many digits, deeply indented), which is
 * then left as micromark reads it.
 */
function numberedOne(markdown: string, at: number): string | undefined {
  const [, digits = "", delimiter = "", gap = ""] = /^(\d+)([.)])( *)/.exec(markdown.slice(at, at + 16)) ?? [];
  const pad = " ".repeat(digits.length - 1);
  let indent = 0;
  while (markdown[at - indent - 1] === " ") indent++;
  const rest = markdown.slice(at + digits.length + delimiter.length + gap.length);
  if (indent + pad.length < 4) return `${markdown.slice(0, at)}${pad}1${delimiter}${gap}${rest}`;
  if (gap.length + pad.length < 5 && !rest.startsWith("\t"))
    return `${markdown.slice(0, at)}1${delimiter}${gap}${pad}${rest}`;
  return undefined;
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** `html` is the raw HTML read so far in the enclosing paragraph, heading or table cell. */
function collect(node: Nodes, markdown: string, zones: Zone[], html: HtmlState | undefined): void {
  switch (node.type) {
    case "paragraph":
    case "heading":
    case "tableCell": {
      const inline = new HtmlState(zones, true);
      collectChildren(node, markdown, zones, inline);
      inline.endBlock(end(node));
      return;
    }
    case "code":
    case "inlineCode":
      zones.push({ start: start(node), end: end(node), kind: "code" });
      return;
    case "html":
      // An HTML block is its own block: scanned to its end, it has nothing left to end.
      (html ?? new HtmlState(zones, false)).scan(markdown, start(node), end(node));
      return;
    case "image":
    case "imageReference":
    case "definition":
      zones.push({ start: start(node), end: end(node), kind: "literal" });
      return;
    case "link":
    case "linkReference": {
      // An autolink (`<https://…>` or a bare GFM URL) is all destination.
      if (markdown[start(node)] !== "[") {
        zones.push({ start: start(node), end: end(node), kind: "literal" });
        return;
      }
      collectChildren(node, markdown, zones, html);
      const last = node.children.at(-1);
      const textEnd = last ? end(last) : start(node) + 1;
      zones.push({ start: textEnd, end: end(node), kind: "literal" });
      return;
    }
    default:
      if ("children" in node) collectChildren(node, markdown, zones, html);
  }
}

function collectChildren(node: Parents, markdown: string, zones: Zone[], html: HtmlState | undefined): void {
  for (const child of node.children) collect(child, markdown, zones, html);
}

/**
 * Reads the raw HTML of one paragraph, heading, table cell or HTML block,
 * node by node in document order, so that `<code>` in one inline HTML node
 * and `</code>` in a later one make the markdown between them code. An
 * element left open ends with its block, as a blank line ends it in markdown.
 * The text of an HTML block (not `inline`) is an `html` zone.
 */
class HtmlState {
  private depth = 0;
  private openSince = 0;

  constructor(
    private readonly zones: Zone[],
    private readonly inline: boolean,
  ) {}

  scan(markdown: string, from: number, to: number): void {
    if (this.depth > 0) this.markCode(this.openSince, from);
    let position = from;
    let textStart = from;
    let firstContent = from;
    while (/[ \t]/.test(markdown[firstContent] ?? "")) firstContent++;
    while (position < to) {
      const next = markdown.indexOf("<", position);
      if (next === -1 || next >= to) break;
      const part = htmlPart(markdown, next, to, this.inline);
      if (!part) {
        position = next + 1;
        continue;
      }
      this.text(textStart, next);
      // A comment that starts an HTML block: if it is a marker, the marker made the block.
      const opensBlock = !this.inline && part.kind === "comment" && next === firstContent;
      this.zones.push({ start: next, end: part.end, kind: part.kind, ...(opensBlock && { opensBlock }) });
      if (part.tag && CODE_ELEMENTS.has(part.tag)) {
        this.depth = part.closing ? Math.max(0, this.depth - 1) : this.depth + 1;
      }
      position = part.end;
      textStart = part.end;
    }
    this.text(textStart, to);
    this.openSince = to;
  }

  endBlock(blockEnd: number): void {
    if (this.depth > 0) this.markCode(this.openSince, blockEnd);
  }

  /** Text between the parts: code inside `<code>` or `<pre>`, HTML text in an HTML block, else prose. */
  private text(from: number, to: number): void {
    if (to <= from) return;
    if (this.depth > 0) this.markCode(from, to);
    else if (!this.inline) this.zones.push({ start: from, end: to, kind: "html" });
  }

  /** Code wins over anything found inside it, which was pushed after `from`. */
  private markCode(from: number, to: number): void {
    if (to <= from) return;
    while ((this.zones.at(-1)?.start ?? -1) >= from) this.zones.pop();
    this.zones.push({ start: from, end: to, kind: "code" });
  }
}

interface HtmlPart {
  readonly end: number;
  readonly kind: ZoneKind;
  readonly tag?: string;
  readonly closing?: boolean;
}

const TAG_NAME = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/;

/**
 * The comment, declaration or tag that starts at `at` (a `<`), as GitHub
 * shows it; undefined for a `<` that starts none. A processing instruction
 * or CDATA section ends, for the browser GitHub's HTML reaches, at its first
 * `>`; an inline comment follows cmark-gfm, which takes none holding `--`.
 */
function htmlPart(markdown: string, at: number, limit: number, inline: boolean): HtmlPart | undefined {
  const closer = (marker: string, from: number) => {
    const found = markdown.indexOf(marker, from);
    return found === -1 || found >= limit ? limit : found + marker.length;
  };
  if (markdown.startsWith("<!--", at)) {
    if (!inline) return { end: closer("-->", at + 4), kind: "comment" };
    const end = inlineCommentEnd(markdown, at, limit);
    return end === undefined ? undefined : { end, kind: "comment" };
  }
  if (markdown.startsWith("<?", at) || /^<![A-Za-z[]/.test(markdown.slice(at, at + 3))) {
    return { end: closer(">", at + 2), kind: "comment" };
  }
  const tag = TAG_NAME.exec(markdown.slice(at, at + 64));
  if (!tag) return undefined;
  const [opening, slash, name] = tag as unknown as [string, string, string];
  return {
    end: tagEnd(markdown, at + opening.length, limit),
    kind: "literal",
    tag: name.toLowerCase(),
    closing: slash === "/",
  };
}

/**
 * Where an inline comment at `at`, which micromark's node ends at `limit`,
 * ends for cmark-gfm (CommonMark 0.29): its text may not start with `>` or
 * `->`, nor hold `--`, so its first `--` is the closing `-->`. (micromark
 * ends `<!-->` and `<!--->` at that `>`, before any `--`.) Undefined when it
 * is no comment there: GitHub shows it as text.
 */
function inlineCommentEnd(markdown: string, at: number, limit: number): number | undefined {
  return markdown.indexOf("--", at + "<!--".length) === limit - "-->".length ? limit : undefined;
}

/** The offset after the `>` that closes a tag, skipping quoted attribute values. */
function tagEnd(markdown: string, from: number, limit: number): number {
  let quote = "";
  for (let i = from; i < limit; i++) {
    const char = markdown[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ">") {
      return i + 1;
    }
  }
  return limit;
}
