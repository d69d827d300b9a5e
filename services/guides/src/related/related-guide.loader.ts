import { oneRowPerKey } from "@careergraph/db";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { RelatedGuideList } from "./related-guide-list.entity";

/** Each role's related-guide list with its roles in page order: published (cached) or any (editors'). */
export function relatedGuideBatches({ db, cache, config }: SubgraphDeps) {
  const select = (publishedOnly: boolean) => (roleIds: readonly string[]) =>
    db.dataSource.query<RelatedGuideList[]>(
      `SELECT ${db.columns(RelatedGuideList, "l")},
         coalesce(array_agg(g.related_role_id ORDER BY g.position) FILTER (WHERE g.related_role_id IS NOT NULL), '{}')
           AS "relatedRoleIds"
       FROM guides.related_guide_list l LEFT JOIN guides.related_guide g ON g.role_id = l.role_id
       WHERE l.role_id = ANY($1::uuid[]) ${publishedOnly ? "AND l.status = 'PUBLISHED'" : ""}
       GROUP BY l.role_id`,
      [roleIds],
    );
  return {
    relatedGuideListOfRole: oneRowPerKey<string, RelatedGuideList>({
      validKey: isUuid,
      select: select(true),
      keyOf: (list) => list.roleId,
      cached: { cache, address: guideKeys.relatedOfRole, ttlSeconds: config.cache.ttlSeconds },
    }),
    relatedGuideListOfRoleForEditors: oneRowPerKey<string, RelatedGuideList>({
      validKey: isUuid,
      select: select(false),
      keyOf: (list) => list.roleId,
    }),
  };
}
