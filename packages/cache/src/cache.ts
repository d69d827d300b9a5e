/**
 * A shared cache of public content. Every method is safe to call when the backend is down: reads
 * answer misses and writes are dropped, so an outage makes reads slower, never wrong or broken.
 */
export interface Cache {
  readonly kind: "redis" | "memory";
  /** One round trip (MGET): the values in key order, `null` for a miss. */
  getMany(keys: string[]): Promise<(string | null)[]>;
  /** Stores values, each with its own time to live. */
  setMany(entries: CacheEntry[]): Promise<void>;
  /** Removes keys; resolves false when the backend could not be reached. */
  delete(keys: string[]): Promise<boolean>;
  /** "ok", or "degraded" when the backend is unreachable. */
  ping(): Promise<"ok" | "degraded">;
  close(): Promise<void>;
}

export interface CacheEntry {
  key: string;
  value: string;
  ttlSeconds: number;
}

/** Bumped when the shape of cached values changes, so old entries are never read as new ones. */
export const CACHE_FORMAT_VERSION = 1;

/** `cg:v1:<service>:<kind>:<id>`: namespaced per subgraph and per format version. */
export function cacheKey(service: string, kind: string, id: string): string {
  return `cg:v${CACHE_FORMAT_VERSION}:${service}:${kind}:${id}`;
}

/** A TTL with up to 10% random jitter, so entries written together do not all expire together. */
export function jitteredTtl(ttlSeconds: number): number {
  return Math.max(1, Math.round(ttlSeconds * (1 - Math.random() * 0.1)));
}
