import DataLoader from "dataloader";
import type { AuthContext, Viewer } from "@careergraph/auth";
import type { SubgraphDeps } from "@careergraph/service";
import { createCareerGuideBatches } from "./career/career-guide.loader";
import { createGuideBatches } from "./guide/guide.loader";
import { createLearningPathBatches } from "./learning-path/learning-path.loader";
import { createRelatedGuideBatches } from "./related/related-guide.loader";

/** Process-wide batch functions (they hold the cache and the in-flight fetches). */
export function createGuideContentBatches(deps: SubgraphDeps) {
  return {
    ...createGuideBatches(deps),
    ...createCareerGuideBatches(deps),
    ...createRelatedGuideBatches(deps),
    ...createLearningPathBatches(deps),
  };
}

export type GuideContentBatches = ReturnType<typeof createGuideContentBatches>;

/** Fresh per request. */
export function createLoaders(batches: GuideContentBatches) {
  return {
    guideOfRole: new DataLoader(batches.guideOfRole),
    careerGuideOfRole: new DataLoader(batches.careerGuideOfRole),
    relatedRoleIds: new DataLoader(batches.relatedRoleIds),
    learningPaths: new DataLoader(batches.learningPaths),
  };
}

export interface GuidesContext extends AuthContext {
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(batches: GuideContentBatches, viewer: Viewer | null): GuidesContext {
  return { viewer, loaders: createLoaders(batches) };
}
