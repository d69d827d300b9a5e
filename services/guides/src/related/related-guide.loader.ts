import { rowsPerKey } from "@careergraph/db";
import { isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { RelatedGuideLink } from "./related-guide.entity";

/** Each role's related guides, in page order. */
export function relatedGuideBatches({ db, cache, config }: SubgraphDeps) {
  return {
    relatedGuideLinks: rowsPerKey<string, RelatedGuideLink>({
      validKey: isUuid,
      select: (roleIds) =>
        db.dataSource.query(
          `SELECT ${db.columns(RelatedGuideLink, "l")} FROM guides.related_guide l
           WHERE l.role_id = ANY($1::uuid[]) ORDER BY l.role_id, l.position`,
          [roleIds],
        ),
      keyOf: (link) => link.roleId,
      cached: { cache, address: guideKeys.relatedOfRole, ttlSeconds: config.cache.ttlSeconds },
    }),
  };
}
