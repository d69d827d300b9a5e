import "./hive-cjs-fix";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { createGatewayRuntime } from "@graphql-hive/gateway";
import InMemoryLRUCache from "@graphql-mesh/cache-inmemory-lru";

/**
 * The other comparison gateway: Hive Gateway on the committed supergraph with the bench's subgraph
 * URLs, forwarding the caller's token, with its in-memory response cache for anonymous requests
 * (signed-in requests never read or fill it). Run as a process by the benchmark.
 */
const urls: Record<string, string | undefined> = {
  roles: process.env.ROLES_URL,
  guides: process.env.GUIDES_URL,
  progress: process.env.PROGRESS_URL,
};

const supergraph = readFileSync(
  join(__dirname, "..", "..", "..", "gateway", "supergraph.graphql"),
  "utf8",
).replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) =>
  urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
);

const gateway = createGatewayRuntime({
  supergraph,
  logging: process.env.HIVE_LOGGING === "debug" ? "debug" : "error",
  maskedErrors: false,
  cache: new InMemoryLRUCache(),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get("authorization");
      return authorization ? { authorization } : {};
    },
  },
  responseCaching: {
    session: () => null,
    enabled: (request) => !request.headers.get("authorization"),
  },
});

const server = createServer((req, res) => {
  if (req.url === "/readyz") {
    res.end("ready");
    return;
  }
  void gateway(req, res);
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => void Promise.resolve(gateway.dispose()).then(() => process.exit(0)));
