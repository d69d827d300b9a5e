import { cacheKey } from "@careergraph/cache";

/** Every cache key the guides subgraph writes, so that invalidation names the same keys. */
export const guideKeys = {
  guideOfRole: (roleId: string) => cacheKey("guides", "guide", roleId),
  relatedOfRole: (roleId: string) => cacheKey("guides", "related", roleId),
  careerGuideOfRole: (roleId: string) => cacheKey("guides", "career", roleId),
  learningPaths: () => cacheKey("guides", "learning-paths", "all"),
};
