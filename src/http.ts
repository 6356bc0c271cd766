import type * as http from "node:http";
import { createRequire } from "node:module";
import { getProxyUrl } from "@actions/http-client/lib/proxy";
import { type HttpAnswer, type HttpPost, REQUEST_TIMEOUT_MS } from "./github/client.js";

/**
 * node:http(s) are required here, not imported: a run that makes no request, or
 * only plain-HTTP ones, never loads TLS; and Node 24 builds a module of every
 * export of node:http, loading undici and HTTP/2 with them (some 35 ms of a run).
 */
const require = createRequire(import.meta.url) as (id: "node:http" | "node:https") => typeof http;

/**
 * How a run reaches GitHub: node:http(s), or through the runner's proxy when
 * https_proxy (or http_proxy) names one for the address, with the toolkit's
 * own HTTP client, as @actions/github does. That client loads only then.
 */
export const httpPost: HttpPost = async (url, headers, body) => {
  const target = new URL(url);
  if (getProxyUrl(target)) return postThroughProxy(target, headers, body);
  const { request: send } = target.protocol === "http:" ? require("node:http") : require("node:https");
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      { method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: flatten(incoming.headers),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    outgoing.setTimeout(REQUEST_TIMEOUT_MS, () =>
      outgoing.destroy(Object.assign(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`), { code: "ETIMEDOUT" })),
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
};

/** Through @actions/http-client, which reads the proxy variables as every action does. */
async function postThroughProxy(
  target: URL,
  headers: Readonly<Record<string, string>>,
  body: string,
): Promise<HttpAnswer> {
  const { HttpClient } = await import("@actions/http-client");
  const response = await new HttpClient(headers["user-agent"], [], { socketTimeout: REQUEST_TIMEOUT_MS }).post(
    target.href,
    body,
    { ...headers },
  );
  return {
    status: response.message.statusCode ?? 0,
    headers: flatten(response.message.headers),
    body: await response.readBody(),
  };
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]),
  );
}
