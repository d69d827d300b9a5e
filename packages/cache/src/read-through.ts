import { cacheLookups } from "@careergraph/metrics";
import type { Cache } from "./cache";
import { jitteredTtl } from "./cache";
import { parseWithDates } from "./revive-dates";

export interface ReadThroughOptions<K, V> {
  cache: Cache;
  /**
   * Whether a key can name anything at all (a UUID, a slug). One that cannot resolves to `null`
   * without reaching the cache or the database, so client strings never become cache keys.
   */
  isPossibleKey?: (key: K) => boolean;
  /** Turns a loader key into its full cache key. */
  cacheKeyOf: (key: K) => string;
  /** One database statement for all the keys it is given; results in key order, `null` when missing. */
  fetch: (keys: readonly K[]) => Promise<(V | null)[]>;
  ttlSeconds: number;
  /** How long a miss (an unknown id) is remembered. */
  missTtlSeconds?: number;
  serialize?: (value: V) => string;
  deserialize?: (text: string) => V;
}

const MISS = "\u0000miss";

/**
 * Builds a DataLoader batch function that reads the cache with one MGET, fetches only the misses
 * from the database in one batch, and writes them back with a jittered TTL. Concurrent misses of
 * one key in this process share one database fetch, even across requests.
 */
export function readThrough<K, V>(
  options: ReadThroughOptions<K, V>,
): (keys: readonly K[]) => Promise<(V | null)[]> {
  const serialize = options.serialize ?? ((value: V) => JSON.stringify(value));
  const deserialize = options.deserialize ?? ((text: string) => parseWithDates<V>(text));
  const missTtl = options.missTtlSeconds ?? Math.min(30, options.ttlSeconds);
  const inFlight = new Map<string, Promise<V | null>>();

  const fetchMisses = (keys: K[], cacheKeys: string[]): Promise<V | null>[] => {
    const batch = options.fetch(keys).then(async (values) => {
      await options.cache.setMany(
        values.map((value, i) => ({
          key: cacheKeys[i],
          value: value === null ? MISS : serialize(value),
          ttlSeconds: jitteredTtl(value === null ? missTtl : options.ttlSeconds),
        })),
      );
      return values;
    });
    return cacheKeys.map((cacheKey, i) => {
      const one = batch.then((values) => values[i] ?? null).finally(() => inFlight.delete(cacheKey));
      inFlight.set(cacheKey, one);
      return one;
    });
  };

  const isPossible = options.isPossibleKey;
  const batch = async (keys: readonly K[]): Promise<(V | null)[]> => {
    const cacheKeys = keys.map((key) => options.cacheKeyOf(key));
    const cached = await options.cache.getMany(cacheKeys);
    countLookups(cacheKeys, cached);
    const results: Promise<V | null>[] = cached.map((text) =>
      Promise.resolve(text === null || text === MISS ? null : deserialize(text)),
    );
    const missing: number[] = [];
    cached.forEach((text, i) => {
      if (text !== null) return;
      const shared = inFlight.get(cacheKeys[i]);
      if (shared) results[i] = shared;
      else missing.push(i);
    });
    if (missing.length > 0) {
      const fetched = fetchMisses(
        missing.map((i) => keys[i]),
        missing.map((i) => cacheKeys[i]),
      );
      missing.forEach((index, j) => {
        results[index] = fetched[j];
      });
    }
    return Promise.all(results);
  };
  if (!isPossible) return batch;
  return async (keys) => {
    const possible = keys.filter((key) => isPossible(key));
    if (possible.length === keys.length) return batch(keys);
    const found = possible.length > 0 ? await batch(possible) : [];
    let next = 0;
    return keys.map((key) => (isPossible(key) ? found[next++] : null));
  };
}

/** `v1:<service>:<kind>:<id>` counts as a lookup of kind `<service>:<kind>` (a bounded label). */
function countLookups(cacheKeys: string[], cached: (string | null)[]): void {
  cached.forEach((text, i) => {
    const [, service = "?", kind = "?"] = cacheKeys[i].split(":");
    cacheLookups.inc({ kind: `${service}:${kind}`, result: text === null ? "miss" : "hit" });
  });
}
