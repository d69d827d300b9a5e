import type { EntityManager } from "typeorm";
import type { Database } from "@careergraph/db";
import { LearningPath } from "./learning-path.entity";

/** What runs a statement: the data source (reads) or a transaction's manager (writes). */
type Runner = Pick<EntityManager, "query">;

/**
 * Learning paths with their roles in learning order, in the paths' order: every one, or those of
 * `slugs`; `published` keeps the published ones only.
 */
export function selectLearningPaths(
  runner: Runner,
  db: Database,
  { published, slugs }: { published: boolean; slugs?: readonly string[] },
): Promise<LearningPath[]> {
  const where = [
    ...(published ? ["p.status = 'PUBLISHED'"] : []),
    ...(slugs ? ["p.slug = ANY($1::text[])"] : []),
  ];
  return runner.query(
    `SELECT ${db.columns(LearningPath, "p")},
       coalesce(array_agg(r.role_id ORDER BY r.position) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS "roleIds"
     FROM guides.learning_path p LEFT JOIN guides.learning_path_role r ON r.path_slug = p.slug
     ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     GROUP BY p.slug ORDER BY p.position, p.slug`,
    slugs ? [slugs] : [],
  );
}
