import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface HangingProxy {
  /** The proxy's GraphQL URL: `/readyz` is passed through, `/graphql` requests never get an answer. */
  url: string;
  /** GraphQL requests that reached the proxy (and hang). */
  held: number;
  close(): Promise<void>;
}

/** A subgraph slower than any timeout: ready by its health check, silent on `/graphql`. */
export async function startHangingProxy(targetGraphqlUrl: string): Promise<HangingProxy> {
  const target = new URL(targetGraphqlUrl);
  const held: ServerResponse[] = [];
  const proxy: HangingProxy = { url: "", held: 0, close: () => Promise.resolve() };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/graphql")) {
      proxy.held += 1;
      held.push(res);
      req.resume();
      return;
    }
    const forwarded = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.close = () =>
    new Promise((resolve) => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
