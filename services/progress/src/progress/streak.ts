import { batchLoad } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";

/**
 * Consecutive UTC days with at least one practice, counting back from the latest such day, when that
 * day is today or yesterday (a streak is not broken before the day is over); otherwise 0. The days
 * of one run share `day + row_number()` when numbered newest first. One statement for the batch.
 */
export function streakBatches({ db }: SubgraphDeps, now: Clock) {
  return {
    streakDays: batchLoad<string, number>({
      missing: 0,
      fetch: async (userIds) => {
        const rows: { userId: string; streak: number }[] = await db.dataSource.query(
          `WITH days AS (
             SELECT DISTINCT user_id, (practiced_at AT TIME ZONE 'UTC')::date AS day
             FROM progress.practice_event WHERE user_id = ANY($1::text[]) AND practiced_at <= $2
           ), runs AS (
             SELECT user_id, day, day + (row_number() OVER (PARTITION BY user_id ORDER BY day DESC))::int AS run
             FROM days
           ), latest AS (
             SELECT DISTINCT ON (user_id) user_id, day, run FROM runs ORDER BY user_id, day DESC
           )
           SELECT l.user_id AS "userId", count(*)::int AS streak
           FROM latest l JOIN runs r ON r.user_id = l.user_id AND r.run = l.run
           WHERE l.day >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1
           GROUP BY l.user_id`,
          [userIds, now()],
        );
        const byUser = new Map(rows.map((row) => [row.userId, row.streak]));
        return userIds.map((id) => byUser.get(id) ?? 0);
      },
    }),
  };
}
