// The parser's own matching of labels (case, white space), so that a definition is found where micromark finds it.
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { type Block, splitBlocks } from "./blocks.js";
import { NextOccurrence } from "./next-occurrence.js";
import { whyNotParsed } from "./parse-limits.js";

/**
 * What a stretch of the source is, for deciding what may be replaced there:
 * - `code`: fenced, indented or inline code, or the text of `<code>` or `<pre>`: never touched;
 * - `literal`: a link or image destination or title, an autolink, an HTML
 *   tag with its attributes: a comment cannot stand there, so no marker;
 * - `comment`: an HTML comment, processing instruction or declaration;
 * - `html`: the text of a raw HTML block: prose, where a comment may stand anywhere;
 * - `unparsed`: a block that is not parsed (see parse-limits.ts), or that the parser cannot read: left as it is.
 * Everything outside a zone is prose.
 */
export type ZoneKind = "code" | "literal" | "comment" | "html" | "unparsed";

export interface Zone {
  readonly start: number;
  readonly end: number;
  readonly kind: ZoneKind;
  /** For an `unparsed` zone: why, as the end of a sentence that starts "this block". */
  readonly reason?: string;
  /** For a `comment` zone: it starts a raw HTML block (a comment that begins a line does). */
  readonly opensBlock?: boolean;
}

/** Blocks are parsed side by side up to this much text at a time, which saves the parser's set-up for each call. */
const GROUP_BYTES = 8 * 1024;

/**
 * The zones of a markdown document, sorted and disjoint. Only the top-level
 * blocks that could hold a token or a marker are looked at (all of them with
 * `everyBlock`), and of those only the ones that could hold a zone are
 * parsed: the parser's cost grows faster than the text, and a README is
 * mostly blocks with nothing to replace. A block the limits refuse is one
 * `unparsed` zone.
 *
 * Each block ends where every construct is closed, so blocks parse the same
 * side by side as apart: small ones are parsed together, up to GROUP_BYTES
 * at a time. `parse` is needed only where `needsParser` says so.
 *
 * Where tokens get `plainValues` (a template, `keep-tokens: false`), a value
 * is written in a link or an attribute as anywhere else: only code and
 * comments keep their tokens, so only a block that may hold them is parsed.
 */
export function findZones(
  markdown: string,
  parse: BlockParser | undefined,
  { everyBlock = false, plainValues = false } = {},
): Zone[] {
  // An image reference (`![alt][label]`) is an image only where its label is defined, often in a block that
  // holds no token and is not parsed: the blocks that hold one are parsed with the definitions they use.
  let definitions: Map<string, string> | undefined;
  const definitionsFor = (text: string) => {
    if (!text.includes("![")) return "";
    definitions ??= definitionsOf(markdown);
    const used = new Set<string>();
    for (const [, label = ""] of text.matchAll(BRACKETED)) {
      const line = definitions.get(normalizeIdentifier(label));
      if (line !== undefined) used.add(line);
    }
    return [...used].join("\n");
  };
  const zones: Zone[] = [];
  let group: Block[] = [];
  let groupLength = 0;
  const parseGroup = () => {
    if (group.length === 0) return;
    if (!parse) throw new Error("findZones needs the markdown parser here: ask needsParser first");
    const parseBlocks = (blocks: readonly Block[]) => {
      const text = blocks.map((block) => markdown.slice(block.start, block.end)).join("");
      const used = definitionsFor(text);
      if (used === "") return parse(text);
      return parse(`${text}\n\n${used}\n`).filter((zone) => zone.start < text.length);
    };
    const found = parseBlocks(group);
    // Where the parser gives up on the text of several blocks (past a limit of markdown.ts's), each is
    // parsed alone: one block's trouble stays its own.
    const placed =
      group.length > 1 && found.some((zone) => zone.kind === "unparsed")
        ? group.flatMap((block) => placeZones(parseBlocks([block]), [block]))
        : placeZones(found, group);
    // Not push(...zones): spread arguments overflow the stack past some hundred thousand items.
    for (const zone of placed) zones.push(zone);
    group = [];
    groupLength = 0;
  };
  for (const { block, reason } of blocksToParse(markdown, everyBlock, plainValues)) {
    if (reason !== undefined) {
      zones.push({ start: block.start, end: block.end, kind: "unparsed", reason });
      continue;
    }
    const length = block.end - block.start;
    if (groupLength + length > GROUP_BYTES) parseGroup();
    group.push(block);
    groupLength += length;
  }
  parseGroup();
  return zones;
}

/**
 * Whether rendering `markdown` needs the markdown parser: for its own zones,
 * or for a template block's template, which is rendered on its own with plain
 * values (render.ts).
 */
export function needsParser(markdown: string, { plainValues = false } = {}): boolean {
  for (const { reason } of blocksToParse(markdown, false, plainValues)) if (reason === undefined) return true;
  for (const [, template = ""] of markdown.matchAll(TEMPLATES))
    if (needsParser(template, { plainValues: true })) return true;
  return false;
}

/**
 * The blocks that could hold a token or a marker and a zone, each with why it
 * is not parsed (see parse-limits.ts), or undefined when it may be.
 */
