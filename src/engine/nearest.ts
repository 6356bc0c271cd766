/*
 * "Did you mean": of the names that a mistyped one may have been meant as
 * (tokens, dates, styles, zones, locales), the nearest.
 */

/**
 * The candidate nearest to `name` by edit distance, in any case, when it is
 * near enough to be a typo: `within` edits (by default 2, or a quarter of
 * the name's length when longer).
 */
export function nearestName(
  name: string,
  candidates: Iterable<string>,
  within = Math.max(2, Math.floor(name.length / 4)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = within + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
