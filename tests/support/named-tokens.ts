import { expect } from "vitest";
import { parseZones } from "../../src/engine/markdown.js";
import { render } from "../../src/engine/render.js";
import { contextOn } from "./dates.js";
import { placesOf, renderer, renderHtml } from "./github-renderer.js";

/** The day the judge's documents are rendered on. */
export const today = contextOn("2026-11-27");

const FIRST = Date.UTC(2001, 0, 1);
const TODAY = Date.UTC(2026, 10, 27);

/**
 * The i-th token: a name no other token in the document has, so that
 * cmark-gfm's HTML tells where each one stands, and its value `today`.
 */
export function nthToken(index: number, style: "bare" | "spaced" | "marker" = "bare") {
  const date = FIRST + index * 86_400_000;
  const name = `DAYS_SINCE_${new Date(date).toISOString().slice(0, 10).replaceAll("-", "_")}`;
  const value = String((TODAY - date) / 86_400_000);
  const written = style === "spaced" ? `{{ ${name} }}` : `{{${name}}}`;
  const text = style === "marker" ? `<!--${written}-->old<!--/-->` : written;
  return { name, value, written, text, style };
}

/**
 * Renders a document, with a named token at each § and ¤, and checks each: a
 * token at § is one GitHub shows as text, so it must get its value; one at ¤
 * is one GitHub shows as code, inside a tag or in a comment (an autolink's
 * text too, since it is also the address), so it must stay as written.
 * Where cmark-gfm is installed, it confirms each § and ¤ first.
 */
export function expectRendering(template: string) {
  const tokens: Array<ReturnType<typeof nthToken> & { shown: boolean }> = [];
  const text = template.replace(/[§¤]/g, (mark) => {
    const token = nthToken(tokens.length);
    tokens.push({ ...token, shown: mark === "§" });
    return token.written;
  });
  if (renderer) {
    const html = renderHtml(text);
    for (const { name, shown } of tokens) {
      const places = placesOf(html, name).map(({ place }) => place);
      // A token in a link's address and text alike (an autolink) stays, as in its address.
      const asText = places.includes("text") && !places.includes("attribute");
      expect(asText, `GitHub shows ${name} as text`).toBe(shown);
    }
  }
  const output = render(text, today, { keepTokens: true, parse: parseZones });
  for (const { written, value, shown } of tokens) {
    if (shown) expect(output.text).toContain(`<!--${written}-->${value}<!--/-->`);
    else expect(output.text).not.toContain(`${written}-->`);
  }
  return output;
}
