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
  const { HttpClient } = await import("./lib-ED5X2KPD.js");
  const response = await new HttpClient(headers["user-agent"], [], { socketTimeout: REQUEST_TIMEOUT_MS }).post(
    target.href,
    body,
    { ...headers }
  );
  return {
    status: response.message.statusCode ?? 0,
    headers: flatten(response.message.headers),
    body: await response.readBody()
  };
}
function flatten(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value])
  );
}
export {
  httpPost
};
