#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module";
const require = __createRequire(import.meta.url);
import {
  REQUEST_TIMEOUT_MS
} from "./chunk-OFKESYJI.js";
import "./chunk-ECLD5QZ6.js";

// src/http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var httpPost = async (url, headers, body) => {
  const target = new URL(url);
  const { getProxyUrl } = await import("./proxy-CO6J3LXK.js");
  if (getProxyUrl(target)) return postThroughProxy(target, headers, body);
  return new Promise((resolve, reject) => {
    const send = target.protocol === "http:" ? httpRequest : httpsRequest;
    const outgoing = send(
      target,
      { method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (incoming) => {
        const chunks = [];
        incoming.on("data", (chunk) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on(
          "end",
          () => resolve({
            status: incoming.statusCode ?? 0,
            headers: flatten(incoming.headers),
            body: Buffer.concat(chunks).toString("utf8")
          })
        );
      }
    );
    outgoing.setTimeout(
      REQUEST_TIMEOUT_MS,
      () => outgoing.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1e3} s`), { code: "ETIMEDOUT" }))
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
};
async function postThroughProxy(target, headers, body) {
  const [{ HttpClient }, undici] = await Promise.all([import("./lib-S4VW57DQ.js"), import("./undici-GUWTBRHB.js")]);
  const dispatcher = new HttpClient().getAgentDispatcher(target.href);
  try {
    const response = await undici.fetch(target, {
      method: "POST",
      headers: { ...headers },
      body,
      ...dispatcher && { dispatcher },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  } catch (error) {
    throw error.cause ?? error;
  }
}
function flatten(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value])
  );
}
export {
  httpPost
};
