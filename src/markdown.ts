import { performance } from "node:perf_hooks";
import type { Nodes, Parents, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { type Block, NextOccurrence, splitBlocks } from "./blocks.js";

/**
 * What a stretch of the source is, for deciding what may be replaced there:
 * - `code`: fenced, indented or inline code, or the text of an HTML element
 *   that shows code (`<code>`, `<pre>`, `<script>`, …): never touched;
 * - `literal`: a link or image destination or title, an autolink, an HTML
 *   tag with its attributes: a comment cannot stand there, so no marker;
 * - `comment`: an HTML comment, processing instruction or declaration;
 * - `unparsed`: a block remark could not parse (too deeply nested, or malformed): left as it is.
 * Everything outside a zone is prose.
 */
export type ZoneKind = "code" | "literal" | "comment" | "unparsed";

export interface Zone {
  readonly start: number;
  readonly end: number;
  readonly kind: ZoneKind;
}

/** Finds the zones of one block of markdown, with offsets from the block's start. */
export type BlockParser = (markdown: string) => Zone[];

/**
 * Blocks up to this size are parsed in this thread: remark's worst known
 * input of this size (runs of `*_`) takes under a second. A larger block goes
 * to the `parseLarge` that the caller gives, which can set a deadline.
 */
const IN_THREAD_LIMIT = 8 * 1024;

// What remark-parse with remark-gfm runs, without the processor around it that a parse does not need.
const parse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const CODE_ELEMENTS = new Set(["code", "pre", "samp", "kbd", "script", "style", "textarea"]);

/**
 * The zones of a markdown document, sorted and disjoint. Only the top-level
 * blocks that could hold a token or a marker are parsed (all of them with
 * `everyBlock`): remark's cost grows faster than the text, and a README is
 * mostly blocks with nothing to replace.
 *
 * Each block ends where every construct is closed, so blocks parse the same
 * side by side as apart: small ones are parsed together, up to
 * IN_THREAD_LIMIT at a time, which saves remark's set-up for each call.
 * Parsing stops after PARSE_BUDGET_MS; what is left is `unparsed`.
 */
export function findZones(
  markdown: string,
  { everyBlock = false, parseLarge = parseZones }: { everyBlock?: boolean; parseLarge?: BlockParser | undefined } = {},
): Zone[] {
  const zones: Zone[] = [];
  const last = everyBlock
    ? markdown.length
    : Math.max(lastOccurrence(markdown, "{{"), lastOccurrence(markdown, "<!--"));
  if (last === -1) return zones;
  const braces = new NextOccurrence(markdown, "{{");
  const comments = new NextOccurrence(markdown, "<!--");
  const holds = (next: NextOccurrence, block: Block) => {
    const at = next.after(block.start);
    return at !== -1 && at < block.end;
  };
  const started = performance.now();
  let group: Block[] = [];
  let groupLength = 0;
  const parse = (blocks: Block[], parser: BlockParser) => {
    if (blocks.length === 0) return;
    const text = blocks.map((block) => markdown.slice(block.start, block.end)).join("");
    const found =
      performance.now() - started > PARSE_BUDGET_MS
        ? [{ start: 0, end: text.length, kind: "unparsed" as const }]
        : parser(text);
    // Not push(...zones): spread arguments overflow the stack past some hundred thousand items.
    for (const zone of placeZones(found, blocks)) zones.push(zone);
  };
  for (const block of splitBlocks(markdown, { stopAfter: last })) {
    if (!(everyBlock || holds(braces, block) || holds(comments, block))) continue;
    const length = block.end - block.start;
    if (length > IN_THREAD_LIMIT) {
      parse(group, parseZones);
      parse([block], parseLarge);
      group = [];
      groupLength = 0;
    } else {
      if (groupLength + length > IN_THREAD_LIMIT) {
        parse(group, parseZones);
        group = [];
        groupLength = 0;
      }
      group.push(block);
      groupLength += length;
    }
  }
  parse(group, parseZones);
  return zones;
}

/** How long one document's blocks may take to parse in all, before the rest are left `unparsed`. */
const PARSE_BUDGET_MS = 3000;

/** Moves zones found in blocks parsed side by side back to where each block stands in the document. */
function placeZones(found: readonly Zone[], blocks: readonly Block[]): Zone[] {
  const placed: Zone[] = [];
  let blockIndex = 0;
  let offset = 0;
  for (const zone of found) {
    // Zones are sorted; a zone spanning blocks (only `unparsed` can) is cut at each block's end.
    let start = zone.start;
    while (start < zone.end) {
      let block = blocks[blockIndex] as Block;
      while (start >= offset + (block.end - block.start) && blockIndex < blocks.length - 1) {
        offset += block.end - block.start;
        block = blocks[++blockIndex] as Block;
      }
      const end = Math.min(zone.end, offset + (block.end - block.start));
      placed.push({ kind: zone.kind, start: block.start + start - offset, end: block.start + end - offset });
      if (end === start) break;
      start = end;
    }
  }
  return placed;
}

/** Like lastIndexOf, which V8 runs some thirty times slower over a megabyte than these forward searches. */
function lastOccurrence(text: string, needle: string): number {
  let last = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) last = at;
  return last;
}

