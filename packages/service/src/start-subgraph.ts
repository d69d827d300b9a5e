import type { Server } from "node:http";
import { createTokenVerifier } from "@careergraph/auth";
import { openCache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { openDatabase } from "@careergraph/db";
import { closeServer, createSubgraphServer, listen, startDraining } from "@careergraph/federation";
import { createLogger, type Logger } from "@careergraph/logger";
import type { SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";

export interface StartOptions {
  /** `null` keeps the embedded database in memory (tests); default: the config's data folder. */
  dataDir?: string | null;
  logger?: Logger;
  /** Seed an empty embedded database (the quick start's first run). Default true. */
  seedWhenEmpty?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  deps: SubgraphDeps;
  server: Server;
  stop(): Promise<void>;
}

/** Opens the database (running migrations) and the cache, builds the schema and listens. */
export async function startSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  const db = await openDatabase({
    schema: definition.dbSchema,
    url: config.database.url,
    poolSize: config.database.poolSize,
    connectTimeoutMs: config.database.connectTimeoutMs,
    statementTimeoutMs: config.database.statementTimeoutMs,
    dataDir: options.dataDir === undefined ? config.database.dataDir : options.dataDir,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    // the embedded database is this process's own: nothing else could have migrated it
    migrate: config.operations.migrateOnStart || !config.database.url,
  });
  const cache = await openCache({ ...config.cache, logger });
  const deps: SubgraphDeps = { config, logger, db, cache, verifyToken: createTokenVerifier(config.auth) };
  try {
    if (
      db.kind === "embedded" &&
      options.seedWhenEmpty !== false &&
      definition.seed &&
      (await definition.isEmpty?.(deps))
    ) {
      logger.info("empty embedded database: loading the content pack");
      await definition.seed(deps);
    }
    const api = await definition.createApi(deps);
    const subgraph = await createSubgraphServer({
      schema: api.schema,
      logger,
      createContext: async (req) => api.createContext(await deps.verifyToken(req.headers.authorization), req),
      readiness: {
        database: { check: () => db.ping().then(() => "ok" as const), required: true },
        cache: { check: () => cache.ping(), required: false },
      },
    });
    const { server, port } = await listen(subgraph.app, config.port, config.host);
    const jobs = definition.startJobs?.(deps);
    const url = `http://127.0.0.1:${port}/graphql`;
    logger.info({ url, database: db.kind, cache: cache.kind }, `${definition.name} subgraph ready`);
    return {
      name: definition.name,
      url,
      port,
      deps,
      server,
      async stop() {
        startDraining(subgraph.app);
        await closeServer(server, config.operations.shutdownDrainTimeoutMs);
        await subgraph.stop();
        await jobs?.stop();
        await cache.close();
        await db.close();
      },
    };
  } catch (error) {
    await cache.close();
    await db.close();
    throw error;
  }
}
