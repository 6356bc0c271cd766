import { spawnSync } from "node:child_process";

/**
 * GitHub's markdown renderer, cmark-gfm, as github.com runs it on a README,
 * then what its HTML sanitizer does that matters here: comments, processing
 * instructions and declarations are dropped (a browser ends the last two at
 * their first `>`). Undefined where cmark-gfm is not installed.
 */
const ARGS = [
  "--unsafe",
  "-e",
  "table",
  "-e",
  "strikethrough",
  "-e",
  "autolink",
  "-e",
  "tagfilter",
  "-e",
  "tasklist",
  "-e",
  "footnotes",
];

export const renderer =
  spawnSync("cmark-gfm", ["--version"], { encoding: "utf8" }).status === 0 ? "cmark-gfm" : undefined;

/** What a run without cmark-gfm says, once (see global-setup.ts). */
export const judgeNotRun = renderer
  ? undefined
  : "GitHub-renderer judge not run: cmark-gfm is not installed (apt-get install cmark-gfm, or brew install cmark-gfm)";

/** cmark-gfm's HTML for a markdown document. */
export function renderHtml(markdown: string): string {
  const result = spawnSync("cmark-gfm", ARGS, { input: markdown, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * What a reader sees: the HTML without what the browser never shows
 * (comments, processing instructions, declarations), and without bare
 * `<span>` tags, which change nothing on the page.
 */
export function whatReadersSee(html: string): string {
  return html.replace(/<!--[\s\S]*?-->|<[?!][^>]*>/g, "").replace(/<\/?span>/g, "");
}

/** Where a piece of text stands in cmark-gfm's HTML. */
export type Place = "text" | "code" | "attribute" | "comment";

/**
 * Every place where `needle` stands in `html`: in text, in `<code>` or
 * `<pre>`, inside a tag (an attribute: `href`, `src`, `alt`…, with the
 * attribute's name), or in something the browser never shows.
 */
export function placesOf(html: string, needle: string): Array<{ readonly place: Place; readonly attribute?: string }> {
  const found: Array<{ place: Place; attribute?: string }> = [];
  let codeDepth = 0;
  for (let at = 0; at < html.length; ) {
    if (html.startsWith("<!--", at) || html.startsWith("<?", at) || html.startsWith("<!", at)) {
      const end = html.startsWith("<!--", at) ? html.indexOf("-->", at) + 3 : html.indexOf(">", at) + 1;
      const stop = end > 0 ? end : html.length;
      if (html.slice(at, stop).includes(needle)) found.push({ place: "comment" });
      at = stop;
    } else if (html[at] === "<" && /[A-Za-z/]/.test(html[at + 1] ?? "")) {
      // A tag; a `<` before anything else is text to the browser, as raw HTML may hold.
      const end = tagEnd(html, at);
      const tag = html.slice(at, end);
      const index = tag.indexOf(needle);
      if (index !== -1) {
        const attribute = /([a-z-]+)="[^"]*$/.exec(tag.slice(0, index))?.[1];
        found.push(attribute === undefined ? { place: "attribute" } : { place: "attribute", attribute });
      }
      const name = /^<(\/?)(code|pre)\b/i.exec(tag);
      if (name) codeDepth += name[1] ? -1 : 1;
      at = end;
    } else {
      const next = html.indexOf("<", at + 1);
      const stop = next === -1 ? html.length : next;
      if (html.slice(at, stop).includes(needle)) found.push({ place: codeDepth > 0 ? "code" : "text" });
      at = stop;
    }
  }
  return found;
}

function tagEnd(html: string, at: number): number {
  let quote = "";
  for (let i = at + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ">") {
      return i + 1;
    }
  }
  return html.length;
}
