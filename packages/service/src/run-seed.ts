import { createLogger } from "@careergraph/logger";
import { readConfig } from "@careergraph/runtime";
import type { SubgraphDefinition } from "./subgraph-definition";
import { openSubgraphStores, seedStores } from "./subgraph-stores";

/** `npm run seed`: migrates the configured database and loads the content pack (idempotent). */
export function runSeed<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  const config = readConfig(definition.name);
  const logger = createLogger(definition.name, config.logLevel);
  const seed = async () => {
    const stores = await openSubgraphStores(definition, config, logger, { migrate: true });
    try {
      await seedStores(definition, stores, logger);
      logger.info({ database: stores.db.kind }, `${definition.name}: content pack loaded`);
    } finally {
      await stores.close();
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
