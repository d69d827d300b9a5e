import { createTokenVerifier } from "@careergraph/auth";
import { openCache, type Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import type { Database } from "@careergraph/db";
import type { Logger } from "@careergraph/logger";
import { openSubgraphDatabase } from "./open-subgraph-database";
import type { SubgraphDefinition } from "./subgraph-definition";

export interface SubgraphStores {
  config: ServiceConfig;
  db: Database;
  cache: Cache;
  close(): Promise<void>;
}

/**
 * A subgraph's database (migrated as its server would, unless `migrate` says otherwise) and cache,
 * without its server: what `npm run seed`, the content import and the build's prepared cluster write
 * through.
 */
export async function openSubgraphStores<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  config: ServiceConfig,
  logger: Logger,
  options: { dataDir?: string; migrate?: boolean } = {},
): Promise<SubgraphStores> {
  const db = await openSubgraphDatabase(definition, config, logger, options);
  const cache = await openCache({ ...config.cache, logger }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  return {
    config,
    db,
    cache,
    async close() {
      await cache.close();
      await db.close();
    },
  };
}

/** Loads the subgraph's content pack through its stores (idempotent; nothing for a subgraph without one). */
export async function seedStores<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  stores: SubgraphStores,
  logger: Logger,
): Promise<void> {
  const { config, db, cache } = stores;
  await definition.seed?.({ config, logger, db, cache, verifyToken: createTokenVerifier(config.auth) });
}
