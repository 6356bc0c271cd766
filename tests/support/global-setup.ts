import { corpusNotRun } from "./corpus.js";
import { judgeNotRun } from "./github-renderer.js";
import { node24NotRun } from "./nodes.js";

/** Says once for the whole run, not once per worker, which tests could not run here and how to run them. */
export default function setup(): void {
  for (const line of [corpusNotRun, judgeNotRun, node24NotRun]) if (line) console.info(line);
}
