import DataLoader from "dataloader";
import { readThrough, type Cache, type CacheAddress } from "@careergraph/cache";
import { rowsGroupedByKey, rowsInKeyOrder } from "./batch-rows";

/**
 * A process-wide batch function: given a batch of keys it answers in key order. It holds what may
 * outlive a request (the shared cache, fetches in flight); `createLoaders` wraps it per request.
 */
export type BatchFunction<K, V> = (keys: readonly K[]) => Promise<V[]>;

/** Public content read through the shared cache: one round trip for the batch, the database for misses. */
export interface ReadThroughCache<K> {
  cache: Cache;
  address: (key: K) => CacheAddress;
  ttlSeconds: number;
}

export interface BatchSpec<K> {
  /**
   * Whether a key can name anything at all (a well-formed id or slug). The others are answered as
   * missing without a statement, and never become cache keys.
   */
  validKey?: (key: K) => boolean;
  cached?: ReadThroughCache<K>;
}

/**
 * The one batch pattern of every subgraph: drop the keys that cannot exist, read the rest through
 * the cache, run one statement for the misses (`fetch` answers in key order), answer in key order.
 */
export function batchLoad<K, V>(
  spec: BatchSpec<K> & { fetch: (keys: readonly K[]) => Promise<V[]>; missing: V },
): BatchFunction<K, V> {
  const { validKey, cached, missing } = spec;
  const fetchValid: (keys: readonly K[]) => Promise<(V | null)[]> = cached
    ? readThrough<K, V>({
        cache: cached.cache,
        cacheKeyOf: cached.address,
        fetch: spec.fetch,
        ttlSeconds: cached.ttlSeconds,
      })
    : spec.fetch;
  return async (keys) => {
    const valid = validKey ? keys.filter(validKey) : keys;
    if (valid.length === 0) return keys.map(() => missing);
    const values = await fetchValid(valid);
    if (valid.length === keys.length) return values.map((value) => value ?? missing);
    const byKey = new Map(valid.map((key, i) => [key, values[i] ?? missing]));
    return keys.map((key) => byKey.get(key) ?? missing);
  };
}

/**
 * How the rows of a statement are matched to the keys: `keyOf` names a row's key. Composite keys
 * (a user and a question) give `keyId`, a string that a key and the `keyOf` of its rows share.
 */
type RowsSpec<K, R> = BatchSpec<K> & { select: (keys: readonly K[]) => Promise<R[]> } & (
    { keyOf: (row: R) => K; keyId?: undefined } | { keyOf: (row: R) => string; keyId: (key: K) => string }
  );

/** Rows of one statement, one per key (`null` where none): e.g. roles by id. */
export function oneRowPerKey<K, R>(spec: RowsSpec<K, R>): BatchFunction<K, R | null> {
  const keyOf = spec.keyOf as (row: R) => unknown;
  return batchLoad<K, R | null>({
    ...spec,
    missing: null,
    fetch: async (keys) => rowsInKeyOrder(ids(keys, spec.keyId), await spec.select(keys), keyOf, () => null),
  });
}

/** Rows of one statement, every row of each key in row order: e.g. a user's notes per question. */
export function rowsPerKey<K, R>(spec: RowsSpec<K, R>): BatchFunction<K, R[]> {
  const keyOf = spec.keyOf as (row: R) => unknown;
  return batchLoad<K, R[]>({
    ...spec,
    missing: [],
    fetch: async (keys) => rowsGroupedByKey(ids(keys, spec.keyId), await spec.select(keys), keyOf),
  });
}

const ids = <K>(keys: readonly K[], keyId?: (key: K) => string): readonly unknown[] =>
  keyId ? keys.map(keyId) : keys;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any key and value types: each loader keeps its own
type AnyBatchFunction = BatchFunction<any, any>;

/** A request's DataLoaders, one per batch function, typed after them. */
export type Loaders<B extends Record<string, AnyBatchFunction>> = {
  [Name in keyof B]: B[Name] extends BatchFunction<infer K, infer V> ? DataLoader<K, V> : never;
};

/** Object keys (page requests) are told apart by value, so equal requests in one request share a load. */
const keyIdentity = (key: unknown): unknown =>
  typeof key === "object" && key !== null ? JSON.stringify(key) : key;

/**
 * `LOADERS_DISABLED=true` builds the N+1 variant the benchmark compares against: every load is its own
 * batch of one, with no per-request memo. For measurement only; never set in production.
 */
const loadersDisabled = () => process.env.LOADERS_DISABLED === "true";

/**
 * Fresh per request: a DataLoader's memo must never outlive the request that filled it (it may hold
 * one caller's data), while the batch functions behind it are shared.
 */
export function createLoaders<B extends Record<string, AnyBatchFunction>>(batches: B): Loaders<B> {
  const batching = !loadersDisabled();
  return Object.fromEntries(
    Object.entries(batches).map(([name, batch]) => [
      name,
      new DataLoader(batch, { cacheKeyFn: keyIdentity, batch: batching, cache: batching }),
    ]),
  ) as Loaders<B>;
}
