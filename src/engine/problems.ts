import type { Problem } from "./render.js";

/** Whether a problem of this kind stops the run: broken always; left alone with strict. */
export function stops(kind: Problem["kind"], strict: boolean): boolean {
  return kind === "broken" || (strict && kind === "left-alone");
}

/** The problems about one token text, for one reason, in one file: said once, with every place. */
export interface ProblemGroup {
  readonly file: string;
  readonly text: string;
  readonly message: string;
  readonly kind: Problem["kind"];
  /** Where the token stands, in the order found: one place at least. */
  readonly places: readonly [Place, ...Place[]];
}

interface Place {
  readonly line: number;
  readonly column: number;
}

/** A README with a typo in 25 places gets one warning about it, not 25. */
export function problemGroups(
  renderings: ReadonlyArray<{ readonly source: string; readonly problems: readonly Problem[] }>,
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { places: [Place, ...Place[]] }>();
  for (const { source, problems } of renderings) {
    for (const { text, message, kind, line, column } of problems) {
      const key = JSON.stringify([source, text, message, kind]);
      const group = groups.get(key);
      if (group) group.places.push({ line, column });
      else groups.set(key, { file: source, text, message, kind, places: [{ line, column }] });
    }
  }
  return [...groups.values()];
}

/**
 * A group said in one line: the token, what happened, and how many other
 * places hold it (with their lines, where the line is read apart from its
 * place, as an annotation is). The CLI and the action say it the same way.
 */
export function groupLine(group: ProblemGroup, { withLines }: { withLines: boolean }): string {
  const others = group.places.slice(1);
  const lines = withLines ? `: line ${[...new Set(others.map((place) => place.line))].join(", ")}` : "";
  const more =
    others.length === 0 ? "" : ` (and ${others.length} other place${others.length === 1 ? "" : "s"}${lines})`;
  return `${group.text}: ${group.message}${more}`;
}
