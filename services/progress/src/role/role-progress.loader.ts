import { batchLoad } from "@careergraph/db";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";
import type { RoleProgressCounts } from "./role-progress";

/** One learner's standing on one role. */
export interface RoleProgressKey {
  userId: string;
  roleId: string;
}

const NONE: RoleProgressCounts = { practicedCount: 0, masteredCount: 0, dueCount: 0 };

/** Per-user counts per role (zeros for a role never practised): one GROUP BY for the batch. */
export function roleProgressBatches({ db }: SubgraphDeps, now: Clock) {
  return {
    roleProgress: batchLoad<RoleProgressKey, RoleProgressCounts>({
      missing: NONE,
      validKey: (key) => isUuid(key.roleId),
      fetch: async (keys) => {
        const rows: (RoleProgressCounts & { userId: string; roleId: string })[] = await db.dataSource.query(
          `SELECT user_id AS "userId", role_id AS "roleId",
             count(*) FILTER (WHERE attempts > 0)::int AS "practicedCount",
             count(*) FILTER (WHERE status = 'MASTERED')::int AS "masteredCount",
             count(*) FILTER (WHERE next_review_at <= $3)::int AS "dueCount"
           FROM progress.question_progress
           WHERE (user_id, role_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))
           GROUP BY user_id, role_id`,
          [keys.map((k) => k.userId), keys.map((k) => k.roleId), now()],
        );
        const byKey = new Map(
          rows.map(({ userId, roleId, ...counts }) => [`${userId}\u0000${roleId}`, counts]),
        );
        return keys.map((k) => byKey.get(`${k.userId}\u0000${k.roleId}`) ?? NONE);
      },
    }),
  };
}
