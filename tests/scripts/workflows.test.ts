import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

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
