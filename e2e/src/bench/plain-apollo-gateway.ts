import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

/**
 * The comparison gateway: a plain `@apollo/gateway` with its defaults (its own HTTP client, no
 * plugins, no cache), on the committed supergraph with the bench's subgraph URLs, forwarding the
 * caller's token. Run as a process by the benchmark (PORT, ROLES_URL, GUIDES_URL, PROGRESS_URL).
 */
const urls: Record<string, string | undefined> = {
  roles: process.env.ROLES_URL,
  guides: process.env.GUIDES_URL,
  progress: process.env.PROGRESS_URL,
};

// @apollo/gateway refuses a SECURITY link it cannot enforce; the subgraphs enforce it themselves
const supergraphSdl = readFileSync(
  join(__dirname, "..", "..", "..", "gateway", "supergraph.graphql"),
  "utf8",
).replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/v[\d.]+"), for: SECURITY\)/, "$1)");

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url: urls[name] ?? url,
        willSendRequest({ request, context }) {
          const { authorization } = context as { authorization?: string };
          if (authorization) request.http?.headers.set("authorization", authorization);
        },
      }),
  });
  const server = new ApolloServer<{ authorization?: string }>({ gateway });
  await server.start();
  const app = express();
  app.get("/readyz", (_req, res) => void res.send("ready"));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(server, { context: async ({ req }) => ({ authorization: req.headers.authorization }) }),
  );
  createServer(app).listen(Number(process.env.PORT), "127.0.0.1");
  process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
}

void main();
