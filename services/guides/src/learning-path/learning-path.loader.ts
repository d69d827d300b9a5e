import { batchLoad } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import { LearningPath } from "./learning-path.entity";

/** All learning paths with their roles in learning order: one small list, read and cached whole. */
export function learningPathBatches({ db, cache, config }: SubgraphDeps) {
  return {
    learningPaths: batchLoad<"all", LearningPath[]>({
      missing: [],
      fetch: async (keys) => {
        const paths: LearningPath[] = await db.dataSource.query(
          `SELECT ${db.columns(LearningPath, "p")},
             coalesce(array_agg(r.role_id ORDER BY r.position) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS "roleIds"
           FROM guides.learning_path p LEFT JOIN guides.learning_path_role r ON r.path_slug = p.slug
           GROUP BY p.slug ORDER BY p.position, p.slug`,
        );
        return keys.map(() => paths);
      },
      cached: { cache, address: guideKeys.learningPaths, ttlSeconds: config.cache.ttlSeconds },
    }),
  };
}