/** The zones of a text parsed whole, in this thread; one `unparsed` zone if remark cannot parse it. */
export function parseZones(markdown: string): Zone[] {
  let tree: Root;
  try {
    tree = parse(markdown);
  } catch {
    // Deeply nested input (10 000 `>`) overflows remark's stack, and a few
    // malformed inputs trip its internal checks: that block is left alone.
    return [{ start: 0, end: markdown.length, kind: "unparsed" }];
  }
  const zones: Zone[] = [];
  collectChildren(tree, markdown, zones, undefined);
  return zones;
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
      const inline = new HtmlState(zones);
      collectChildren(node, markdown, zones, inline);
      inline.endBlock(end(node));
      return;
    }
    case "code":
    case "inlineCode":
      zones.push({ start: start(node), end: end(node), kind: "code" });
      return;
    case "html":
      if (html) {
        html.scan(markdown, start(node), end(node));
      } else {
        const block = new HtmlState(zones);
        block.scan(markdown, start(node), end(node));
        block.endBlock(end(node));
      }
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
 */
class HtmlState {
  private depth = 0;
  private openSince = 0;

  constructor(private readonly zones: Zone[]) {}

  scan(markdown: string, from: number, to: number): void {
    if (this.depth > 0) this.markCode(this.openSince, from);
    let position = from;
    let textStart = from;
    while (position < to) {
      const next = markdown.indexOf("<", position);
      if (next === -1 || next >= to) break;
      const part = htmlPart(markdown, next, to);
      if (!part) {
        position = next + 1;
        continue;
      }
      if (this.depth > 0) this.markCode(textStart, next);
      this.zones.push({ start: next, end: part.end, kind: part.kind });
      if (part.tag && CODE_ELEMENTS.has(part.tag)) {
        this.depth = part.closing ? Math.max(0, this.depth - 1) : this.depth + 1;
      }
      position = part.end;
      textStart = part.end;
    }
    if (this.depth > 0) this.markCode(textStart, to);
    this.openSince = to;
  }

  endBlock(blockEnd: number): void {
    if (this.depth > 0) this.markCode(this.openSince, blockEnd);
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

/** The comment, declaration or tag that starts at `at` (a `<`), or undefined for a lone `<`. */
function htmlPart(markdown: string, at: number, limit: number): HtmlPart | undefined {
  const closer = (marker: string, from: number) => {
    const found = markdown.indexOf(marker, from);
    return found === -1 || found >= limit ? limit : found + marker.length;
  };
  if (markdown.startsWith("<!--", at)) return { end: closer("-->", at + 4), kind: "comment" };
  if (markdown.startsWith("<![CDATA[", at)) return { end: closer("]]>", at + 9), kind: "comment" };
  if (markdown.startsWith("<?", at)) return { end: closer("?>", at + 2), kind: "comment" };
  if (/^<![A-Za-z]/.test(markdown.slice(at, at + 3))) return { end: closer(">", at + 2), kind: "comment" };
  const name = TAG_NAME.exec(markdown.slice(at, at + 64));
  if (!name) return undefined;
  return {
    end: tagEnd(markdown, at + name[0].length, limit),
    kind: "literal",
    tag: (name[2] as string).toLowerCase(),
    closing: name[1] === "/",
  };
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
