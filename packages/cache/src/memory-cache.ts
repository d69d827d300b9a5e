import { LRUCache } from "lru-cache";
import type { Cache, CacheAddress, CacheEntry, CacheGuard } from "./cache";

type Stored = string | Map<string, string>;

/** What the in-process cache holds at most: all of it, and one entry (a larger one is not kept). */
const MEMORY_CACHE_MAX_BYTES = 64 * 1024 * 1024;
const MEMORY_CACHE_MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * The in-process cache used when no `REDIS_URL` is set: bounded in entries and in bytes (keys and
 * values, least recently used out first), per-entry TTL.
 */
export function createMemoryCache(maxEntries: number, maxBytes = MEMORY_CACHE_MAX_BYTES): Cache {
  // lru-cache needs a bound of at least one; a bound of 0 means a cache that keeps nothing.
  const store = new LRUCache<string, Stored>({
    max: Math.max(1, maxEntries),
    maxSize: maxBytes,
    maxEntrySize: Math.min(maxBytes, MEMORY_CACHE_MAX_ENTRY_BYTES),
    sizeCalculation: (value, key) => key.length + sizeOf(value),
    ttlAutopurge: false,
  });
  // Counters (the content generation) live outside the LRU: an evicted counter would start again
  // from 1 and repeat a generation that guarded fills and cached responses were keyed by.
  const counters = new Map<string, number>();
  const read = (address: CacheAddress): string | null => {
    if (typeof address === "string") {
      const counter = counters.get(address);
      if (counter !== undefined) return String(counter);
      const value = store.get(address);
      return typeof value === "string" ? value : null;
    }
    const group = store.get(address.group);
    return group instanceof Map ? (group.get(address.field) ?? null) : null;
  };
  const write = ({ key, value, ttlSeconds }: CacheEntry) => {
    if (typeof key === "string") {
      store.set(key, value, { ttl: ttlSeconds * 1000 });
      return;
    }
    const group = store.get(key.group);
    if (group instanceof Map) {
      group.set(key.field, value);
      // set again so that the group's size is counted anew; its TTL stays the first value's
      store.set(key.group, group, { noUpdateTTL: true });
    } else store.set(key.group, new Map([[key.field, value]]), { ttl: ttlSeconds * 1000 });
  };
  return {
    kind: maxEntries > 0 ? "memory" : "none",
    getMany: (keys) => Promise.resolve(keys.map(read)),
    setMany(entries: CacheEntry[], guard?: CacheGuard) {
      const guardHolds = !guard || (read(guard.key) ?? null) === guard.value;
      if (maxEntries > 0 && guardHolds) entries.forEach(write);
      return Promise.resolve();
    },
    increment(key) {
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return Promise.resolve(next);
    },
    delete(keys) {
      for (const key of keys) {
        store.delete(key);
        counters.delete(key);
      }
      return Promise.resolve(true);
    },
    clear(prefix = "") {
      for (const key of [...store.keys()]) if (key.startsWith(prefix)) store.delete(key);
      for (const key of [...counters.keys()]) if (key.startsWith(prefix)) counters.delete(key);
      return Promise.resolve();
    },
    ping: () => Promise.resolve("ok"),
    close() {
      store.clear();
      counters.clear();
      return Promise.resolve();
    },
  };
}

function sizeOf(value: Stored): number {
  if (typeof value === "string") return Math.max(1, value.length);
  let size = 1;
  for (const [field, fieldValue] of value) size += field.length + fieldValue.length;
  return size;
}
