import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import type { Express, Request } from "express";
import type { GraphQLSchema } from "graphql";
import {
  createErrorFormatter,
  documentStore,
  createHttpApp,
  graphqlOverHttpPlugin,
  graphqlPost,
  jsonBody,
  MAX_BATCH_OPERATIONS,
  metricsPlugin,
  operationLimitsPlugin,
  operationShapeGuard,
  operationShapeMiddleware,
  type CallerCheck,
  type HttpAppOptions,
  type OperationLimits,
  type ReadinessCheck,
} from "@careergraph/edge";
import type { Logger } from "@careergraph/logger";
import { internalFieldsPlugin, markSignedCaller } from "./internal-caller";

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
   * Depth and cost limits applied to every operation, as at the gateway (defence in depth: a subgraph
   * reached directly must not be crashable either), computed from the subgraph's own SDL.
   */
  limits?: { sdl: string; limits: OperationLimits };
  /**
   * Cache hint for fields without one. The catalog and guides are public content, so their
   * subgraphs answer `cache-control: max-age=…, public`; per-user fields set a PRIVATE hint.
   */
  defaultMaxAge?: number;
  /** Production posture: no introspection (`_service { sdl }` stays), no suggestions, no landing page. */
  production?: boolean;
  /** Who may call (`internalCallerCheck`): refused callers get 401 before their operation is read. */
  checkCaller?: CallerCheck;
  /** The HTTP app's proxies and admin app (see `createHttpApp`). */
  http?: Pick<HttpAppOptions, "trustedProxies" | "separateAdmin">;
}

export interface SubgraphHttpApp {
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

const serviceName = (logger: Logger) => String(logger.bindings().service ?? "subgraph");

/** A subgraph's HTTP app with GraphQL on `/graphql`; it does not listen. */
export async function createSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphHttpApp> {
  const production = options.production ?? false;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: createErrorFormatter(options.logger, { production }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      graphqlOverHttpPlugin(),
      ApolloServerPluginCacheControl({ defaultMaxAge: options.defaultMaxAge ?? PUBLIC_MAX_AGE_SECONDS }),
      authenticatedIsUncacheable(),
      internalFieldsPlugin<TContext>(),
      ...(options.limits ? [operationLimitsPlugin<TContext>(options.limits)] : []),
      metricsPlugin(serviceName(options.logger)),
      ...(options.plugins ?? []),
    ],
    includeStacktraceInErrorResponses: false,
    documentStore: documentStore(),
    // runMain owns the signals: it stops the HTTP server, Apollo, the cache and the database in order.
    stopOnTerminationSignals: false,
    introspection: !production,
    // the gateway's fetches of one operation to this subgraph at the same moment come as one batch
    allowBatchedHttpRequests: true,
    nodeEnv: production ? "production" : "development",
  });
  await apollo.start();
  const app = createHttpApp({ logger: options.logger, readiness: options.readiness, ...options.http });
  // A subgraph's callers (the gateway, other subgraphs) POST their operations: an ETag, a hash of
  // every response, would serve none of them.
  app.set("etag", false);
  const refuseByShape = options.limits ? operationShapeGuard(options.limits.limits) : undefined;
  const createContext = async (req: Request) => markSignedCaller(req, await options.createContext(req));
  const { checkCaller } = options;
  const service = serviceName(options.logger);
  app.use(graphqlPost({ apollo, createContext, refuseByShape, service, checkCaller }));
  app.use(
    "/graphql",
    ...jsonBody({ maxBatchOperations: MAX_BATCH_OPERATIONS, service, checkCaller }),
    ...(refuseByShape ? [operationShapeMiddleware(refuseByShape)] : []),
    expressMiddleware(apollo, { context: ({ req }) => createContext(req) }),
  );
  return {
    app,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    stop: () => apollo.stop(),
  };
}
