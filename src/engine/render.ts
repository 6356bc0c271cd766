import { NextOccurrence } from "./next-occurrence.js";
import { type DateContext, evaluate, TOKEN_SOURCE, type Token } from "./tokens.js";
import { type BlockParser, findZones, type Zone, type ZoneKind } from "./zones.js";

export interface RenderOptions {
  /** Bare tokens become markers (design section 4); false writes plain values. */
  readonly keepTokens: boolean;
  /** The markdown parser (markdown.ts's parseZones), where the text needs one (zones.ts's needsParser). */
  readonly parse: BlockParser | undefined;
}

/** A token that was given a value. */
export interface Replacement {
  /** The token as a person wrote it, `{{DATE}}`, also when it stands in a marker. */
  readonly token: string;
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/**
 * What a problem did to the file:
 * - `written`: the value was written; the problem is a note on it (a SINCE date in the future);
 * - `left-alone`: the token was left as it is (an unknown token, a token where no marker can stand);
 * - `broken`: markers or template blocks are nested, unbalanced or unclosed, or a token cannot be
 *   kept in a marker at all: the file must not be written until a person mends it.
 */
export type ProblemKind = "written" | "left-alone" | "broken";

/** A token, marker or template block the engine had something to say about. */
export interface Problem {
  readonly text: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: ProblemKind;
}

export interface Rendering {
  readonly text: string;
  readonly changed: boolean;
  readonly replacements: Replacement[];
  readonly problems: Problem[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TEMPLATE_START = "<!--counters";
const TEMPLATE_END = "<!--/counters-->";
const MARKER_END = "<!--/-->";
/** The line-start form of a marker is wrapped in these (design section 4). */
const SPAN_START = "<span>";
const SPAN_END = "</span>";

// Alternatives, in the order they are tried at a `<!--` or `{{`: template start,
// template end mark, marker (groups 1–3), marker end mark, bare token (groups 4–5).
const CONSTRUCT = new RegExp(
  `<!--counters(?=[\\s-])|<!--/counters-->|<!--(${TOKEN_SOURCE})-->|<!--/-->|${TOKEN_SOURCE}`,
  "y",
);
const MARKER_VALUE = /[^<\n]*/y;
/** A token in any case: where a `{{` is no token, it may be one written in small letters (`{{Date}}`). */
const ANY_CASE_TOKEN = new RegExp(TOKEN_SOURCE, "iy");

/**
 * Renders every token, marker and template block in a markdown document.
 * Pure: the same text and context always give the same result. Only the
 * replaced spans change; every other byte is copied from the source.
 */
export function render(source: string, context: DateContext, options: RenderOptions): Rendering {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = source.slice(bom.length);
  const renderer = new Renderer(body, context, options);
  const text = bom + renderer.run();
  return { text, changed: text !== source, replacements: renderer.replacements, problems: renderer.problems };
}

class Renderer {
  readonly replacements: Replacement[] = [];
  readonly problems: Problem[] = [];
  private readonly edits: Edit[] = [];
  private readonly zones: ZoneCursor;
  private readonly lines: LineIndex;
  private readonly eol: string;
  private readonly templateStarts: NextOccurrence;
  private readonly templateEnds: NextOccurrence;

  constructor(
    private readonly text: string,
    private readonly context: DateContext,
    private readonly options: RenderOptions,
  ) {
    this.zones = new ZoneCursor(findZones(text, options.parse, { plainValues: !options.keepTokens }));
    this.lines = new LineIndex(text);
    this.eol = text.includes("\r\n") ? "\r\n" : "\n";
    this.templateStarts = new NextOccurrence(text, TEMPLATE_START);
    this.templateEnds = new NextOccurrence(text, TEMPLATE_END);
  }

  run(): string {
    // indexOf finds the candidates far faster than a regular expression scanning the whole text.
    const braces = new NextOccurrence(this.text, "{{");
    const comments = new NextOccurrence(this.text, "<!--");
    const scan = new RegExp(CONSTRUCT);
    for (let position = 0; ; ) {
      const brace = braces.after(position);
      const comment = comments.after(position);
      const at = brace === -1 || (comment !== -1 && comment < brace) ? comment : brace;
      if (at === -1) break;
      scan.lastIndex = at;
      const match = scan.exec(this.text);
      if (!match) {
        position = at === brace ? this.notAToken(at) : at + 1;
        continue;
      }
      position = scan.lastIndex;
      const place = this.zones.at(at);
      const zone = place?.kind;
      if (zone === "code") continue;
      const found = match[0];
      if (zone === "unparsed") {
        const why = place?.reason ?? "could not be parsed";
        this.problem(
          at,
          found,
          `the block holding this ${why}, so it is left as it is (a blank line before the token's paragraph keeps it apart)`,
          "left-alone",
        );
        continue;
      }
      if (found === TEMPLATE_START) {
        if (zone !== "literal") position = this.templateBlock(at);
      } else if (found === TEMPLATE_END) {
        if (zone !== "literal") this.problem(at, found, "this end mark has no template block before it", "broken");
      } else if (match[1] !== undefined) {
        if (zone !== "literal")
          // A marker in a block that needed no parse is in prose: where it begins a line, it opens an HTML block.
          position = this.marker(at, found, token(match[2], match[3]), place?.opensBlock ?? zone === undefined);
      } else if (found === MARKER_END) {
        if (zone !== "literal") this.problem(at, found, "this end mark has no marker before it", "broken");
      } else if (zone !== "comment" && !escaped(this.text, at)) {
        this.bareToken(at, found, token(match[4], match[5]), zone);
      }
    }
    return splice(this.text, this.edits);
  }

  /**
   * A `{{` that starts no token: a token in small letters (`{{Date}}`) is
   * left alone with the right spelling; anything else (`{{ site.title }}`,
   * `{{name}}`) belongs to another template language and is not reported.
   * Returns where scanning goes on.
   */
  private notAToken(at: number): number {
    ANY_CASE_TOKEN.lastIndex = at;
    const match = ANY_CASE_TOKEN.exec(this.text);
    const kind = this.zones.at(at)?.kind;
    if (!match || kind === "code" || kind === "comment" || kind === "unparsed" || escaped(this.text, at)) return at + 1;
    const [found, name] = match as unknown as [string, string];
    const capitals = token(name.toUpperCase(), match[2]);
    const result = evaluate(capitals, this.context);
    if ("error" in result && result.unknown) return at + 1;
    const spelling = found.replace(name, capitals.name);
    this.problem(at, found, `tokens are written in capitals: did you mean ${spelling}?`, "left-alone");
    return ANY_CASE_TOKEN.lastIndex;
  }

  /** `<!--counters … -->rendering<!--/counters-->`; returns where scanning goes on. */
  private templateBlock(at: number): number {
    const contentStart = at + TEMPLATE_START.length;
    const close = this.text.indexOf("-->", contentStart);
    if (close === -1) {
      this.problem(at, TEMPLATE_START, "this template block is never closed with -->", "broken");
      return this.text.length;
    }
    const content = this.text.slice(contentStart, close);
    const commentEnd = close + 3;
    const lineEnd = this.lines.bounds(commentEnd).end;
    const isBlock = this.text.slice(commentEnd, lineEnd).trim() === "";
    const template = isBlock ? content.replace(/^[ \t]*\r?\n/, "").replace(/\r?\n[ \t]*$/, "") : content.trim();
    const rendering = this.renderTemplate(template, contentStart + content.indexOf(template));
    const endMark = this.findTemplateEnd(commentEnd);
    if (rendering === undefined) return endMark === -1 ? commentEnd : endMark + TEMPLATE_END.length;

    const from = isBlock ? lineEnd : commentEnd;
    const generated = isBlock ? `${this.eol}${rendering}${this.eol}` : rendering;
    if (endMark === -1) {
      this.edits.push({ start: from, end: from, text: generated + TEMPLATE_END });
      return commentEnd;
    }
    this.edits.push({ start: from, end: endMark, text: generated });
    return endMark + TEMPLATE_END.length;
  }

  /** The end mark that belongs to a template block: the first one before any other block starts. */
  private findTemplateEnd(from: number): number {
    const endMark = this.templateEnds.after(from);
    const nextBlock = this.templateStarts.after(from);
    return nextBlock !== -1 && nextBlock < endMark ? -1 : endMark;
  }

  /**
   * The template rendered with plain values; undefined when a token in it
   * cannot be written today, so that the block keeps its last rendering, as
   * a marker keeps its value. Its problems are reported at their places.
   */
  private renderTemplate(template: string, offset: number): string | undefined {
    const inner = new Renderer(template, this.context, { ...this.options, keepTokens: false });
    const rendering = inner.run();
    const origin = this.lines.locate(offset);
    const shift = <T extends { line: number; column: number }>(item: T): T => ({
      ...item,
      line: origin.line + item.line - 1,
      column: item.line === 1 ? origin.column + item.column - 1 : item.column,
    });
    // Not push(...items): spread arguments overflow the stack past some hundred thousand items.
    for (const problem of inner.problems) this.problems.push(shift(problem));
    if (inner.problems.some((problem) => problem.kind !== "written")) return undefined;
    for (const replacement of inner.replacements) this.replacements.push(shift(replacement));
    return rendering;
  }

  /**
   * `<!--{{TOKEN}}-->VALUE<!--/-->`, or its line-start form in a span;
   * returns where scanning goes on. A marker that opens an HTML block (one
   * that begins a line, which this tool never writes) is moved into a span.
   */
  private marker(at: number, found: string, token: Token, opensBlock: boolean): number {
    const valueStart = at + found.length;
    MARKER_VALUE.lastIndex = valueStart;
    // MARKER_VALUE matches everywhere, if only the empty string.
    const valueEnd = valueStart + (MARKER_VALUE.exec(this.text) as RegExpExecArray)[0].length;
    if (!this.text.startsWith(MARKER_END, valueEnd)) {
      this.problem(
        at,
        found,
        `this marker has no end mark ${MARKER_END} after its value on the same line (markers cannot nest)`,
        "broken",
      );
      return valueStart;
    }
    const markerEnd = valueEnd + MARKER_END.length;
    // The token as its person wrote it: the marker's comment holds it verbatim.
    const written = found.slice("<!--".length, -"-->".length);
    const value = this.value(at, written, token, this.options.keepTokens);
    if (value === undefined) return markerEnd;
    if (this.options.keepTokens) {
      const edit =
        opensBlock && this.startsLine(at)
          ? { start: at, end: markerEnd, text: `${SPAN_START}${found}${value}${MARKER_END}${SPAN_END}` }
          : { start: valueStart, end: valueEnd, text: value };
      this.edits.push(edit);
      return markerEnd;
    }
    // Plain values: the line-start form's span goes with its marker.
    const inSpan =
      this.text.startsWith(SPAN_START, at - SPAN_START.length) && this.text.startsWith(SPAN_END, markerEnd);
    const start = inSpan ? at - SPAN_START.length : at;
    const end = inSpan ? markerEnd + SPAN_END.length : markerEnd;
    this.edits.push({ start, end, text: value });
    return end;
  }

  private bareToken(at: number, found: string, token: Token, zone: ZoneKind | undefined): void {
    if (zone === "literal" && this.options.keepTokens) {
      this.problem(
        at,
        found,
        `a marker cannot stand in a link's address or title, an image, an autolink or an HTML attribute; write a template block instead:\n${this.templateFor(at)}`,
        "left-alone",
      );
      return;
    }
    const asMarker = this.options.keepTokens;
    const value = this.value(at, found, token, asMarker);
    if (value === undefined) return;
    let text = asMarker ? `<!--${found}-->${value}${MARKER_END}` : value;
    // A comment that begins a line's content would open a raw HTML block; in a span it stays inline.
    // The text of an HTML block is raw HTML already.
    if (asMarker && zone === undefined && this.startsLine(at)) text = `${SPAN_START}${text}${SPAN_END}`;
    this.edits.push({ start: at, end: at + found.length, text });
  }

  /** The token's value, or undefined (with a problem) when it cannot be written. */
  private value(at: number, found: string, token: Token, inMarker: boolean): string | undefined {
    const result = evaluate(token, this.context);
    if ("error" in result) {
      this.problem(at, found, result.error, result.broken ? "broken" : "left-alone");
      return undefined;
    }
    if (inMarker && /[<\n]/.test(result.value)) {
      this.problem(
        at,
        found,
        `the value "${result.value}" holds "<" or a line break, which a marker cannot keep`,
        "left-alone",
      );
      return undefined;
    }
    if (result.warning) this.problem(at, found, result.warning, "written");
    const { line, column } = this.lines.locate(at);
    this.replacements.push({ token: found, value: result.value, line, column });
    return result.value;
  }

  private problem(at: number, text: string, message: string, kind: ProblemKind): void {
    this.problems.push({ text, message, kind, ...this.lines.locate(at) });
  }

  /** The template block that would render the line holding `at`. */
  private templateFor(at: number): string {
    const { start, end } = this.lines.bounds(at);
    return `<!--counters\n${this.text.slice(start, end).trim()}\n-->`;
  }

  /**
   * Whether only indentation and container marks (`>`, list bullets) stand
   * before `at` on its line: where a comment would begin the line's content.
   */
  private startsLine(at: number): boolean {
    let start = this.lines.bounds(at).start;
    // A lone CR ends a line too, in CommonMark.
    // Searching only the line: lastIndexOf over the whole text would scan back to its start for every token.
    start += this.text.slice(start, at).lastIndexOf("\r") + 1;
    CONTAINER_PREFIX.lastIndex = start;
    CONTAINER_PREFIX.exec(this.text);
    return CONTAINER_PREFIX.lastIndex === at;
  }
}

const CONTAINER_PREFIX = /[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)*/y;

/** The token a match's NAME and ARG groups hold. */
function token(name: string | undefined, arg: string | undefined): Token {
  // NAME is in every match that reaches here.
  return arg === undefined ? { name: name as string } : { name: name as string, arg };
}

/** A `\{{` is an escaped brace: markdown shows it literally, so it is not a token. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

function splice(text: string, edits: readonly Edit[]): string {
  // Edits arrive in the order of the text, none overlapping.
  // Concatenation, not Array#join: V8 joins a megabyte in milliseconds but concatenates in microseconds.
  let result = "";
  let copied = 0;
  for (const edit of edits) {
    result += text.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  }
  return result + text.slice(copied);
}

/** Answers "which zone holds this offset?" for offsets that only move forward. */
class ZoneCursor {
  private index = 0;

  constructor(private readonly zones: readonly Zone[]) {}

  at(offset: number): Zone | undefined {
    while ((this.zones[this.index]?.end ?? Number.POSITIVE_INFINITY) <= offset) this.index++;
    const zone = this.zones[this.index];
    return zone && zone.start <= offset ? zone : undefined;
  }
}

/**
 * Lines by offset: a binary search over line starts, which are found only as
 * far as asked (tokens near the top of a long README need only its top).
 */
class LineIndex {
  private readonly starts = [0];
  /** Every line start before this offset is in `starts`. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** 1-based line and column of an offset. */
  locate(offset: number): { line: number; column: number } {
    const index = this.index(offset);
    return { line: index + 1, column: offset - (this.starts[index] as number) + 1 };
  }

  /** Where the line holding `offset` starts, and where its line break (LF or CRLF) or the text ends. */
  bounds(offset: number): { start: number; end: number } {
    const index = this.index(offset);
    const start = this.starts[index] as number;
    const next = this.starts[index + 1];
    if (next === undefined) return { start, end: this.text.length };
    return { start, end: this.text[next - 2] === "\r" ? next - 2 : next - 1 };
  }

  private index(offset: number): number {
    while (this.scanned <= offset) {
      const newline = this.text.indexOf("\n", this.scanned);
      if (newline === -1) {
        this.scanned = Number.POSITIVE_INFINITY;
      } else {
        this.starts.push(newline + 1);
        this.scanned = newline + 1;
      }
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
