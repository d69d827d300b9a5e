import { oneRowPerKey } from "@careergraph/db";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import type { RelatedGuideList } from "./related-guide-list.entity";
import { selectRelatedGuideLists } from "./related-guide-list.rows";

/** Each role's related-guide list with its roles in page order: published (cached) or any (editors'). */
export function relatedGuideBatches({ db, cache, config }: SubgraphDeps) {
  // readers' lists from a replica, editors' from the primary
  const select = (published: boolean) => (roleIds: readonly string[]) =>
    selectRelatedGuideLists(published ? db.reads : db.dataSource, db, roleIds, { published });
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
