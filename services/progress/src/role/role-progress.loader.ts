import { rowsInKeyOrder, type Database } from "@careergraph/db";
import { isUuid } from "@careergraph/federation";
import type { RoleProgressCounts } from "./role-progress";

/** One learner's counts per role, in key order (zeros for a role never practised): one GROUP BY. */
export async function fetchRoleProgress(
  db: Database,
  userId: string,
  roleIds: readonly string[],
  now: Date,
): Promise<RoleProgressCounts[]> {
  const valid = roleIds.filter(isUuid);
  const rows: (RoleProgressCounts & { roleId: string })[] = valid.length
    ? await db.dataSource.query(
        `SELECT role_id AS "roleId",
           count(*) FILTER (WHERE attempts > 0)::int AS "practicedCount",
           count(*) FILTER (WHERE status = 'MASTERED')::int AS "masteredCount",
           count(*) FILTER (WHERE next_review_at <= $3)::int AS "dueCount"
         FROM progress.question_progress WHERE user_id = $1 AND role_id = ANY($2::uuid[]) GROUP BY role_id`,
        [userId, valid, now],
      )
    : [];
  return rowsInKeyOrder(
    roleIds,
    rows,
    (row) => row.roleId,
    () => ({ practicedCount: 0, masteredCount: 0, dueCount: 0 }),
  );
}
