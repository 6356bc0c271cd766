/**
 * How many generated cases a property test runs: `count`, scaled by
 * $PROPERTY_RUNS_SCALE (npm run mutation runs each mutant's tests with a
 * tenth of them; a long hunt for bugs by hand can ask for ten times more).
 */
export function runs(count: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? "1");
  return Math.max(1, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
