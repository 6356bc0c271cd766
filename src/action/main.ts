import * as core from "@actions/core";
import { messageOf, type Outcome, update } from "../road.js";
import { readSettings } from "../settings.js";
import { type Dependencies, type Env, eventSchedule, input } from "./context.js";
import { lateStart } from "./late-start.js";
import { MODES } from "./modes.js";
import { type Reporter, report, setDefaultOutputs } from "./report.js";

/** The action: read the context and inputs, take the road of the commit mode, report. Any failure ends in one line and a failed step. */
export async function run(dependencies: Dependencies = defaultDependencies()): Promise<void> {
  const { reporter, clock } = dependencies;
  const started = clock.now();
  setDefaultOutputs(reporter);
  let outcome: Outcome;
  let strict = false;
  let late: string | undefined;
  try {
    const settings = readSettings((name) => input(dependencies.env, name));
    strict = settings.strict;
    late = await lateStart(eventSchedule(dependencies.env), started, settings.timezone);
    const { source, sink } = await MODES[settings.commit](settings, dependencies);
    outcome = await update(source, sink, settings, clock, reporter.info);
  } catch (error) {
    outcome = { renderings: [], result: { kind: "failed", message: messageOf(error) } };
  }
  await report(outcome, strict, reporter, late === undefined ? [] : [late]);
}

function defaultDependencies(): Dependencies {
  return {
    env: process.env,
    clock: {
      now: () => new Date(),
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    },
    reporter: actionsReporter(process.env),
  };
}

/** The runner's own report: @actions/core's outputs, log, annotations and job summary. */
function actionsReporter(env: Env): Reporter {
  return {
    output: core.setOutput,
    info: core.info,
    group(title, lines) {
      core.startGroup(title);
      for (const line of lines) core.info(line);
      core.endGroup();
    },
    annotate(level, message, place) {
      const properties = place && {
        title: "readme-counters",
        file: place.file,
        startLine: place.line,
        startColumn: place.column,
      };
      if (level === "error") core.error(message, properties);
      else core.warning(message, properties);
    },
    async summary(markdown) {
      // Outside a runner there is no summary file, and @actions/core would throw for the lack of one.
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    fail: core.setFailed,
  };
}
