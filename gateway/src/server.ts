import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { createTokenVerifier } from "@careergraph/auth";
import type { Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { createErrorFormatter, createHttpApp, metricsPlugin } from "@careergraph/federation";
import type { Logger } from "@careergraph/logger";
import { cacheHeadersPlugin } from "./cache-headers.plugin";
import { responseCachePlugin } from "./response-cache";
import { partialAnswerPlugin } from "./partial-answer.plugin";
import { SubgraphCallCounter, SubgraphDataSource, type GatewayContext } from "./subgraph-data-source";
import { createSubgraphFetchers } from "./subgraph-fetcher";
import { subgraphReadiness } from "./subgraph-readiness";
import type { SubgraphName } from "./subgraphs";

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
  const { subgraphTimeoutMs } = options.config.operations;
  const clients = createSubgraphFetchers(options.config.operations);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const subgraph = name as SubgraphName;
      return new SubgraphDataSource(
        subgraph,
        subgraphUrls[subgraph],
        subgraphCalls,
        clients[subgraph],
        subgraphTimeoutMs[subgraph],
      );
    },
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
      partialAnswerPlugin(logger),
      metricsPlugin("gateway"),
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
  return {
    app,
    subgraphCalls,
    async stop() {
      await apollo.stop();
      await Promise.all(Object.values(clients).map((client) => client.close()));
    },
  };
}
