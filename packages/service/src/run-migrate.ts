import { migrateWithLock } from "@careergraph/db";
import { runOnce } from "@careergraph/runtime";
import { openSubgraphDatabase } from "./open-subgraph-database";
import type { SubgraphDefinition } from "./subgraph-definition";

/**
 * `npm run migrate`: runs the subgraph's pending migrations as a one-shot step (a deploy job, an
 * init container), advisory-locked like the migrations servers run on start, then exits.
 */
export function runMigrate<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  runOnce(definition.name, "migration", async (config, logger) => {
    const db = await openSubgraphDatabase(definition, config, logger, { migrate: false });
    try {
      const ran = await migrateWithLock(db.dataSource, definition.dbSchema, logger);
      logger.info({ database: db.kind, ran }, `${definition.name}: migrations up to date`);
    } finally {
      await db.close();
    }
  });
}
