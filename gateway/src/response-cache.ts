import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import ApolloServerPluginResponseCache from "@apollo/server-plugin-response-cache";
import type { ApolloServerPlugin } from "@apollo/server";
import { CONTENT_GENERATION_KEY, type Cache } from "@careergraph/cache";
import type { GatewayContext } from "./subgraph-data-source";

/** Apollo's key-value cache interface over ours (so a Redis outage is a miss, never an error). */
function keyValueCache(cache: Cache): KeyValueCache {
  return {
    get: async (key) => (await cache.getMany([key]))[0] ?? undefined,
    set: (key, value, options) =>
      cache.setMany([{ key, value, ttlSeconds: Math.max(1, options?.ttl ?? 60) }]),
    delete: (key) => cache.delete([key]),
  };
}

/**
 * Whole-response caching of anonymous operations in the shared Redis. The key includes the content
 * generation, which every content write bumps, so an edit retires every cached response at once and
 * on every replica. Authenticated requests are never read from or written to it.
 */
export function responseCachePlugin(cache: Cache): ApolloServerPlugin<GatewayContext> {
  return ApolloServerPluginResponseCache<GatewayContext>({
    cache: keyValueCache(cache),
    sessionId: async () => null,
    shouldReadFromCache: async ({ contextValue }) => !contextValue.authorization,
    shouldWriteToCache: async ({ contextValue }) => !contextValue.authorization,
    extraCacheKeyData: async () => {
      const [generation] = await cache.getMany([CONTENT_GENERATION_KEY]);
      if (generation !== null) return generation;
      // No counter yet (no write since Redis started) is generation 0; an unreachable cache gets a key
      // no one will ever read, so nothing stale can be served.
      return (await cache.ping()) === "ok" ? "0" : `unknown-${Math.random()}`;
    },
  });
}
