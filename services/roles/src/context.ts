import DataLoader from "dataloader";
import type { AuthContext, Viewer } from "@careergraph/auth";
import type { SubgraphDeps } from "@careergraph/service";
import { createQuestionBatches } from "./question/question.loader";
import { createRoleBatches } from "./role/role.loader";
import { createTopicBatches } from "./topic/topic.loader";

/** Process-wide batch functions of the catalog (they hold the cache and in-flight fetches). */
export function createCatalogBatches(deps: SubgraphDeps) {
  return { ...createRoleBatches(deps), ...createQuestionBatches(deps), ...createTopicBatches(deps) };
}

export type CatalogBatches = ReturnType<typeof createCatalogBatches>;

/** Fresh per request: a DataLoader's memo must never outlive the request that filled it. */
export function createLoaders(batches: CatalogBatches) {
  return {
    roleById: new DataLoader(batches.roleById),
    roleBySlug: new DataLoader(batches.roleBySlug),
    publishedRoles: new DataLoader(batches.publishedRoles),
    questionById: new DataLoader(batches.questionById),
    questionsOfRole: new DataLoader(batches.questionsOfRole),
    topicBySlug: new DataLoader(batches.topicBySlug),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;

export interface RolesContext extends AuthContext {
  loaders: CatalogLoaders;
  deps: SubgraphDeps;
}

export function createContext(
  deps: SubgraphDeps,
  batches: CatalogBatches,
  viewer: Viewer | null,
): RolesContext {
  return { viewer, deps, loaders: createLoaders(batches) };
}
