import DataLoader from "dataloader";
import type { Request } from "express";
import type { AuthContext, Viewer } from "@careergraph/auth";
import type { SubgraphDeps } from "@careergraph/service";
import { createAnalyticsApi } from "./analytics/analytics.api";
import { createCatalogBatches, createCatalogLoader, type CatalogLoader } from "./catalog/catalog.loader";
import { fetchNotesOfQuestions } from "./notes/note.loader";
import { NoteService } from "./notes/note.service";
import { fetchQuestionProgress } from "./progress/progress.loader";
import { PracticeService } from "./progress/progress.service";
import { fetchRoleProgress } from "./role/role-progress.loader";

/** The service's clock; tests pass their own. */
export type Clock = () => Date;

/** Process-wide: the cached catalog batch function, the services, the clock. */
export function createProgressApi(deps: SubgraphDeps, now: Clock) {
  return {
    deps,
    now,
    catalogBatches: createCatalogBatches(deps),
    practice: new PracticeService(deps, now),
    notes: new NoteService(deps, now),
    analytics: createAnalyticsApi(deps),
  };
}

export type ProgressApi = ReturnType<typeof createProgressApi>;

/**
 * The caller's own data, batched per request. Never cached beyond the request: it is per user.
 * Each batch is one SQL statement.
 */
export function createViewerLoaders({ deps, now }: ProgressApi, userId: string) {
  return {
    questionProgress: new DataLoader((questionIds: readonly string[]) =>
      fetchQuestionProgress(deps.db, userId, questionIds),
    ),
    notesOfQuestion: new DataLoader((questionIds: readonly string[]) =>
      fetchNotesOfQuestions(deps.db, userId, questionIds),
    ),
    roleProgress: new DataLoader((roleIds: readonly string[]) =>
      fetchRoleProgress(deps.db, userId, roleIds, now()),
    ),
  };
}

export type ViewerLoaders = ReturnType<typeof createViewerLoaders>;

export interface ProgressContext extends AuthContext {
  api: ProgressApi;
  /** Published questions from the roles subgraph (cached across requests: public content). */
  catalog: CatalogLoader;
  /** The caller's progress and notes; `null` for an anonymous caller, who has none. */
  loaders: ViewerLoaders | null;
}

export function createContext(api: ProgressApi, viewer: Viewer | null, req?: Request): ProgressContext {
  return {
    viewer,
    api,
    catalog: createCatalogLoader(api.catalogBatches, req?.requestId),
    loaders: viewer ? createViewerLoaders(api, viewer.id) : null,
  };
}
