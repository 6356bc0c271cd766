/** GitHub starts scheduled runs late at busy times; a lag under this is not worth a word. */
const LATE_MS = 60 * 60 * 1000;

/**
 * How late GitHub started this scheduled run, as a line for the log and the
 * job summary, once it is more than an hour after the time its cron last
 * fell on; undefined for an earlier start or another event. GitHub's event
 * gives the cron but not the schedule's `timezone` key, so the cron is read
 * in the timezone input (where the examples set it too) and in UTC (where
 * there is no key), and the nearer time is taken: a run is never said to be
 * later than it may have been. croner loads only for a schedule.
 */
export async function lateStart(cron: string | undefined, now: Date, timezone: string): Promise<string | undefined> {
  if (cron === undefined) return undefined;
  const { Cron } = await import("croner");
  // previousRuns gives the times before the one it is given, and a run may start on the dot.
  const after = new Date(now.getTime() + 1);
  let due: Date[];
  try {
    due = [timezone, "UTC"].flatMap((zone) => new Cron(cron, { timezone: zone }).previousRuns(1, after));
  } catch {
    // A cron that croner does not read says nothing about the run.
    return undefined;
  }
  if (due.length === 0) return undefined;
  const nearest = Math.max(...due.map((date) => date.getTime()));
  const late = now.getTime() - nearest;
  if (late <= LATE_MS) return undefined;
  const minutes = Math.floor(late / 60_000);
  const readIn = timezone === "UTC" ? "UTC (the timezone input)" : `${timezone} (the timezone input) and in UTC`;
  return (
    `This scheduled run started at least ${Math.floor(minutes / 60)} h ${minutes % 60} min after its schedule "${cron}": ` +
    `GitHub's event does not say the schedule's zone, so the cron was read in ${readIn}, and the nearer time taken`
  );
}
