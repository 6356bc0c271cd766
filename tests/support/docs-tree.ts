/** A page with one token, as a docs tree holds it, and as a run on 27 November 2026 writes it. */
export const DAY = "Day {{DAYS_SINCE_2025_08_18}}\n";
export const WRITTEN = "Day <!--{{DAYS_SINCE_2025_08_18}}-->466<!--/-->\n";

/** A docs tree of `count` pages, each with a token. */
export function docsTree(count: number): Record<string, string> {
  const pages: Record<string, string> = { "README.md": "Home\n", "docs/drafts/wip.md": DAY, "src/a.ts": "{{DATE}}" };
  for (let page = 0; page < count; page++) pages[`docs/guide/page-${String(page).padStart(3, "0")}.md`] = DAY;
  return pages;
}
