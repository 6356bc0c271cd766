import { contextOn } from "./dates.js";

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
