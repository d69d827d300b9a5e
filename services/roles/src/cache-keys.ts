import { cacheField, cacheKey } from "@careergraph/cache";
import type { RolePageKey } from "./role/role.loader";
import type { QuestionPageKey } from "./question/question.loader";

/**
 * Every cache address the catalog writes, in one place, so that invalidation names the same keys.
 * Pages are fields of a group (the role list; one role's questions), so that a write drops every
 * cached page of what it changed with one delete.
 */
export const catalogKeys = {
  roleById: (id: string) => cacheKey("roles", "role", id),
  roleBySlug: (slug: string) => cacheKey("roles", "role-slug", slug),
  rolePages: () => cacheKey("roles", "role-pages", "published"),
  rolePage: (page: RolePageKey) =>
    cacheField("roles", "role-pages", "published", `${page.first}:${page.afterSlug ?? ""}`),
  questionById: (id: string) => cacheKey("roles", "question", id),
  questionPagesOfRole: (roleId: string) => cacheKey("roles", "role-questions", roleId),
  questionPage: (page: QuestionPageKey) =>
    cacheField(
      "roles",
      "role-questions",
      page.roleId,
      `page:${page.first}:${page.afterPosition ?? ""}:${page.type ?? ""}:${page.topic ?? ""}`,
    ),
  topicsOfRole: (roleId: string) => cacheField("roles", "role-questions", roleId, "topics"),
  topicBySlug: (slug: string) => cacheKey("roles", "topic", slug),
};
