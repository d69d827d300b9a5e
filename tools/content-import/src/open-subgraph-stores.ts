import { openCache, type Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import type { Database } from "@careergraph/db";
import type { Logger } from "@careergraph/logger";
import { openSubgraphDatabase, type SubgraphDefinition } from "@careergraph/service";

export interface SubgraphStores {
  config: ServiceConfig;
  db: Database;
  cache: Cache;
  close(): Promise<void>;
}

/** A subgraph's database (migrated, as its server would) and cache, without its server. */
export async function openSubgraphStores(
  definition: SubgraphDefinition<object>,
  config: ServiceConfig,
  logger: Logger,
): Promise<SubgraphStores> {
  const db = await openSubgraphDatabase(definition, config, logger);
  const cache = await openCache({ ...config.cache, logger });
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

/** Whether a server answers on the config's port: its embedded database must not be opened twice. */
export async function serverIsRunning(config: ServiceConfig): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${config.port}/healthz`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
