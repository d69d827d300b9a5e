import { rowsInKeyOrder } from "@careergraph/db";
import { readThrough } from "@careergraph/cache";
import { isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";

/** Each role's related role ids in page order: one statement for every role of the batch. */
async function fetchRelatedRoleIds({ db }: SubgraphDeps, roleIds: readonly string[]): Promise<string[][]> {
  const valid = roleIds.filter(isUuid);
  const rows: { roleId: string; relatedIds: string[] }[] = valid.length
    ? await db.dataSource.query(
        `SELECT role_id AS "roleId", array_agg(related_role_id ORDER BY position) AS "relatedIds"
         FROM guides.related_guide WHERE role_id = ANY($1::uuid[]) GROUP BY role_id`,
        [valid],
      )
    : [];
  return rowsInKeyOrder(
    roleIds,
    rows,
    (row) => row.roleId,
    () => null,
  ).map((row) => row?.relatedIds ?? []);
}

export function createRelatedGuideBatches(deps: SubgraphDeps) {
  return {
    relatedRoleIds: readThrough<string, string[]>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: guideKeys.relatedOfRole,
      fetch: (roleIds) => fetchRelatedRoleIds(deps, roleIds),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}
