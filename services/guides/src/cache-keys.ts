import { cacheKey } from "@careergraph/cache";

/** Every cache key the guides subgraph writes, so that invalidation names the same keys. */
export const guideKeys = {
  guideOfRole: (roleId: string) => cacheKey("guides", "guide", roleId),
  relatedOfRole: (roleId: string) => cacheKey("guides", "related", roleId),
  careerGuideOfRole: (roleId: string) => cacheKey("guides", "career", roleId),
  learningPaths: () => cacheKey("guides", "learning-paths", "all"),
  /** Whether roles publishes a role: guides keeps role ids only, and shows none that is not published. */
  publishedRole: (roleId: string) => cacheKey("guides", "published-role", roleId),
};
