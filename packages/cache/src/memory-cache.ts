import { LRUCache } from "lru-cache";
import type { Cache, CacheEntry } from "./cache";

/** The in-process cache used when no `REDIS_URL` is set: bounded in entries, per-entry TTL. */
export function createMemoryCache(maxEntries: number): Cache {
  // lru-cache needs a bound of at least one; a bound of 0 means a cache that keeps nothing.
  const store = new LRUCache<string, string>({ max: Math.max(1, maxEntries), ttlAutopurge: false });
  return {
    kind: maxEntries > 0 ? "memory" : "none",
    getMany: (keys) => Promise.resolve(keys.map((key) => store.get(key) ?? null)),
    setMany(entries: CacheEntry[]) {
      if (maxEntries === 0) return Promise.resolve();
      for (const { key, value, ttlSeconds } of entries) store.set(key, value, { ttl: ttlSeconds * 1000 });
      return Promise.resolve();
    },
    increment(key) {
      const next = Number(store.get(key) ?? "0") + 1;
      store.set(key, String(next), { ttl: 0 });
      return Promise.resolve(next);
    },
    delete(keys) {
      for (const key of keys) store.delete(key);
      return Promise.resolve(true);
    },
    clear(prefix = "") {
      for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
      return Promise.resolve();
    },
    ping: () => Promise.resolve("ok"),
    close() {
      store.clear();
      return Promise.resolve();
    },
  };
}
