import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Express } from "express";
import { createTokenVerifier } from "@careergraph/auth";
import type { Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import {
  createErrorFormatter,
  documentStore,
  createHttpApp,
  graphqlOverHttpPlugin,
  metricsPlugin,
  operationShapeGuard,
  operationShapeMiddleware,
} from "@careergraph/edge";
import { internalKey } from "@careergraph/internal-calls";
import type { Logger } from "@careergraph/logger";
import { cacheHeadersPlugin } from "./cache-headers.plugin";
import { contentChangesEndpoint } from "./content-changes-endpoint";
import { devSignInRoute } from "./dev-sign-in";
import { callerOf, verifyCallerOnce } from "./caller";
import { graphqlHttpEdge } from "./http-edge";
import { gatewayLimitsPlugin } from "./limits.plugin";
import { persistedQueryOptions, type PersistedQueryManifest } from "./persisted-queries";
import { createRateLimiter, type CostCharge } from "./rate-limit";
import { createResponseCache, type ResponseCache } from "./response-cache";
import { partialAnswerPlugin } from "./partial-answer.plugin";
import { retryAfterPlugin } from "./retry-after.plugin";
import { SubgraphCallCounter, SubgraphDataSource, type GatewayContext } from "./subgraph-data-source";
import { createSubgraphFetchers } from "./subgraph-fetcher";
import { subgraphReadiness } from "./subgraph-readiness";
import type { SubgraphName } from "./subgraphs";

export interface GatewayOptions {
  config: ServiceConfig;
  logger: Logger;
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /**
   * The cache of anonymous whole responses: the shared Redis, or this process's memory when the
   * content subgraphs deliver their changes to it (`POST /internal/content-changes`).
   */
  responseCache?: Cache;
  /**
   * The known operations (the apps' manifest and the registered ones): the only ones allowed with
   * `PERSISTED_QUERIES=only`, found by hash beside the automatic ones with `apq`.
   */
  persistedQueryManifest?: PersistedQueryManifest;
}

export interface GatewayServer {
  app: Express;
  /** Requests sent to each subgraph since start (or the last reset). */
  subgraphCalls: SubgraphCallCounter;
  /** The cache of whole anonymous answers (when there is a response cache). */
  responseCache?: ResponseCache;
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
  const clients = createSubgraphFetchers(
    options.config.operations,
    !options.config.cache.disabled,
    internalKey(options.config),
  );
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
  const { config, persistedQueryManifest: manifest } = options;
  const responseCache = options.responseCache ? createResponseCache(options.responseCache) : undefined;
  const production = config.nodeEnv === "production";
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger, { production }),
    // production: no introspection, no suggestions, no landing page; CSRF prevention always
    introspection: !production,
    nodeEnv: production ? "production" : "development",
    csrfPrevention: true,
    documentStore: documentStore(),
    persistedQueries: persistedQueryOptions(config.persistedQueries, options.responseCache, manifest),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      graphqlOverHttpPlugin(),
      gatewayLimitsPlugin(options.config, options.supergraphSdl),
      // before ours, so that the policy the subgraphs' cache-control headers allow is set when ours looks
      ApolloServerPluginCacheControl(),
      cacheHeadersPlugin(),
      partialAnswerPlugin(logger),
      retryAfterPlugin(),
      metricsPlugin("gateway"),
      // last: it stores what the plugins above made of the answer (its cache-control, its cost)
      ...(responseCache ? [responseCache.plugin] : []),
    ],
    includeStacktraceInErrorResponses: false,
    // runMain owns the signals: it stops the HTTP server, Apollo, the cache and the database in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(options.config.auth);
  const rateLimiter = await createRateLimiter({ config: options.config, logger });
  const readiness = subgraphReadiness(subgraphUrls);
  const cache = options.responseCache;
  const app = createHttpApp({
    logger,
    trustedProxies: config.trustedProxies,
    separateAdmin: config.adminPort !== undefined,
    readiness: cache ? { ...readiness, cache: { check: () => cache.ping(), required: false } } : readiness,
  });
  if (cache?.kind === "memory" && responseCache)
    app.use(contentChangesEndpoint(config, cache, () => responseCache.clear()));
  const devSignIn = devSignInRoute(config);
  if (devSignIn) app.use(devSignIn);
  app.use(
    "/graphql",
    ...graphqlHttpEdge(config, config.persistedQueries === "only" ? manifest : undefined),
    verifyCallerOnce(verifyToken),
    rateLimiter.middleware,
    ...(responseCache ? [responseCache.entrance] : []),
    operationShapeMiddleware(operationShapeGuard(options.config.limits)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        await callerOf(res);
        const chargeCost = res.locals.chargeCost as CostCharge | undefined;
        const responseCacheKey = res.locals.responseCacheKey as string | undefined;
        const contentGeneration = res.locals.contentGeneration as string | undefined;
        return {
          requestId: req.requestId,
          authorization: req.headers.authorization,
          chargeCost,
          responseCacheKey,
          contentGeneration,
        };
      },
    }),
  );
  return {
    app,
    subgraphCalls,
    responseCache,
    async stop() {
      await apollo.stop();
      await rateLimiter.close();
      await Promise.all(Object.values(clients).map((client) => client.close()));
    },
  };
}
