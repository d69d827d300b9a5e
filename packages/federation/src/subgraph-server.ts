import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type Request } from "express";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "@careergraph/logger";
import { createErrorFormatter } from "./format-error";
import { createHttpApp } from "./http-server";
import type { ReadinessCheck } from "./readiness";

/** How long clients and CDNs may keep a public response. Short: content edits must show soon everywhere. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
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
  /** Wraps each GraphQL request, e.g. to count its SQL statements. */
  aroundRequest?: <T>(work: () => T) => T;
}

export interface SubgraphServer {
  app: Express;
  apollo: ApolloServer<BaseContext>;
  stop(): Promise<void>;
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
      ...(options.plugins ?? []),
    ],
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();
  const app = createHttpApp({ logger: options.logger, readiness: options.readiness });
  const around = options.aroundRequest ?? ((work) => work());
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    (_req, _res, next) => around(() => next()),
    expressMiddleware(apollo, { context: ({ req }) => options.createContext(req) }),
  );
  return {
    app,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    stop: () => apollo.stop(),
  };
}
