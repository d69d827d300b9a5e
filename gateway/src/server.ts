import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { createTokenVerifier } from "@careergraph/auth";
import type { Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { createErrorFormatter, createHttpApp } from "@careergraph/federation";
import type { Logger } from "@careergraph/logger";
import { cacheHeadersPlugin } from "./cache-headers.plugin";
import { responseCachePlugin } from "./response-cache";
import { SubgraphCallCounter, SubgraphDataSource, type GatewayContext } from "./subgraph-data-source";
import type { SubgraphName } from "./subgraphs";
import { withoutUnenforcedSecurityFeatures } from "./supergraph-file";

export interface GatewayOptions {
  config: ServiceConfig;
  logger: Logger;
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The shared Redis cache; when given, anonymous whole responses are cached in it. */
  responseCache?: Cache;
}

export interface GatewayServer {
  app: Express;
  /** Requests sent to each subgraph since start (or the last reset). */
  subgraphCalls: SubgraphCallCounter;
  stop(): Promise<void>;
}

/**
 * The public entry point: serves the committed supergraph, verifies the caller's token (a bad one is
 * a 401 before any subgraph is asked) and forwards it with the request id to the subgraphs.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { logger, subgraphUrls } = options;
  const subgraphCalls = new SubgraphCallCounter();
  const gateway = new ApolloGateway({
    supergraphSdl: withoutUnenforcedSecurityFeatures(options.supergraphSdl),
    buildService: ({ name }) =>
      new SubgraphDataSource(name, subgraphUrls[name as SubgraphName], subgraphCalls),
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // first, so that it sets the policy the subgraphs' cache-control headers allow before ours looks
      ApolloServerPluginCacheControl(),
      cacheHeadersPlugin(),
      ...(options.responseCache ? [responseCachePlugin(options.responseCache)] : []),
    ],
    includeStacktraceInErrorResponses: false,
    // runMain owns the signals: it stops the HTTP server, Apollo, the cache and the database in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(options.config.auth);
  const readiness = subgraphReadiness(subgraphUrls);
  const cache = options.responseCache;
  const app = createHttpApp({
    logger,
    readiness: cache ? { ...readiness, cache: { check: () => cache.ping(), required: false } } : readiness,
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        await verifyToken(req.headers.authorization);
        return { requestId: req.requestId, authorization: req.headers.authorization };
      },
    }),
  );
  return { app, subgraphCalls, stop: () => apollo.stop() };
}

/** The gateway is ready when its subgraphs are; one that is down degrades it (its fields fail alone). */
function subgraphReadiness(urls: Record<SubgraphName, string>) {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      {
        required: false,
        check: async () => {
          const response = await fetch(url.replace(/\/graphql$/, "/readyz"));
          if (response.status >= 500) throw new Error(`${name} is not ready`);
          const body = (await response.json()) as { status: string };
          return body.status === "ok" ? ("ok" as const) : ("degraded" as const);
        },
      },
    ]),
  );
}
