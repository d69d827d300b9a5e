import { parseConfig } from "@careergraph/config";
import { writeClusterImage, type Database } from "@careergraph/db";
import { createLogger } from "@careergraph/logger";
import type { SubgraphDefinition } from "./subgraph-definition";
import { openSubgraphStores, seedStores } from "./subgraph-stores";

/**
 * Writes a subgraph's prepared cluster: its embedded database as a first start would leave it,
 * migrated and with the content pack loaded. A new embedded database starts from it, and so its
 * first start skips the migrations and the content pack (`npm run footprint` measures it).
 * The server still runs pending migrations and seeds an empty database, so an image older than the
 * code is brought up to date, never trusted as it is.
 */
export async function writePreparedCluster<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
): Promise<void> {
  const image = definition.preparedCluster;
  if (!image) throw new Error(`the ${definition.name} subgraph names no prepared cluster`);
  // the embedded defaults and the in-process cache, whatever this shell's environment says (its
  // DATABASE_URL or REDIS_URL are not for the build)
  const parsed = parseConfig({ LOG_LEVEL: "warn" }, definition.name);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const config = parsed.config;
  const logger = createLogger(definition.name, config.logLevel);
  await writeClusterImage(image, async (dataDir) => {
    const stores = await openSubgraphStores(definition, config, logger, { dataDir });
    try {
      await seedStores(definition, stores, logger);
      await dropTemplateDatabases(stores.db);
    } finally {
      await stores.close();
    }
  });
}

/** A subgraph's `build-prepared-cluster` script, run by its `npm run build`. */
export function runWritePreparedCluster<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
): void {
  writePreparedCluster(definition).then(
    () => process.stdout.write(`wrote ${definition.preparedCluster?.dir}\n`),
    (error: unknown) => {
      process.stderr.write(`could not write the ${definition.name} prepared cluster: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * A first start copies the prepared cluster file by file, and its two template databases are two
 * thirds of its 1,000 files (creating one costs about 1 ms on a slow disk). No one but the subgraph's
 * own pool ever connects to an embedded database, and it never creates a database, so they go.
 */
async function dropTemplateDatabases(db: Database): Promise<void> {
  await db.dataSource.query(
    "UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')",
  );
  await db.dataSource.query("DROP DATABASE template0");
  await db.dataSource.query("DROP DATABASE template1");
}
