import { batchLoad } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";
import { runs } from "./practice-runs";

const c = runs.col;

/**
 * Consecutive UTC days with at least one practice, counting back from the latest such day up to
 * today, when that day is today or yesterday (a streak is not broken before the day is over);
 * otherwise 0. One statement for the batch, reading one row per user: each user's latest run that
 * starts by today (the primary key, walked backwards), cut at today.
 */
export function streakBatches({ db }: SubgraphDeps, now: Clock) {
  return {
    streakDays: batchLoad<string, number>({
      missing: 0,
      fetch: async (userIds) => {
        const rows: { userId: string; streak: number }[] = await db.dataSource.query(
          `SELECT u.user_id AS "userId", (least(r.last_day, t.today) - r.first_day + 1)::int AS streak
           FROM unnest($1::text[]) AS u(user_id)
           CROSS JOIN (SELECT ($2::timestamptz AT TIME ZONE 'UTC')::date AS today) t
           CROSS JOIN LATERAL (
             SELECT ${c.firstDay} AS first_day, ${c.lastDay} AS last_day FROM ${runs.name}
             WHERE ${c.userId} = u.user_id AND ${c.firstDay} <= t.today ORDER BY ${c.firstDay} DESC LIMIT 1
           ) r
           WHERE least(r.last_day, t.today) >= t.today - 1`,
          [userIds, now()],
        );
        const byUser = new Map(rows.map((row) => [row.userId, row.streak]));
        return userIds.map((id) => byUser.get(id) ?? 0);
      },
    }),
  };
}
