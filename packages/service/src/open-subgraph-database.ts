import type { ServiceConfig } from "@careergraph/config";
import { openDatabase, type ClusterImage, type Database } from "@careergraph/db";
import type { Logger } from "@careergraph/logger";
import type { SubgraphDefinition } from "./subgraph-definition";

/**
 * A subgraph's database as its definition describes it (schema, entities, migrations). `migrate`
 * runs pending migrations; by default as the server does: when configured, and always on the
 * embedded database (nothing else could have migrated it). `dataDir: null` keeps it in memory.
 */
export function openSubgraphDatabase(
  definition: Pick<SubgraphDefinition<object>, "dbSchema" | "entities" | "migrations">,
  config: ServiceConfig,
  logger: Logger,
  options: { migrate?: boolean; dataDir?: string | null; image?: ClusterImage } = {},
): Promise<Database> {
  return openDatabase({
    ...config.database,
    dataDir: options.dataDir === undefined ? config.database.dataDir : options.dataDir,
    schema: definition.dbSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    image: options.image,
    logger,
    migrate: options.migrate ?? (config.operations.migrateOnStart || !config.database.url),
  });
}
