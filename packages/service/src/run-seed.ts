import { createTokenVerifier } from "@careergraph/auth";
import { openCache } from "@careergraph/cache";
import { createLogger } from "@careergraph/logger";
import { readConfig } from "@careergraph/runtime";
import { openSubgraphDatabase } from "./open-subgraph-database";
import type { SubgraphDefinition } from "./subgraph-definition";

/** `npm run seed`: migrates the configured database and loads the content pack (idempotent). */
export function runSeed<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  const config = readConfig(definition.name);
  const logger = createLogger(definition.name, config.logLevel);
  const seed = async () => {
    const db = await openSubgraphDatabase(definition, config, logger, { migrate: true });
    const cache = await openCache({ ...config.cache, logger });
    try {
      await definition.seed?.({ config, logger, db, cache, verifyToken: createTokenVerifier(config.auth) });
      logger.info({ database: db.kind }, `${definition.name}: content pack loaded`);
    } finally {
      await cache.close();
      await db.close();
    }
  };
  seed().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.fatal({ err: error }, `${definition.name}: seeding failed`);
      process.exit(1);
    },
  );
}
