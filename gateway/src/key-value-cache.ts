import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Cache } from "@careergraph/cache";
import { cacheLookups } from "@careergraph/metrics";

/** Apollo's key-value cache interface over ours (so a Redis outage is a miss, never an error). */
export function keyValueCache(cache: Cache, defaultTtlSeconds = 60): KeyValueCache {
  return {
    get: async (key) => {
      const [value] = await cache.getMany([key]);
      cacheLookups.inc({ kind: "gateway:response", result: value === null ? "miss" : "hit" });
      return value ?? undefined;
    },
    set: (key, value, options) =>
      cache.setMany([{ key, value, ttlSeconds: Math.max(1, options?.ttl ?? defaultTtlSeconds) }]),
    delete: (key) => cache.delete([key]),
  };
}
