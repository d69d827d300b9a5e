import type { Database } from "@careergraph/db";

/**
 * Consecutive UTC days with at least one practice, counting back from the latest such day, when that
 * day is today or yesterday (a streak is not broken before the day is over); otherwise 0. The days
 * of one run share `day + row_number()` when numbered newest first. One statement.
 */
export async function fetchStreakDays(db: Database, userId: string, now: Date): Promise<number> {
  const [row]: { streak: number }[] = await db.dataSource.query(
    `WITH days AS (
       SELECT DISTINCT (practiced_at AT TIME ZONE 'UTC')::date AS day
       FROM progress.practice_event WHERE user_id = $1 AND practiced_at <= $2
     ), runs AS (
       SELECT day, day + (row_number() OVER (ORDER BY day DESC))::int AS run FROM days
     )
     SELECT count(*)::int AS streak FROM runs
     WHERE run = (SELECT run FROM runs ORDER BY day DESC LIMIT 1)
       AND (SELECT max(day) FROM days) >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1`,
    [userId, now],
  );
  return row?.streak ?? 0;
}
