import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { BlockParser, Zone } from "./markdown.js";

/** How long a block may take in the worker before it is given up and its tokens are left alone. */
const DEADLINE_MS = 1500;

/**
 * A block parser that cannot hang the run: remark's cost grows faster than
 * the text on some inputs (60 KiB of `*_` takes most of a minute), so large
 * blocks are parsed in a worker thread and given up after a deadline. The
 * caller still sees a synchronous parse: this thread waits on a shared flag
 * that the worker raises once its answer is posted.
 */
export function workerParser(workerScript: URL): BlockParser {
  let worker: Worker | undefined;
  return (markdown) => {
    worker ??= new Worker(workerScript);
    // An idle worker must not keep the process alive after the run.
    worker.unref();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ markdown, port: port2, done }, [port2]);
    const waited = Atomics.wait(done, 0, 0, DEADLINE_MS);
    const answer = receiveMessageOnPort(port1)?.message as Zone[] | undefined;
    port1.close();
    if (waited === "timed-out" || !answer) {
      void worker.terminate();
      worker = undefined;
      return [{ start: 0, end: markdown.length, kind: "unparsed" }];
    }
    return answer;
  };
}
