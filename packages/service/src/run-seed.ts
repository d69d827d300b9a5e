import { runOnce } from "@careergraph/runtime";
import type { SubgraphDefinition } from "./subgraph-definition";
import { openSubgraphStores, seedStores } from "./subgraph-stores";

/** `npm run seed`: migrates the configured database and loads the content pack (idempotent). */
export function runSeed<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  runOnce(definition.name, "seeding", async (config, logger) => {
    const stores = await openSubgraphStores(definition, config, logger, { migrate: true });
    try {
      await seedStores(definition, stores, logger);
      logger.info({ database: stores.db.kind }, `${definition.name}: content pack loaded`);
    } finally {
      await stores.close();
    }
  });
}
