import { createLogger } from "@careergraph/logger";
import { invalidateContent, namespaced, type Cache } from "./cache";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";
import { readThrough } from "./read-through";
import { TestGate } from "./test-gate";

/**
 * The stale write-back race, made to happen: a read fetches a row, a write commits and invalidates
 * while that fetch is still on its way back, then the fetch fills the cache. Neither the fill nor a
 * read that arrives after the write may bring the old row back.
 */

interface Row {
  title: string;
}

/** A one-row "database" whose reads can be held after they have read, as a slow query would be. */
function heldTable() {
  let row: Row = { title: "old" };
  const gate = new TestGate();
  return {
    write: (next: Row) => {
      row = next;
    },
    hold: () => gate.close(),
    release: () => gate.release(),
    /** Resolves once this many reads (in all) have read the row. */
    untilRead: (count: number) => gate.untilArrived(count),
    get reads() {
      return gate.arrivals;
    },
    async fetch(keys: readonly string[]): Promise<(Row | null)[]> {
      const snapshot = keys.map(() => ({ ...row }));
      await gate.pass();
      return snapshot;
    },
  };
}

/** The cache, counting the lookups that have come back (at a gate that stays open). */
function countedLookups(cache: Cache): { counted: Cache; lookups: TestGate } {
  const lookups = new TestGate();
  const counted: Cache = {
    ...cache,
    getMany: async (keys) => {
      const values = await cache.getMany(keys);
      await lookups.pass();
      return values;
    },
  };
  return { counted, lookups };
}

const backends: [string, () => Promise<Cache>][] = [
  ["the in-process cache", async () => createMemoryCache(100)],
];
if (process.env.REDIS_URL) {
  const url = process.env.REDIS_URL;
  backends.push([
    "Redis",
    async () =>
      namespaced(
        await createRedisCache({ url, timeoutMs: 2000, logger: createLogger("test", "silent") }),
        `stale-fill-${process.pid}-${Date.now()}`,
      ),
  ]);
}

describe.each(backends)("a content write racing a read through %s", (_name, open) => {
  let cache: Cache;
  beforeEach(async () => {
    cache = await open();
  });
  afterEach(async () => {
    await cache.clear();
    await cache.close();
  });

  const loaderOver = (table: ReturnType<typeof heldTable>, over: Cache = cache) =>
    readThrough<string, Row>({
      cache: over,
      cacheKeyOf: (key) => `row:${key}`,
      fetch: (keys) => table.fetch(keys),
      ttlSeconds: 60,
    });

  it("does not let a fetch that read before the write put the old row back after its invalidation", async () => {
    const table = heldTable();
    const load = loaderOver(table);
    table.hold();
    const early = load(["a"]); // reads "old", then is held
    await table.untilRead(1);
    table.write({ title: "new" });
    await invalidateContent(cache, ["row:a"]);
    table.release(); // the early read now writes what it read
    expect(await early).toEqual([{ title: "old" }]);
    expect(await load(["a"])).toEqual([{ title: "new" }]);
    expect(await load(["a"])).toEqual([{ title: "new" }]);
  });

  it("does not let a read that starts after the write join a fetch that started before it", async () => {
    const table = heldTable();
    const load = loaderOver(table);
    table.hold();
    const early = load(["a"]);
    await table.untilRead(1);
    table.write({ title: "new" });
    await invalidateContent(cache, ["row:a"]);
    const late = load(["a"]);
    await table.untilRead(2); // the late read did not join the early fetch: it read the row itself
    table.release();
    expect(await early).toEqual([{ title: "old" }]);
    expect(await late).toEqual([{ title: "new" }]);
    expect(table.reads).toBe(2);
  });

  it("still shares one fetch among reads when no write comes between them", async () => {
    const table = heldTable();
    const { counted, lookups } = countedLookups(cache);
    const load = loaderOver(table, counted);
    table.hold();
    const reads = Array.from({ length: 10 }, () => load(["a"]));
    await table.untilRead(1);
    await lookups.untilArrived(10); // every read has asked the cache, and found the fetch in flight
    table.release();
    expect(await Promise.all(reads)).toEqual(reads.map(() => [{ title: "old" }]));
    expect(await load(["a"])).toEqual([{ title: "old" }]);
    expect(table.reads).toBe(1);
  });
});
