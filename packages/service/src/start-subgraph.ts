import type { Server } from "node:http";
import type { Express } from "express";
import { createTokenVerifier } from "@careergraph/auth";
import { openCache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { listenWithAdmin, startDraining } from "@careergraph/edge";
import { internalCallerCheck } from "./internal-caller";
import { createSubgraphServer } from "./subgraph-server";
import { createLogger, type Logger } from "@careergraph/logger";
import { openSubgraphDatabase } from "./open-subgraph-database";
import type { SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";

export interface StartOptions {
  /** `null` keeps the embedded database in memory (tests); default: the config's data folder. */
  dataDir?: string | null;
  logger?: Logger;
  /**
   * A new embedded database starts from the subgraph's prepared cluster, and an empty one is seeded
   * (the quick start's first run). Default true.
   */
  seedWhenEmpty?: boolean;
}

/** A subgraph with its database, cache and HTTP app, not listening yet. */
export interface SubgraphServer {
  name: string;
  app: Express;
  deps: SubgraphDeps;
  /** Stops GraphQL, then closes the cache and the database. */
  close(): Promise<void>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** Where `/metrics` and the detailed readiness listen, when apart from `port` (production). */
  adminPort?: number;
  deps: SubgraphDeps;
  server: Server;
  stop(): Promise<void>;
}

/** Opens the database (running migrations) and the cache, builds the schema and the HTTP app. */
export async function buildSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<SubgraphServer> {
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  const seedWhenEmpty = options.seedWhenEmpty !== false;
  const db = await openSubgraphDatabase(definition, config, logger, {
    dataDir: options.dataDir,
    image: seedWhenEmpty ? definition.preparedCluster : undefined,
  });
  const cache = await openCache({ ...config.cache, logger });
  const deps: SubgraphDeps = { config, logger, db, cache, verifyToken: createTokenVerifier(config.auth) };
  const closeStores = async () => {
    await cache.close();
    await db.close();
  };
  try {
    if (db.kind === "embedded" && seedWhenEmpty && (await definition.isEmpty?.(deps))) {
      logger.info("empty embedded database: loading the content pack");
      await definition.seed?.(deps);
    }
    const api = await definition.createApi(deps);
    const subgraph = await createSubgraphServer({
      schema: api.schema,
      // every limit, as at the gateway: a subgraph reached directly must not be crashable either
      limits: { sdl: api.sdl ?? "", limits: config.limits },
      logger,
      production: config.nodeEnv === "production",
      checkCaller: internalCallerCheck(config),
      http: { trustedProxies: config.trustedProxies, separateAdmin: config.adminPort !== undefined },
      createContext: async (req) => api.createContext(await deps.verifyToken(req.headers.authorization), req),
      readiness: {
        database: { check: () => db.ping().then(() => "ok" as const), required: true },
        cache: { check: () => cache.ping(), required: false },
      },
    });
    if (api.routes) subgraph.app.use(api.routes);
    const jobs = api.startJobs?.();
    return {
      name: definition.name,
      app: subgraph.app,
      deps,
      async close() {
        await subgraph.stop();
        await jobs?.stop();
        await closeStores();
      },
    };
  } catch (error) {
    await closeStores();
    throw error;
  }
}

/** Listens on the config's host and port; stopping closes the listener first, then the rest. */
export async function listenSubgraph(
  subgraph: SubgraphServer,
  config: ServiceConfig,
): Promise<RunningSubgraph> {
  const listening = await listenWithAdmin(subgraph.app, config);
  const { server, port } = listening;
  const url = `http://127.0.0.1:${port}/graphql`;
  subgraph.deps.logger.info(
    { url, adminPort: listening.adminPort, database: subgraph.deps.db.kind, cache: subgraph.deps.cache.kind },
    `${subgraph.name} subgraph ready`,
  );
  return {
    name: subgraph.name,
    url,
    port,
    deps: subgraph.deps,
    server,
    adminPort: listening.adminPort,
    async stop() {
      // `/readyz` says draining from now on (to a load balancer still connected), then the listener
      // closes and requests in flight finish
      startDraining(subgraph.app);
      await listening.close(config.operations.shutdownDrainTimeoutMs);
      await subgraph.close();
    },
  };
}

/** Builds and listens in one step: what the tests and benchmarks run (`main.ts` builds through the service's `createServer`). */
export async function startSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const subgraph = await buildSubgraph(definition, config, options);
  try {
    return await listenSubgraph(subgraph, config);
  } catch (error) {
    await subgraph.close();
    throw error;
  }
}
