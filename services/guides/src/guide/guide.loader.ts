import { rowsInKeyOrder } from "@careergraph/db";
import { readThrough } from "@careergraph/cache";
import { isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import type { InterviewGuide } from "./interview-guide.entity";

/** Rows keyed by role id, returned in key order with `null` for the missing. */
export async function fetchByRoleIds<T extends { roleId: string }>(
  { db }: SubgraphDeps,
  sql: string,
  roleIds: readonly string[],
): Promise<(T | null)[]> {
  const valid = roleIds.filter(isUuid);
  const rows: T[] = valid.length ? await db.dataSource.query(sql, [valid]) : [];
  return rowsInKeyOrder(
    roleIds,
    rows,
    (row) => row.roleId,
    () => null,
  );
}

const GUIDE_SQL = `SELECT role_id AS "roleId", headline, intro, preparation_tips AS "preparationTips",
  common_mistakes AS "commonMistakes", interviewer_focus AS "interviewerFocus", smart_questions AS "smartQuestions",
  faqs, version, updated_at AS "updatedAt"
  FROM guides.interview_guide WHERE role_id = ANY($1::uuid[])`;

export function createGuideBatches(deps: SubgraphDeps) {
  return {
    guideOfRole: readThrough<string, InterviewGuide>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: guideKeys.guideOfRole,
      fetch: (roleIds) => fetchByRoleIds<InterviewGuide>(deps, GUIDE_SQL, roleIds),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}
