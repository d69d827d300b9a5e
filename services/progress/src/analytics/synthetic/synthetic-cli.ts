import "reflect-metadata";
import { readConfig } from "@careergraph/runtime";
import { openDatabase } from "@careergraph/db";
import { createLogger } from "@careergraph/logger";
import { progressSubgraph } from "../../definition";
import { loadSyntheticPractice } from "./synthetic";
import { parseSyntheticArgs } from "./synthetic-options";

/**
 * `npm run seed:synthetic -- --learners 10000 --events 1000000 [--seed 1]`: adds synthetic practice
 * to the configured progress database (DATABASE_URL, or the embedded one under DATA_DIR), then
 * rebuilds the analytics rollups.
 */
async function main(): Promise<void> {
  const config = readConfig("progress");
  const logger = createLogger("progress", config.logLevel);
  const args = parseSyntheticArgs(process.argv.slice(2), { learners: 10_000, events: 1_000_000, seed: 1 });
  const db = await openDatabase({
    ...config.database,
    schema: progressSubgraph.dbSchema,
    entities: progressSubgraph.entities,
    migrations: progressSubgraph.migrations,
    // the bulk statements are slow by design: only errors from the database's logger
    logger: createLogger("progress", "error"),
  });
  try {
    const report = await loadSyntheticPractice(db, {
      ...args,
      endDate: new Date("2026-11-01T00:00:00.000Z"),
      progressBar: true,
    });
    logger.info(
      {
        ...report,
        database: db.kind,
        eventsPerSecond: Math.round(report.events / report.loadSeconds),
      },
      "synthetic practice loaded and rollups rebuilt",
    );
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `seed:synthetic failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
