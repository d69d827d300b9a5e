import type { SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";

/** Rows deleted per statement: a purge never holds locks on a large part of the table at once. */
const BATCH = 5000;

/**
 * Deletes the idempotency records (`recordPractice` keys) older than the retention. Of several
 * replicas running it at the same moment, one does the work: the others fail to take the advisory
 * lock and skip this round. Answers how many records it deleted.
 */
export async function purgeIdempotencyRecords(
  deps: SubgraphDeps,
  now: Clock,
  retentionHours: number,
): Promise<number> {
  const cutoff = new Date(now().getTime() - retentionHours * 3_600_000);
  let total = 0;
  for (;;) {
    const rows: { purged: number }[] = await deps.db.dataSource.query(
      `WITH lock AS (SELECT pg_try_advisory_xact_lock(hashtext('careergraph:purge:practice_request')) AS held),
            doomed AS (
              SELECT user_id, idempotency_key FROM progress.practice_request
              WHERE created_at < $1 AND (SELECT held FROM lock) LIMIT ${BATCH}),
            purged AS (
              DELETE FROM progress.practice_request r USING doomed d
              WHERE r.user_id = d.user_id AND r.idempotency_key = d.idempotency_key RETURNING 1)
       SELECT count(*)::int AS purged FROM purged`,
      [cutoff],
    );
    const purged = rows[0]?.purged ?? 0;
    total += purged;
    if (purged < BATCH) return total;
  }
}

/**
 * Runs the purge every `intervalMinutes` (the first time one interval after start): never at a
 * moment tied to the server's start, where its statement would land among a test's counted requests
 * or race a test's own purge. A plain timer with an advisory lock rather than pg-boss or
 * graphile-worker: their current releases need Node 22, and both need connections of their own
 * (LISTEN/NOTIFY, a pool), which the embedded one-connection PGlite cannot give them.
 */
export function scheduleIdempotencyPurge(
  deps: SubgraphDeps,
  now: Clock,
  options: { retentionHours: number; intervalMinutes: number },
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = purgeIdempotencyRecords(deps, now, options.retentionHours).then(
      (purged) => {
        if (purged > 0) deps.logger.info({ purged }, "purged expired idempotency records");
      },
      (error: unknown) => deps.logger.warn({ err: error }, "idempotency purge failed; retrying next round"),
    );
  };
  const every = setInterval(run, options.intervalMinutes * 60_000);
  every.unref();
  return {
    async stop() {
      clearInterval(every);
      await running;
    },
  };
}
