import { LRUCache } from "lru-cache";
import type { Cache, CacheEntry } from "./cache";

/** The in-process cache used when no `REDIS_URL` is set: bounded in entries, per-entry TTL. */
export function createMemoryCache(maxEntries: number): Cache {
  const store = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  return {
    kind: "memory",
    getMany: (keys) => Promise.resolve(keys.map((key) => store.get(key) ?? null)),
    setMany(entries: CacheEntry[]) {
      for (const { key, value, ttlSeconds } of entries) store.set(key, value, { ttl: ttlSeconds * 1000 });
      return Promise.resolve();
    },
    delete(keys) {
      for (const key of keys) store.delete(key);
      return Promise.resolve(true);
    },
    ping: () => Promise.resolve("ok"),
    close() {
      store.clear();
      return Promise.resolve();
    },
  };
}
