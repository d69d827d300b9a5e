/**
 * A shared cache of public content. Every method is safe to call when the backend is down: reads
 * answer misses and writes are dropped, so an outage makes reads slower, never wrong or broken.
 */
export interface Cache {
  readonly kind: "redis" | "memory" | "none";
  /** One round trip: the values in key order, `null` for a miss. */
  getMany(keys: CacheAddress[]): Promise<(string | null)[]>;
  /**
   * Stores values, each with its own time to live. With a guard, stores nothing unless the guard's
   * key still holds the guard's value (`null`: still absent), checked and written atomically.
   */
  setMany(entries: CacheEntry[], guard?: CacheGuard): Promise<void>;
  /** Adds one to a counter and answers its new value; `null` when the backend could not be reached. */
  increment(key: string): Promise<number | null>;
  /** Removes keys (a group key removes the whole group); resolves false when the backend could not be reached. */
  delete(keys: string[]): Promise<boolean>;
  /** Removes every entry whose key starts with `prefix` (all of this cache's entries by default). */
  clear(prefix?: string): Promise<void>;
  /** "ok", or "degraded" when the backend is unreachable. */
  ping(): Promise<"ok" | "degraded">;
  close(): Promise<void>;
}

/**
 * Where a value lives: a key of its own, or a field of a group that is removed as one. Values whose
 * set is open-ended (every page of a role's questions, every page of the role list) share a group, so
 * that one delete invalidates them all without knowing which were cached. A group lives as long as
 * the TTL of the first value written into it.
 */
export type CacheAddress = string | { group: string; field: string };

/** A condition on a write: `key` must still hold `value`. */
export interface CacheGuard {
  key: string;
  value: string | null;
}

export interface CacheEntry {
  key: CacheAddress;
  value: string;
  ttlSeconds: number;
}

/** Bumped when the shape of cached values changes, so old entries are never read as new ones. */
export const CACHE_FORMAT_VERSION = 2;

/** `v2:<service>:<kind>:<id>`: per subgraph and per format version (the cache adds its namespace). */
export function cacheKey(service: string, kind: string, id: string): string {
  return `v${CACHE_FORMAT_VERSION}:${service}:${kind}:${id}`;
}

/** A field of the group `cacheKey(service, kind, id)`: deleting that key removes every field. */
export function cacheField(service: string, kind: string, id: string, field: string): CacheAddress {
  return { group: cacheKey(service, kind, id), field };
}

/**
 * Prefixes every key with a namespace, so that environments (or test runs) can share one Redis. The
 * namespace is the keys' hash tag (`{cg}:…`): in a Redis Cluster all of one namespace's entries and
 * its content generation share one hash slot, so that a read of entries with the generation (MGET)
 * and a fill guarded by it (a script) each touch one slot, as a cluster requires.
 */
export function namespaced(cache: Cache, namespace: string): Cache {
  const key = (k: string) => `{${namespace}}:${k}`;
  const address = (a: CacheAddress): CacheAddress =>
    typeof a === "string" ? key(a) : { group: key(a.group), field: a.field };
  return {
    kind: cache.kind,
    getMany: (keys) => cache.getMany(keys.map(address)),
    setMany: (entries, guard) =>
      cache.setMany(
        entries.map((entry) => ({ ...entry, key: address(entry.key) })),
        guard && { ...guard, key: key(guard.key) },
      ),
    increment: (k) => cache.increment(key(k)),
    delete: (keys) => cache.delete(keys.map(key)),
    clear: (prefix = "") => cache.clear(key(prefix)),
    ping: () => cache.ping(),
    close: () => cache.close(),
  };
}

/** A TTL with up to 10% random jitter, so entries written together do not all expire together. */
export function jitteredTtl(ttlSeconds: number): number {
  return Math.max(1, Math.round(ttlSeconds * (1 - Math.random() * 0.1)));
}

/** Counts content changes; whole-response caches put it in their keys, so a change retires them all. */
export const CONTENT_GENERATION_KEY = "content-generation";

/**
 * Called after a content write commits. Bumps the content generation, removes the entries the write
 * made stale, and bumps it again; resolves false when any step could not reach the cache, and the
 * caller must try again (the content outbox does), or an entry could stay stale until its TTL.
 *
 * The first bump refuses every fill of rows read before the commit (fills are guarded by the
 * generation their lookup saw). The second retires whole responses (keyed by the generation) that
 * were assembled between the first bump and the delete, from entries the delete then removed.
 */
export async function invalidateContent(cache: Cache, keys: string[]): Promise<boolean> {
  const refused = await cache.increment(CONTENT_GENERATION_KEY);
  const deleted = await cache.delete(keys);
  const retired = await cache.increment(CONTENT_GENERATION_KEY);
  return refused !== null && deleted && retired !== null;
}
