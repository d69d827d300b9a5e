import { migrateWithLock } from "@careergraph/db";
import { createLogger } from "@careergraph/logger";
import { readConfig } from "@careergraph/runtime";
import { openSubgraphDatabase } from "./open-subgraph-database";
import type { SubgraphDefinition } from "./subgraph-definition";

/**
 * `npm run migrate`: runs the subgraph's pending migrations as a one-shot step (a deploy job, an
 * init container), advisory-locked like the migrations servers run on start, then exits.
 */
export function runMigrate<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  const config = readConfig(definition.name);
  const logger = createLogger(definition.name, config.logLevel);
  const migrate = async () => {
    const db = await openSubgraphDatabase(definition, config, logger, { migrate: false });
    try {
      const ran = await migrateWithLock(db.dataSource, definition.dbSchema, logger);
      logger.info({ database: db.kind, ran }, `${definition.name}: migrations up to date`);
    } finally {
      await db.close();
    }
  };
  migrate().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.fatal({ err: error }, `${definition.name}: migration failed`);
      process.exit(1);
    },
  );
}
