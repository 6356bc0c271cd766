#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import{c as e}from"./chunks/chunk-6RX4QKDK.js";import"./chunks/chunk-GICZBZ6M.js";import{parentPort as t}from"node:worker_threads";t?.on("message",({markdown:r,port:o,done:s})=>{o.postMessage(e(r)),o.close(),Atomics.store(s,0,1),Atomics.notify(s,0)});
