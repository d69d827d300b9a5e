import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { Agent } from "undici";
import { isConnectionFailure } from "./subgraph-retry";

/** What the gateway's subgraph client (undici) throws when it meets `server`, or null. */
async function failureAgainst(port: number, timeoutMs = 2000): Promise<unknown> {
  const agent = new Agent({ connectTimeout: 1000 });
  try {
    const response = await agent.request({
      origin: `http://127.0.0.1:${port}`,
      path: "/graphql",
      method: "POST",
      body: "{}",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body.text();
    return null;
  } catch (error) {
    return error;
  } finally {
    await agent.close();
  }
}

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe("which subgraph failures a query's fetch is retried after", () => {
  it("a refused connection (no replica on the port)", async () => {
    const server = await listen(() => undefined);
    const port = portOf(server);
    await new Promise((resolve) => server.close(resolve));
    const failure = await failureAgainst(port);
    expect(failure).toMatchObject({ code: "ECONNREFUSED" });
    expect(isConnectionFailure(failure)).toBe(true);
  });

  it("a connection the replica drops before answering (it died mid-request)", async () => {
    const server = await listen((req) => req.socket.destroy());
    try {
      expect(isConnectionFailure(await failureAgainst(portOf(server)))).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("not a timeout: the caller's wait is spent", async () => {
    const server = await listen(() => undefined);
    try {
      expect(isConnectionFailure(await failureAgainst(portOf(server), 100))).toBe(false);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a proxy's 502, 503 or 504 for a replica that is gone, but no answer the subgraph gave itself", () => {
    const answered = (status: number) =>
      new GraphQLError("The roles service is unavailable", {
        extensions: { code: "SERVICE_UNAVAILABLE" },
        originalError: new GraphQLError(`${status}`, { extensions: { response: { status } } }),
      });
    expect([502, 503, 504].map((status) => isConnectionFailure(answered(status)))).toEqual([
      true,
      true,
      true,
    ]);
    expect([500, 400, 200].map((status) => isConnectionFailure(answered(status)))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