function* blocksToParse(
  markdown: string,
  everyBlock: boolean,
  plainValues: boolean,
): Generator<{ block: Block; reason: string | undefined }> {
  const mayHold = plainValues ? MAY_HOLD_CODE : MAY_HOLD_ZONES;
  const last = everyBlock
    ? markdown.length
    : Math.max(lastOccurrence(markdown, "{{"), lastOccurrence(markdown, "<!--"));
  if (last === -1) return;
  const braces = new NextOccurrence(markdown, "{{");
  const comments = new NextOccurrence(markdown, "<!--");
  const holds = (next: NextOccurrence, block: Block) => {
    const at = next.after(block.start);
    return at !== -1 && at < block.end;
  };
  for (const block of splitBlocks(markdown, { stopAfter: last })) {
    if (!(everyBlock || holds(braces, block) || holds(comments, block))) continue;
    const text = markdown.slice(block.start, block.end);
    if (!everyBlock && !mayHold.test(text.replace(TEMPLATE_BLOCKS, "").replace(MARKER_COMMENTS, ""))) continue;
    yield { block, reason: whyNotParsed(text) };
  }
}

/**
 * Template blocks, with the rendering that follows each up to its end mark
 * (but never past another block's start): the engine finds them itself and
 * writes the rendering anew, so they need no parse of the file; only what
 * stands around them (a backtick, an indentation) can make them code.
 */
const TEMPLATE_BLOCKS = /<!--counters(?=[\s-])[\s\S]*?-->(?:(?:(?!<!--counters)[\s\S])*?<!--\/counters-->)?/g;

/**
 * The document's link reference definitions, by label: the lines at the
 * start of a block that are one each (a definition cannot interrupt a
 * paragraph, nor stand in code or HTML). A definition in a block quote or
 * over two lines is not found, and its image is read as text, as before.
 */
function definitionsOf(markdown: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const block of splitBlocks(markdown)) {
    for (const line of markdown.slice(block.start, block.end).split("\n")) {
      const label = DEFINITION.exec(line)?.[1];
      if (label === undefined) break;
      const key = normalizeIdentifier(label);
      if (!definitions.has(key)) definitions.set(key, line.replace(/\r$/, ""));
    }
  }
  return definitions;
}

/** A link reference definition's line, and its label. */
const DEFINITION = /^ {0,3}\[((?:[^\\\]\n]|\\.)+)\]:/;

/** What stands in brackets, as a reference's label may. */
const BRACKETED = /\[((?:[^\\\]\n]|\\.)+)\]/g;

/** The template of each template block. */
const TEMPLATES = /<!--counters(?=[\s-])([\s\S]*?)-->/g;

/** The comments of markers, in either form, which are no zone of their own: the engine finds them itself. */
const MARKER_COMMENTS = /<span><!--\{\{[^{}\n]*\}\}-->|<!--\/--><\/span>|<!--\{\{[^{}\n]*\}\}-->|<!--\/-->/g;

/**
 * What every zone starts with, or stands in: a backtick or tilde (code), an
 * indented line (code, in places), `<` (HTML, autolinks, comments), `[`
 * (links, images, definitions), `://`, `www.` and `@` (GFM's bare links).
 * A block with none of these is all prose, so it needs no parse. Indented
 * code may also start after a line's block quote and list marks (`>     x`,
 * `-\t\tx`, `1.     x`): there, too, four columns of white space or a tab.
 */
const INDENTED = String.raw`^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)]))*(?: {4}| {0,3}\t)`;
const MAY_HOLD_ZONES = new RegExp(String.raw`[\`~<[@]|:\/\/|www\.|${INDENTED}`, "m");
/** What code and comments start with, or stand in: the zones that keep their tokens where values are plain. */
const MAY_HOLD_CODE = new RegExp(String.raw`[\`~<]|${INDENTED}`, "m");

/**
 * Moves zones found in blocks parsed side by side back to where each block
 * stands in the document. Zones are sorted, and each stays within the block
 * it starts in: a block ends where every construct is closed, and a group the
 * parser gave up on is parsed again block by block.
 */
function placeZones(found: readonly Zone[], blocks: readonly Block[]): Zone[] {
  const placed: Zone[] = [];
  let blockIndex = 0;
  let offset = 0;
  for (const zone of found) {
    let block = blocks[blockIndex] as Block;
    while (zone.start >= offset + (block.end - block.start) && blockIndex < blocks.length - 1) {
      offset += block.end - block.start;
      block = blocks[++blockIndex] as Block;
    }
    const start = block.start + zone.start - offset;
    placed.push({ ...zone, start, end: Math.min(block.end, start + zone.end - zone.start) });
  }
  return placed;
}

/** Like lastIndexOf, which V8 runs some thirty times slower over a megabyte than these forward searches. */
function lastOccurrence(text: string, needle: string): number {
  let last = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) last = at;
  return last;
}

/** Finds the zones of one block of markdown, with offsets from the block's start: markdown.ts's parseZones. */
export type BlockParser = (markdown: string) => Zone[];
