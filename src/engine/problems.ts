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
  readonly places: ReadonlyArray<{ readonly line: number; readonly column: number }>;
}

/** A README with a typo in 25 places gets one warning about it, not 25. */
export function problemGroups(
  renderings: ReadonlyArray<{ readonly source: string; readonly problems: readonly Problem[] }>,
): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup & { places: Array<{ line: number; column: number }> }>();
  for (const { source, problems } of renderings) {
    for (const { text, message, kind, line, column } of problems) {
      const key = JSON.stringify([source, text, message, kind]);
      const group = groups.get(key) ?? { file: source, text, message, kind, places: [] };
      groups.set(key, group);
      group.places.push({ line, column });
    }
  }
  return [...groups.values()];
}
