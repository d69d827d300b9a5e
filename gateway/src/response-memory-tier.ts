import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import { cacheLookups } from "@careergraph/metrics";

/** The longest a response stays in a replica's memory, whatever the TTL it was written with. */
const MEMORY_TTL_SECONDS = 5;
const MEMORY_MAX_BYTES = 64 * 1024 * 1024;

export interface MemoryTier extends KeyValueCache {
  /** Forgets every response held in this process (tests that empty every cache). */
  clear(): void;
}

/**
 * A small in-process tier in front of the shared response cache: a warm anonymous page is answered
 * without the Redis read of the response and without the transfer of its body. Exact after a content
 * write on any replica, because the response cache's keys include the content generation read from
 * Redis on every request (a write bumps it, so the next request asks for a key no replica has). The
 * short TTL bounds what the generation cannot cover: the time-based `maxAge`, and a Redis that lost
 * its generation counter (restart), which starts counting from 0 again.
 */
export function memoryTier(shared: KeyValueCache): MemoryTier {
  const memory = new InMemoryLRUCache<string>({
    maxSize: MEMORY_MAX_BYTES,
    sizeCalculation: (value: string) => value.length,
  });
  const ttl = (seconds?: number | null) => ({
    ttl: Math.min(seconds ?? MEMORY_TTL_SECONDS, MEMORY_TTL_SECONDS),
  });
  return {
    async get(key) {
      const held = await memory.get(key);
      if (held !== undefined) {
        cacheLookups.inc({ kind: "gateway:response-memory", result: "hit" });
        return held;
      }
      const value = await shared.get(key);
      cacheLookups.inc({ kind: "gateway:response", result: value === undefined ? "miss" : "hit" });
      if (value !== undefined) await memory.set(key, value, ttl());
      return value;
    },
    async set(key, value, options) {
      await memory.set(key, value, ttl(options?.ttl));
      await shared.set(key, value, options);
    },
    async delete(key) {
      await memory.delete(key);
      return shared.delete(key);
    },
    clear: () => memory.clear(),
  };
}
