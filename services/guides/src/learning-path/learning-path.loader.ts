import { readThrough } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import type { LearningPath } from "./learning-path.entity";

/** All learning paths with their roles in order: one statement; the list is small and read whole. */
async function fetchLearningPaths({ db }: SubgraphDeps): Promise<LearningPath[]> {
  return db.dataSource.query(
    `SELECT p.slug, p.title, p.description, p.position, p.updated_at AS "updatedAt",
       coalesce(array_agg(r.role_id ORDER BY r.position) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS "roleIds"
     FROM guides.learning_path p LEFT JOIN guides.learning_path_role r ON r.path_slug = p.slug
     GROUP BY p.slug ORDER BY p.position, p.slug`,
  );
}

export function createLearningPathBatches(deps: SubgraphDeps) {
  return {
    learningPaths: readThrough<"all", LearningPath[]>({
      cache: deps.cache,
      cacheKeyOf: guideKeys.learningPaths,
      fetch: async (keys) => {
        const paths = await fetchLearningPaths(deps);
        return keys.map(() => paths);
      },
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}
