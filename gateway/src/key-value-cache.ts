import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Cache } from "@careergraph/cache";

/** Apollo's key-value cache interface over ours (so a Redis outage is a miss, never an error): the APQ store. */
export function keyValueCache(cache: Cache, defaultTtlSeconds = 60): KeyValueCache {
  return {
    get: async (key) => {
      const [value] = await cache.getMany([key]);
      return value ?? undefined;
    },
    set: (key, value, options) =>
      cache.setMany([{ key, value, ttlSeconds: Math.max(1, options?.ttl ?? defaultTtlSeconds) }]),
    delete: (key) => cache.delete([key]),
  };
}
