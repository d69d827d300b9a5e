import type { Database } from "./open-database";

/** Rows deleted per statement by default: a purge never holds locks on a large part of a table at once. */
export const PURGE_BATCH = 5000;

export interface PurgeSpec {
  /** `schema.table`. */
  table: string;
  /** Which rows go, with `$1` the cutoff, e.g. `created_at < $1`. */
  olderThan: string;
  cutoff: Date;
  /** Names the advisory lock: of replicas purging at once, one does the work and the others skip. */
  lock: string;
  batch?: number;
}

/**
 * Deletes the rows a spec names, `batch` at a time (each its own statement and transaction), until a
 * batch comes back short. Another replica holding the lock makes every batch delete nothing, so it
 * stops at once. Answers how many rows it deleted.
 */
export async function purgeInBatches(db: Database, spec: PurgeSpec): Promise<number> {
  const batch = spec.batch ?? PURGE_BATCH;
  let total = 0;
  for (;;) {
    const [{ purged }]: { purged: number }[] = await db.dataSource.query(
      `WITH lock AS (SELECT pg_try_advisory_xact_lock(hashtext($2)) AS held),
            purged AS (
              DELETE FROM ${spec.table} WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM ${spec.table} WHERE ${spec.olderThan} AND (SELECT held FROM lock) LIMIT ${batch}))
              RETURNING 1)
       SELECT count(*)::int AS purged FROM purged`,
      [spec.cutoff, `careergraph:purge:${spec.lock}`],
    );
    total += purged;
    if (purged < batch) return total;
  }
}
