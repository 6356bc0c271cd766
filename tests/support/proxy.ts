import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";

/**
 * A forward proxy on 127.0.0.1 that counts what passes through it (plain HTTP
 * and CONNECT tunnels) and takes every host name to 127.0.0.1: a client does
 * not use a proxy for a loopback address, so tests name the fake GitHub by a
 * host name only this proxy knows.
 */
export class ForwardProxy {
  readonly passed: string[] = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer((incoming, outgoing) => {
      this.passed.push(`${incoming.method} ${incoming.url}`);
      const target = new URL(incoming.url ?? "");
      target.hostname = "127.0.0.1";
      const forward = request(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      incoming.pipe(forward);
    });
    this.server.on("connect", (incoming, socket, head) => {
      this.passed.push(`CONNECT ${incoming.url}`);
      const port = Number((incoming.url ?? "").split(":").at(-1));
      const upstream = connect(port, "127.0.0.1", () => {
        socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
