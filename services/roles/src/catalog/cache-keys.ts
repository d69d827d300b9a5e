import { cacheKey } from "@careergraph/cache";

/** Every cache key the catalog writes, in one place, so that invalidation names the same keys. */
export const catalogKeys = {
  roleById: (id: string) => cacheKey("roles", "role", id),
  roleBySlug: (slug: string) => cacheKey("roles", "role-slug", slug),
  publishedRoles: () => cacheKey("roles", "role-list", "published"),
  questionById: (id: string) => cacheKey("roles", "question", id),
  questionsOfRole: (roleId: string) => cacheKey("roles", "role-questions", roleId),
  topicBySlug: (slug: string) => cacheKey("roles", "topic", slug),
};
