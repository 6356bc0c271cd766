import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { TOKEN } from "../fakes/github/index.js";

/** The inputs of action.yml with their defaults, as the runner fills them in (the token is the fake GitHub's). */
const INPUTS = Object.entries(
  (
    parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as {
      inputs: Record<string, { default?: string }>;
    }
  ).inputs,
).map(([name, input]) => [name, (input.default ?? "").replace("${{ github.token }}", TOKEN)] as const);

export const INPUT_NAMES = INPUTS.map(([name]) => name);

/** INPUT_* variables for every input of action.yml: its default, or the value given. */
export function inputVariables(inputs: Readonly<Record<string, string>> = {}): Record<string, string> {
  for (const name of Object.keys(inputs)) {
    if (!INPUT_NAMES.includes(name)) throw new Error(`action.yml has no input ${name}`);
  }
  return Object.fromEntries(
    INPUTS.map(([name, fallback]) => [`INPUT_${name.toUpperCase()}`, inputs[name] ?? fallback]),
  );
}
