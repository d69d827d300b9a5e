import type { Viewer } from "@careergraph/auth";
import { createLoaders, type Loaders } from "@careergraph/db";
import type { SubgraphDeps } from "@careergraph/service";
import { createAnalyticsApi } from "./analytics";
import { lookupsOfRequest, publishedQuestionBatches } from "./catalog/published-question.loader";
import type { Clock } from "./clock";
import { noteBatches } from "./notes/note.loader";
import { NoteService } from "./notes/note.service";
import { progressBatches } from "./progress/progress.loader";
import { PracticeSyncService } from "./progress/practice-sync.service";
import { PracticeService } from "./progress/progress.service";
import { streakBatches } from "./progress/streak";
import { roleProgressBatches } from "./role/role-progress.loader";
import { WriteRateLimiter } from "./write-rate/write-rate";

/**
 * Process-wide batch functions. Per-user reads take the user in their keys (never cached: they are
 * one user's data); the published questions are public and cached.
 */
export function createBatches(deps: SubgraphDeps, now: Clock) {
  return {
    ...progressBatches(deps, now),
    ...roleProgressBatches(deps, now),
    ...noteBatches(deps),
    ...streakBatches(deps, now),
    ...publishedQuestionBatches(deps),
  };
}

export type ProgressBatches = ReturnType<typeof createBatches>;

/** Writes and rules, process-wide. */
export function createServices(deps: SubgraphDeps, now: Clock) {
  const writeRate = new WriteRateLimiter(deps.db, now, deps.config.operations.writesPerMinute);
  const practice = new PracticeService(deps, now, writeRate);
  return {
    practice,
    practiceSync: new PracticeSyncService(deps, now, practice, writeRate),
    notes: new NoteService(deps, now, writeRate),
    analytics: createAnalyticsApi(deps),
  };
}

export type ProgressServices = ReturnType<typeof createServices>;

/** One request's batch functions: its catalog lookups carry its request id to the roles subgraph. */
function requestBatches(batches: ProgressBatches, requestId?: string) {
  return { ...batches, publishedQuestion: lookupsOfRequest(batches.publishedQuestion, requestId) };
}

type ProgressLoaders = Loaders<ReturnType<typeof requestBatches>>;

/** Published questions by id, from the roles subgraph: what writes check before they write. */
export type PublishedQuestionLoader = ProgressLoaders["publishedQuestion"];

/** What every resolver of the progress subgraph gets: reads through `loaders`, writes through `services`. */
export interface ProgressContext {
  /** The caller; `null` when anonymous, who has no progress. */
  viewer: Viewer | null;
  /** This request's id, for the logs (and the roles subgraph's, on catalog lookups). */
  requestId?: string;
  loaders: ProgressLoaders;
  services: ProgressServices;
}

export function createContext(
  batches: ProgressBatches,
  services: ProgressServices,
  viewer: Viewer | null,
  requestId?: string,
): ProgressContext {
  return { viewer, requestId, loaders: createLoaders(requestBatches(batches, requestId)), services };
}
