import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type Request } from "express";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "@careergraph/logger";
import { createErrorFormatter } from "./format-error";
import { createHttpApp } from "./http-server";
import { metricsPlugin } from "./metrics.plugin";
import type { ReadinessCheck } from "./readiness";

/** How long clients and CDNs may keep a public response. Short: content edits must show soon everywhere. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  schema: GraphQLSchema;
  logger: Logger;
  /** Builds the per-request context: fresh loaders, the verified caller. */
  createContext(req: Request): Promise<TContext>;
  readiness: Record<string, { check: ReadinessCheck; required: boolean }>;
  plugins?: ApolloServerPlugin<TContext>[];
  /**
   * Cache hint for fields without one. The catalog and guides are public content, so their
   * subgraphs answer `cache-control: max-age=…, public`; per-user fields set a PRIVATE hint.
   */
  defaultMaxAge?: number;
}

export interface SubgraphServer {
  app: Express;
  apollo: ApolloServer<BaseContext>;
  stop(): Promise<void>;
}

/**
 * A response to an authenticated caller may hold that caller's data (progress, notes): it gets no
 * public cache policy, whatever its fields' hints say. Anonymous responses keep their hints.
 */
function authenticatedIsUncacheable<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      if (!request.http?.headers.get("authorization")) return;
      return {
        async executionDidStart({ overallCachePolicy }) {
          overallCachePolicy.restrict({ maxAge: 0, scope: "PRIVATE" });
        },
      };
    },
  };
}

/** A subgraph's HTTP app with GraphQL on `/graphql`; it does not listen. */
export async function createSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: createErrorFormatter(options.logger),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControl({ defaultMaxAge: options.defaultMaxAge ?? PUBLIC_MAX_AGE_SECONDS }),
      authenticatedIsUncacheable(),
      metricsPlugin(String(options.logger.bindings().service ?? "subgraph")),
      ...(options.plugins ?? []),
    ],
    includeStacktraceInErrorResponses: false,
    // runMain owns the signals: it stops the HTTP server, Apollo, the cache and the database in order.
    stopOnTerminationSignals: false,
    introspection: true,
  });
  await apollo.start();
  const app = createHttpApp({ logger: options.logger, readiness: options.readiness });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: ({ req }) => options.createContext(req) }),
  );
  return {
    app,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    stop: () => apollo.stop(),
  };
}
