// The CLI's entry: runs it in this process, with this process's terminal, folder, clock and environment.
import { runCli } from "./cli/cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  now: new Date(),
  cwd: process.cwd(),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
