import DataLoader from "dataloader";
import { cacheKey, readThrough } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { fetchCatalogQuestions, type CatalogQuestion } from "./catalog-client";
import { isUuid } from "@careergraph/federation";

/** The only thing progress caches: which questions the catalog publishes (public, not per user). */
export const catalogQuestionKey = (questionId: string) =>
  cacheKey("progress", "catalog-question", questionId);

export interface CatalogLookup {
  questionId: string;
  /** Forwarded to the roles subgraph, so that its logs join this request's. */
  requestId?: string;
}

/** Process-wide: read-through the cache, then one `_entities` request to roles for the misses. */
export function createCatalogBatches(deps: Pick<SubgraphDeps, "config" | "logger" | "cache">) {
  const client = { url: deps.config.subgraphs.roles, logger: deps.logger };
  return {
    catalogQuestion: readThrough<CatalogLookup, CatalogQuestion>({
      cache: deps.cache,
      isPossibleKey: (lookup: CatalogLookup) => isUuid(lookup.questionId),
      cacheKeyOf: (lookup) => catalogQuestionKey(lookup.questionId),
      fetch: (lookups) =>
        fetchCatalogQuestions(
          client,
          lookups.map((lookup) => lookup.questionId),
          lookups[0]?.requestId,
        ),
      ttlSeconds: deps.config.cache.ttlSeconds,
    }),
  };
}

export type CatalogBatches = ReturnType<typeof createCatalogBatches>;

/** Per request: published questions by id, batched and memoised for this request only. */
export function createCatalogLoader(batches: CatalogBatches, requestId?: string) {
  return new DataLoader<string, CatalogQuestion | null>((questionIds) =>
    batches.catalogQuestion(questionIds.map((questionId) => ({ questionId, requestId }))),
  );
}

export type CatalogLoader = ReturnType<typeof createCatalogLoader>;
