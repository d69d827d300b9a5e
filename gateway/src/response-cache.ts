import ApolloServerPluginResponseCache from "@apollo/server-plugin-response-cache";
import type { ApolloServerPlugin } from "@apollo/server";
import { CONTENT_GENERATION_KEY, type Cache } from "@careergraph/cache";
import type { MemoryTier } from "./response-memory-tier";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * Whole-response caching of anonymous operations in the shared Redis. The key includes the content
 * generation, which every content write bumps, so an edit retires every cached response at once and
 * on every replica. Authenticated requests are never read from it, and only a response whose whole
 * policy is PUBLIC is written: one per-user field (a PRIVATE hint from a subgraph) keeps it out.
 * `memory` is the in-process tier in front of Redis (`memoryTier(keyValueCache(cache))`).
 */
export function responseCachePlugin(cache: Cache, memory: MemoryTier): ApolloServerPlugin<GatewayContext> {
  return ApolloServerPluginResponseCache<GatewayContext>({
    cache: memory,
    sessionId: async () => null,
    shouldReadFromCache: async ({ contextValue }) => !contextValue.authorization,
    shouldWriteToCache: async ({ contextValue, overallCachePolicy }) =>
      !contextValue.authorization && overallCachePolicy.policyIfCacheable()?.scope === "PUBLIC",
    extraCacheKeyData: async ({ contextValue }) => {
      // read once per request (the fast path may have read it already); the subgraph fetches of this
      // request may be shared only with others of the same generation
      contextValue.contentGeneration ??= await contentGeneration(cache);
      return contextValue.contentGeneration;
    },
  });
}

/**
 * The content generation now. No counter yet (no write since Redis started) is generation 0; an
 * unreachable cache gets a generation no one else will ever have, so nothing stale can be served.
 */
export async function contentGeneration(cache: Cache): Promise<string> {
  const [generation] = await cache.getMany([CONTENT_GENERATION_KEY]);
  if (generation !== null) return generation;
  return (await cache.ping()) === "ok" ? "0" : `unknown-${Math.random()}`;
}
