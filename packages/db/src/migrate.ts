import { MigrationExecutor, type DataSource } from "typeorm";
import type { Logger } from "@careergraph/logger";

/**
 * Creates the schema and runs its pending migrations under a PostgreSQL advisory lock keyed by the
 * schema: of several replicas starting together on one database, one migrates and the others wait
 * for it, then find nothing pending. The migrating session has no statement timeout (a migration may
 * take longer than any request should). Answers how many migrations this call ran.
 */
export async function migrateWithLock(
  dataSource: DataSource,
  schema: string,
  logger?: Logger,
): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const lockKey = `careergraph:migrate:${schema}`;
  try {
    await runner.query("SET statement_timeout = 0");
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [lockKey]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = "all";
      const ran = await executor.executePendingMigrations();
      if (ran.length > 0)
        logger?.info({ schema, migrations: ran.map((m) => m.name) }, `ran ${ran.length} migration(s)`);
      return ran.length;
    } finally {
      await runner.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]);
    }
  } finally {
    await runner.query("RESET statement_timeout").catch(() => undefined);
    await runner.release();
  }
}
