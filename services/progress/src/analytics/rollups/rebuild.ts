import type { EntityManager } from "typeorm";
import { T } from "../tables/tables";
import { fromEvents } from "./from-events";

/** Every rollup table, in the order the rebuild fills them. */
export const ROLLUP_TABLES = [
  T.learner,
  T.retention,
  T.learnerPeriod,
  T.learnerQuestion,
  T.learnerRole,
  T.roleWeek,
  T.cell,
  T.unpublishedDay,
  T.activity,
].map((table) => table.name);

/**
 * The rollups recomputed from the raw events, set at a time: after a bulk load (the synthetic seed),
 * and in tests as the reference the incremental updates must equal. Run it in a transaction; it
 * locks the rollups for its duration. Assumes each learner's practices are recorded in time order, as
 * the service's clock makes them. It computes from the events still kept: once the retention purge
 * has deleted old events, a rebuild would lose their figures, so it is for data sets never purged.
 */
export async function rebuildRollups(tx: EntityManager): Promise<void> {
  await tx.query(`TRUNCATE ${ROLLUP_TABLES.join(", ")}`);
  const fill = (table: { name: string; columns(): string }, select: string) =>
    tx.query(
      `INSERT INTO ${table.name} (${table.columns()}) SELECT ${table.columns()} FROM (${select}) rows`,
    );
  await fill(T.learner, fromEvents.learner());
  await fill(T.retention, fromEvents.retention(T.learner.name));
  await fill(T.learnerPeriod, fromEvents.learnerPeriod());
  await fill(T.learnerQuestion, fromEvents.learnerQuestion());
  await fill(T.learnerRole, fromEvents.learnerRole());
  await fill(T.roleWeek, fromEvents.roleWeek(T.learnerRole.name));
  await fill(T.cell, fromEvents.cell(T.learnerQuestion.name, T.learnerRole.name));
  await fill(T.unpublishedDay, fromEvents.unpublishedDay(T.learnerRole.name, T.cell.name));
  await fill(T.activity, fromEvents.activity(T.learnerRole.name, T.cell.name));
}
