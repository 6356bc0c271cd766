import { describe, expect } from "vitest";
import type { FakeGitHub } from "../fakes/github/index.js";
import { runAction, test } from "../support/action-run.js";

/** A run that a schedule started at `now`, with the cron GitHub's event names. */
const scheduled = (github: FakeGitHub, cron: string, now: string, timezone: string, event = "schedule") =>
  runAction(github, {
    inputs: { timezone },
    env: { GITHUB_EVENT_NAME: event },
    event: { schedule: cron },
    now: new Date(now),
  });

describe("a scheduled run that started late (design section 7)", () => {
  test("more than an hour after its cron, the log and the summary say how late, and the run is as usual", async ({
    github,
  }) => {
    // 00:07 in Tokyo is 15:07 UTC; the run starts at 17:21 UTC.
    const run = await scheduled(github, "7 0 * * *", "2026-11-27T17:21:30Z", "Asia/Tokyo");
    const line =
      "This scheduled run started at least 2 h 14 min after its schedule \"7 0 * * *\": GitHub's event does not say the schedule's zone, so the cron was read in Asia/Tokyo (the timezone input) and in UTC, and the nearer time taken";
    expect(run.log).toContain(line);
    expect(run.summary).toContain(line);
    expect(run.failure).toBeUndefined();
    expect(run.outputs.changed).toBe("true");
  });

  test("with the timezone input at UTC, the cron was read in UTC alone", async ({ github }) => {
    const run = await scheduled(github, "7 0 * * *", "2026-11-27T03:30:00Z", "UTC");
    expect(run.log).toContain(
      "This scheduled run started at least 3 h 23 min after its schedule \"7 0 * * *\": GitHub's event does not say the schedule's zone, so the cron was read in UTC (the timezone input), and the nearer time taken",
    );
  });

  test("an hour late or less says nothing", async ({ github }) => {
    const run = await scheduled(github, "7 0 * * *", "2026-11-27T16:07:00Z", "Asia/Tokyo");
    expect(run.summary).not.toContain("after its schedule");
  });

  test("a cron written in UTC, with the timezone input elsewhere, is not taken for a late one", async ({ github }) => {
    // 03:17 UTC is 12:17 in Tokyo: read in Tokyo, the cron would say nine hours late.
    const run = await scheduled(github, "17 3 * * *", "2026-11-27T03:20:00Z", "Asia/Tokyo");
    expect(run.summary).not.toContain("after its schedule");
  });

  test("a run that starts on the dot of its cron is not late", async ({ github }) => {
    const run = await scheduled(github, "7 0 * * *", "2026-11-27T15:07:00.000Z", "Asia/Tokyo");
    expect(run.summary).not.toContain("after its schedule");
  });

  test("on a self-hosted runner in another zone, a cron written in UTC is still read in UTC", async ({ github }) => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata";
    try {
      // 03:17 UTC; in the machine's zone, the cron would fall at 21:47 UTC the day before.
      const run = await scheduled(github, "17 3 * * *", "2026-11-27T03:20:00Z", "Asia/Tokyo");
      expect(run.summary).not.toContain("after its schedule");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test("a cron that never falls (31 February) says nothing", async ({ github }) => {
    const run = await scheduled(github, "0 0 31 2 *", "2026-11-27T17:21:30Z", "Asia/Tokyo");
    expect(run.summary).not.toContain("after its schedule");
    expect(run.failure).toBeUndefined();
  });

  test("a cron that cannot be read says nothing, and the run is as usual", async ({ github }) => {
    const run = await scheduled(github, "not a cron", "2026-11-27T17:21:30Z", "Asia/Tokyo");
    expect(run.summary).not.toContain("after its schedule");
    expect(run.failure).toBeUndefined();
  });

  test("a run that no schedule started says nothing of schedules", async ({ github }) => {
    const run = await scheduled(github, "7 0 * * *", "2026-11-27T17:21:30Z", "Asia/Tokyo", "workflow_dispatch");
    expect(run.summary).not.toContain("after its schedule");
  });
});
