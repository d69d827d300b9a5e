import { oneRowPerKey, type BatchFunction } from "@careergraph/db";
import type { CacheAddress } from "@careergraph/cache";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { InterviewGuide } from "./interview-guide.entity";
import { selectRowsOfRoles } from "./role-guide.rows";

/**
 * The row of a table keyed by the role it is about (interview guides, career guides), per role id:
 * readers' rows (published only, cached) or, without an address, editors' (any status, never cached).
 */
export function rowOfRole<T extends { roleId: string }>(
  { db, cache, config }: SubgraphDeps,
  entity: new () => T,
  address: ((roleId: string) => CacheAddress) | null,
): BatchFunction<string, T | null> {
  return oneRowPerKey<string, T>({
    validKey: isUuid,
    select: (roleIds) =>
      // readers' rows from a replica, editors' from the primary
      selectRowsOfRoles(address ? db.reads : db.dataSource, db, entity, roleIds, {
        published: address !== null,
      }),
    keyOf: (row) => row.roleId,
    cached: address ? { cache, address, ttlSeconds: config.cache.ttlSeconds } : undefined,
  });
}

/** Each role's interview guide: published (readers') or in any status (editors'). */
export function guideBatches(deps: SubgraphDeps) {
  return {
    guideOfRole: rowOfRole(deps, InterviewGuide, guideKeys.guideOfRole),
    guideOfRoleForEditors: rowOfRole(deps, InterviewGuide, null),
  };
}
