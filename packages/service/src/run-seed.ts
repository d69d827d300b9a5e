import { formatConfigErrors, parseConfig, prepareConfig } from "@careergraph/config";
import { createTokenVerifier } from "@careergraph/auth";
import { openCache } from "@careergraph/cache";
import { openDatabase } from "@careergraph/db";
import { createLogger } from "@careergraph/logger";
import type { SubgraphDefinition } from "./subgraph-definition";

/** `npm run seed`: migrates the configured database and loads the content pack (idempotent). */
export function runSeed<TContext extends object>(definition: SubgraphDefinition<TContext>): void {
  const parsed = parseConfig(process.env, definition.name);
  if (!parsed.ok) {
    process.stderr.write(formatConfigErrors(definition.name, parsed.errors) + "\n");
    process.exit(1);
  }
  const config = prepareConfig(parsed.config);
  const logger = createLogger(definition.name, config.logLevel);
  const seed = async () => {
    const db = await openDatabase({
      ...config.database,
      dataDir: config.database.dataDir,
      schema: definition.dbSchema,
      entities: definition.entities,
      migrations: definition.migrations,
      logger,
    });
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
