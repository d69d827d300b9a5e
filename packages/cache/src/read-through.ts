import { cacheLookups } from "@careergraph/metrics";
import { LRUCache } from "lru-cache";
import type { Cache, CacheAddress } from "./cache";
import { CONTENT_GENERATION_KEY, jitteredTtl } from "./cache";
import { parseWithDates } from "./revive-dates";

export interface ReadThroughOptions<K, V> {
  cache: Cache;
  /** Turns a loader key into its cache address. */
  cacheKeyOf: (key: K) => CacheAddress;
  /** One database statement for all the keys it is given; results in key order, `null` when missing. */
  fetch: (keys: readonly K[]) => Promise<(V | null)[]>;
  ttlSeconds: number;
  /** How long a miss (an unknown id) is remembered. */
  missTtlSeconds?: number;
  serialize?: (value: V) => string;
  deserialize?: (text: string) => V;
}

const MISS = "\u0000miss";

/** How much cached text (in characters) each read-through keeps beside its parsed value. */
const PARSED_MEMO_CHARS = 4 * 1024 * 1024;

const flightKey = (address: CacheAddress) =>
  typeof address === "string" ? address : `${address.group}\u0000${address.field}`;

interface Flight<V> {
  value: Promise<V | null>;
  /** The content generation when its read of the cache began. */
  generation: string | null;
  settledAt: number | null;
}

/**
 * Builds a DataLoader batch function that reads the cache with one MGET, fetches only the misses
 * from the database in one batch, and writes them back with a jittered TTL. Concurrent misses of
 * one key in this process share one database fetch, even across requests.
 *
 * Content writes bump the content generation before they invalidate (`invalidateContent`), and the
 * MGET reads the generation with the values. A fill is written only if the generation is still the
 * one its read saw, and a read joins only a fetch that started at its own generation: rows read
 * before a write can never come back after that write's invalidation.
 */
export function readThrough<K, V>(
  options: ReadThroughOptions<K, V>,
): (keys: readonly K[]) => Promise<(V | null)[]> {
  const serialize = options.serialize ?? ((value: V) => JSON.stringify(value));
  const deserialize = options.deserialize ?? ((text: string) => parseWithDates<V>(text));
  const missTtl = options.missTtlSeconds ?? Math.min(30, options.ttlSeconds);
  // A fetch stays shareable until every read that started before it settled has looked at it: a read
  // whose cache lookup began before another request's fetch wrote its value would otherwise miss
  // both the cache and the fetch, and go to the database again.
  const fetches = new Map<string, Flight<V>>();
  // The same cached text comes back on request after request: parse it once and share the value
  // while the cache still holds exactly that text; a changed text is parsed again. Values are shared
  // between requests (as a shared fetch's are) and are never changed by their readers. (They are not
  // frozen: @apollo/subgraph stamps `__typename` on each entity it resolves, always the same one.)
  const parsed = new LRUCache<string, { text: string; value: V }>({
    maxSize: PARSED_MEMO_CHARS,
    sizeCalculation: (entry) => Math.max(1, entry.text.length),
  });
  const valueOf = (cacheKey: CacheAddress, text: string): V => {
    const memoKey = flightKey(cacheKey);
    const known = parsed.get(memoKey);
    if (known?.text === text) return known.value;
    const value = deserialize(text);
    if (text.length <= PARSED_MEMO_CHARS / 64) parsed.set(memoKey, { text, value });
    return value;
  };
  const activeReads = new Set<number>();
  let clock = 0;

  const forgetSettled = () => {
    let oldestRead = Infinity;
    for (const read of activeReads) oldestRead = Math.min(oldestRead, read);
    for (const [flight, entry] of fetches)
      if (entry.settledAt !== null && entry.settledAt < oldestRead) fetches.delete(flight);
  };

  const fetchMisses = (
    keys: K[],
    cacheKeys: CacheAddress[],
    generation: string | null,
  ): Promise<V | null>[] => {
    const batch = options.fetch(keys).then(async (values) => {
      await options.cache.setMany(
        values.map((value, i) => ({
          key: cacheKeys[i],
          value: value === null ? MISS : serialize(value),
          ttlSeconds: jitteredTtl(value === null ? missTtl : options.ttlSeconds),
        })),
        { key: CONTENT_GENERATION_KEY, value: generation },
      );
      return values;
    });
    return cacheKeys.map((cacheKey, i) => {
      const entry: Flight<V> = {
        value: batch.then((values) => values[i] ?? null),
        generation,
        settledAt: null,
      };
      const settle = () => {
        entry.settledAt = ++clock;
        forgetSettled();
      };
      entry.value.then(settle, () => {
        settle();
        fetches.delete(flightKey(cacheKey));
      });
      fetches.set(flightKey(cacheKey), entry);
      return entry.value;
    });
  };

  /** A fetch of this key, from this generation, that is running or settled after this read began. */
  const sharedFetch = (
    cacheKey: CacheAddress,
    readStart: number,
    generation: string | null,
  ): Promise<V | null> | undefined => {
    const entry = fetches.get(flightKey(cacheKey));
    if (!entry || entry.generation !== generation) return undefined;
    if (entry.settledAt !== null && entry.settledAt <= readStart) return undefined;
    return entry.value;
  };

  return async (keys) => {
    const readStart = ++clock;
    activeReads.add(readStart);
    try {
      const cacheKeys = keys.map((key) => options.cacheKeyOf(key));
      const [generation, ...cached] = await options.cache.getMany([CONTENT_GENERATION_KEY, ...cacheKeys]);
      countLookups(cacheKeys, cached);
      const results: Promise<V | null>[] = cached.map((text, i) =>
        Promise.resolve(text === null || text === MISS ? null : valueOf(cacheKeys[i], text)),
      );
      const missing: number[] = [];
      cached.forEach((text, i) => {
        if (text !== null) return;
        const shared = sharedFetch(cacheKeys[i], readStart, generation);
        if (shared) results[i] = shared;
        else missing.push(i);
      });
      if (missing.length > 0) {
        const fetched = fetchMisses(
          missing.map((i) => keys[i]),
          missing.map((i) => cacheKeys[i]),
          generation,
        );
        missing.forEach((index, j) => {
          results[index] = fetched[j];
        });
      }
      return await Promise.all(results);
    } finally {
      activeReads.delete(readStart);
      forgetSettled();
    }
  };
}

/** `v2:<service>:<kind>:<id>` counts as a lookup of kind `<service>:<kind>` (a bounded label). */
function countLookups(cacheKeys: CacheAddress[], cached: (string | null)[]): void {
  const counts = new Map<string, number>();
  cached.forEach((text, i) => {
    const address = cacheKeys[i];
    const key = typeof address === "string" ? address : address.group;
    const [, service = "?", kind = "?"] = key.split(":", 3);
    const label = `${service}:${kind}\u0000${text === null ? "miss" : "hit"}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  for (const [label, count] of counts) {
    const [kind, result] = label.split("\u0000");
    cacheLookups.inc({ kind, result }, count);
  }
}
