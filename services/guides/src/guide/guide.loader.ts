import { oneRowPerKey, type BatchFunction } from "@careergraph/db";
import type { CacheAddress } from "@careergraph/cache";
import { isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { InterviewGuide } from "./interview-guide.entity";

/** The row of a table keyed by the role it is about (interview guides, career guides), per role id. */
export function rowOfRole<T extends { roleId: string }>(
  { db, cache, config }: SubgraphDeps,
  entity: new () => T,
  address: (roleId: string) => CacheAddress,
): BatchFunction<string, T | null> {
  const table = db.dataSource.getMetadata(entity).tablePath;
  return oneRowPerKey<string, T>({
    validKey: isUuid,
    select: (roleIds) =>
      db.dataSource.query(
        `SELECT ${db.columns(entity, "t")} FROM ${table} t WHERE t.role_id = ANY($1::uuid[])`,
        [roleIds],
      ),
    keyOf: (row) => row.roleId,
    cached: { cache, address, ttlSeconds: config.cache.ttlSeconds },
  });
}

/** Each role's interview guide. */
export function guideBatches(deps: SubgraphDeps) {
  return { guideOfRole: rowOfRole(deps, InterviewGuide, guideKeys.guideOfRole) };
}
