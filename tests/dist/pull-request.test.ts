import { test as base, describe, expect } from "vitest";
import { FakeGitHub, TOKEN } from "../fakes/github/index.js";
import { DAY_ONE, inProcess, type RunActionFn, SCENARIOS } from "../github/pull-request-scenarios.js";
import { annotationLines, runActionProcess } from "../support/action-process.js";
import { DIARY } from "../support/examples.js";
import { NODES } from "../support/nodes.js";

/** The workflow command's message, as the runner shows it: %25, %0D and %0A undone. */
const commandMessage = (line: string) =>
  line
    .slice(line.indexOf("::", 2) + 2)
    .replaceAll("%0A", "\n")
    .replaceAll("%0D", "\r")
    .replaceAll("%25", "%");

/** A fake GitHub on 127.0.0.1 for each test, so that the processes run side by side. */
const test = base.extend<{ github: FakeGitHub }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  github: async ({}, use) => {
    const github = await new FakeGitHub({ "README.md": DIARY }).start();
    await use(github);
    await github.stop();
  },
});

// The same scenarios with dist/ run as GitHub runs it, as a process, on each Node that runs actions.
describe.concurrent.each(NODES)("pull requests with dist/ as GitHub runs it, on %s", (_, node) => {
  const asProcess =
    (github: FakeGitHub): RunActionFn =>
    async (inputs) => {
      const run = await runActionProcess({ node, apiUrl: github.url, inputs });
      expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
      const errors = annotationLines(run, "error");
      return {
        failure: run.code === 0 ? undefined : commandMessage(errors.at(-1) ?? ""),
        outputs: run.outputs,
        warnings: annotationLines(run, "warning").map(commandMessage),
        log: run.stdout,
        summary: run.summary,
      };
    };

  test.for(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", async ([, scenario], { github }) => {
    const run = asProcess(github);
    // The runs before the measured one need not be processes: the same fake GitHub, in memory.
    await scenario.before?.(github, inProcess(github));
    const from = github.requests.length;
    const result = await run(scenario.inputs ?? DAY_ONE);
    expect(github.operations.slice(from)).toEqual(scenario.requests);
    scenario.check(github, result);
  });
});
