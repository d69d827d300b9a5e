import { batchLoad } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";
import type { LearningPath } from "./learning-path.entity";
import { selectLearningPaths } from "./learning-path.rows";

/**
 * All learning paths with their roles in learning order: one small list, read whole. Readers' list
 * (published paths) is cached; editors' (every status) never is.
 */
export function learningPathBatches({ db, cache, config }: SubgraphDeps) {
  const fetch = (published: boolean) => async (keys: readonly "all"[]) => {
    // readers' list from a replica, editors' from the primary
    const paths = await selectLearningPaths(published ? db.reads : db.dataSource, db, { published });
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
