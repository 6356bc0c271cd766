import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workflowValidator, yamlBlocks } from "../../scripts/validate-workflows.js";

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const read = (path: string) => parse(text(path));

interface Described {
  readonly description: string;
  readonly default?: unknown;
}

const action = read("action.yml") as {
  description: string;
  inputs: Record<string, Described>;
  outputs: Record<string, Described>;
};
const reusable = read(".github/workflows/readme-counters.yml") as {
  on: {
    workflow_call: {
      inputs: Record<string, Described>;
      secrets: Record<string, Described>;
      outputs: Record<string, Described & { value: string }>;
    };
  };
  jobs: { counters: { steps: Array<{ with: Record<string, string> }> } };
};
const call = reusable.on.workflow_call;
const passed = reusable.jobs.counters.steps[0]?.with ?? {};

describe("action.yml as the Marketplace shows it", () => {
  it("has a description the Marketplace accepts (under 125 characters)", () => {
    expect(action.description.length).toBeLessThan(125);
  });
});

describe("the reusable workflow", () => {
  it("takes every input of the action but the token, with the same description and default", () => {
    const names = Object.keys(action.inputs).filter((name) => name !== "token");
    expect(Object.keys(call.inputs)).toEqual(names);
    for (const name of names) {
      expect(call.inputs[name]?.description, name).toBe(action.inputs[name]?.description);
      expect(String(call.inputs[name]?.default), name).toBe(action.inputs[name]?.default ?? "");
      expect(passed[name], name).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it("takes the token as a secret and passes it on, falling back to the workflow's own", () => {
    expect(call.secrets.token).toMatchObject({ required: false });
    expect(passed.token).toBe("${{ secrets.token || github.token }}");
  });

  it("gives every output of the action, with the same description", () => {
    expect(Object.keys(call.outputs)).toEqual(Object.keys(action.outputs));
    for (const [name, output] of Object.entries(call.outputs)) {
      expect(output.description, name).toBe(action.outputs[name]?.description);
      expect(output.value).toBe(`\${{ jobs.counters.outputs.${name} }}`);
    }
  });
});

describe("workflow validation (npm run validate-workflows)", () => {
  let validate: Awaited<ReturnType<typeof workflowValidator>>;
  beforeAll(async () => {
    validate = await workflowValidator();
  }, 60_000);

  /** A workflow scheduled in `zone`, its `timezone` key on line 5, column 17. */
  const scheduledIn = (zone: string, steps = "      - run: echo counted\n") =>
    `name: T\non:\n  schedule:\n    - cron: "7 0 * * *"\n      timezone: ${zone}\n  workflow_dispatch:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

  it("passes the repository's workflows and every yaml block of README.md, each a whole workflow", () => {
    const files = [
      "action.yml",
      ...readdirSync(fileURLToPath(new URL("../../.github/workflows", import.meta.url))).map(
        (name) => `.github/workflows/${name}`,
      ),
    ];
    for (const file of files) expect(validate(file, text(file)), file).toEqual([]);
    const examples = yamlBlocks(text("README.md"));
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const { content, line } of examples)
      expect(validate("README.md", content, line - 1), `line ${line}`).toEqual([]);
  });

  it("fails a misspelled timezone with one line that names it, where it stands, and the zone meant", () => {
    expect(validate("bad.yml", scheduledIn("Europe/Berln"))).toEqual([
      'bad.yml:5:17: timezone "Europe/Berln" is not an IANA time zone (did you mean Europe/Berlin?)',
    ]);
  });

  it("fails a zone in the wrong case, which Intl would take but the IANA database does not spell so", () => {
    expect(validate("bad.yml", scheduledIn("europe/berlin"))).toEqual([
      'bad.yml:5:17: timezone "europe/berlin" is not an IANA time zone (did you mean Europe/Berlin?)',
    ]);
  });

  it("passes the IANA database's current names and its links, which Intl's list leaves out (Asia/Kolkata, US/Eastern)", () => {
    for (const zone of ["Asia/Kolkata", "Europe/Kyiv", "US/Eastern", "UTC", "Etc/GMT+5"]) {
      expect(validate("ok.yml", scheduledIn(zone)), zone).toEqual([]);
    }
  });

  it("gives actionlint's findings at their lines in the file, with the timezone keys taken out", () => {
    const problems = validate("bad.yml", scheduledIn("Asia/Tokyo", "      - uses: actions/checkout\n"));
    expect(problems).toEqual([expect.stringMatching(/^bad\.yml:11:\d+: .*actions\/checkout.*\[action\]$/)]);
  });

  it("finds the yaml blocks of a markdown file, indented in a list item too, with the line each starts on", () => {
    const markdown = "# T\n\n```yaml\na: 1\n```\n\n- item\n\n  ```yaml\n  b: 2\n  ```\n\n```sh\nc\n```\n";
    expect(yamlBlocks(markdown)).toEqual([
      { content: "a: 1\n", line: 4 },
      { content: "b: 2\n", line: 10 },
    ]);
  });
});
