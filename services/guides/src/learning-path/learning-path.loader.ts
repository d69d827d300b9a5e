import { batchLoad } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { LearningPath } from "./learning-path.entity";

/**
 * All learning paths with their roles in learning order: one small list, read whole. Readers' list
 * (published paths) is cached; editors' (every status) never is.
 */
export function learningPathBatches({ db, cache, config }: SubgraphDeps) {
  const fetch = (publishedOnly: boolean) => async (keys: readonly "all"[]) => {
    const paths: LearningPath[] = await db.dataSource.query(
      `SELECT ${db.columns(LearningPath, "p")},
         coalesce(array_agg(r.role_id ORDER BY r.position) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS "roleIds"
       FROM guides.learning_path p LEFT JOIN guides.learning_path_role r ON r.path_slug = p.slug
       ${publishedOnly ? "WHERE p.status = 'PUBLISHED'" : ""}
       GROUP BY p.slug ORDER BY p.position, p.slug`,
    );
    return keys.map(() => paths);
  };
  return {
    learningPaths: batchLoad<"all", LearningPath[]>({
      missing: [],
      fetch: fetch(true),
      cached: { cache, address: guideKeys.learningPaths, ttlSeconds: config.cache.ttlSeconds },
    }),
    learningPathsForEditors: batchLoad<"all", LearningPath[]>({ missing: [], fetch: fetch(false) }),
  };
}
