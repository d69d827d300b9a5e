import { entitiesClientOf } from "@careergraph/internal-calls";
import { batchLoad, type BatchFunction } from "@careergraph/db";
import { cacheKey, invalidateContent, type Cache } from "@careergraph/cache";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { fetchCatalogQuestions, type CatalogQuestion } from "./catalog-client";

/** The only thing progress caches: which questions the catalog publishes (public, not per user). */
const catalogQuestionKey = (questionId: string) => cacheKey("progress", "catalog-question", questionId);

/** A catalog change from roles: what progress keeps of these questions is stale. */
export function forgetCatalogQuestions(cache: Cache, questionIds: string[]): Promise<boolean> {
  return invalidateContent(cache, questionIds.map(catalogQuestionKey));
}

export interface CatalogLookup {
  questionId: string;
  /** Forwarded to the roles subgraph, so that its logs join this request's. */
  requestId?: string;
}

/** Process-wide: read-through the cache, then one `_entities` request to roles for the misses. */
export function publishedQuestionBatches(deps: Pick<SubgraphDeps, "config" | "logger" | "cache">) {
  const client = entitiesClientOf(deps.config, deps.logger, "roles");
  return {
    publishedQuestion: batchLoad<CatalogLookup, CatalogQuestion | null>({
      missing: null,
      validKey: (lookup) => isUuid(lookup.questionId),
      fetch: (lookups) =>
        fetchCatalogQuestions(
          client,
          lookups.map((lookup) => lookup.questionId),
          lookups[0]?.requestId,
        ),
      cached: {
        cache: deps.cache,
        address: (lookup) => catalogQuestionKey(lookup.questionId),
        ttlSeconds: deps.config.cache.ttlSeconds,
      },
    }),
  };
}

/** The lookups of one request, by question id, tagged with that request's id. */
export function lookupsOfRequest(
  batch: BatchFunction<CatalogLookup, CatalogQuestion | null>,
  requestId?: string,
): BatchFunction<string, CatalogQuestion | null> {
  return (questionIds) => batch(questionIds.map((questionId) => ({ questionId, requestId })));
}
