// The worker behind parse-guard.ts: parses blocks and raises the flag the caller waits on.
import { type MessagePort, parentPort } from "node:worker_threads";
import { parseZones } from "./markdown.js";

parentPort?.on("message", ({ markdown, port, done }: { markdown: string; port: MessagePort; done: Int32Array }) => {
  port.postMessage(parseZones(markdown));
  port.close();
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
