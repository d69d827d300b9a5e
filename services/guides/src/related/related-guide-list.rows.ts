import type { EntityManager } from "typeorm";
import type { Database } from "@careergraph/db";
import { RelatedGuideList } from "./related-guide-list.entity";

/** What runs a statement: the data source (reads) or a transaction's manager (writes). */
type Runner = Pick<EntityManager, "query">;

/** These roles' related-guide lists, each with its roles in page order; `published` keeps the published ones. */
export function selectRelatedGuideLists(
  runner: Runner,
  db: Database,
  roleIds: readonly string[],
  { published }: { published: boolean },
): Promise<RelatedGuideList[]> {
  return runner.query(
    `SELECT ${db.columns(RelatedGuideList, "l")},
       coalesce(array_agg(g.related_role_id ORDER BY g.position) FILTER (WHERE g.related_role_id IS NOT NULL), '{}')
         AS "relatedRoleIds"
     FROM guides.related_guide_list l LEFT JOIN guides.related_guide g ON g.role_id = l.role_id
     WHERE l.role_id = ANY($1::uuid[]) ${published ? "AND l.status = 'PUBLISHED'" : ""}
     GROUP BY l.role_id`,
    [roleIds],
  );
}
