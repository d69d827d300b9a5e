import { createMemoryCache } from "./memory-cache";
import { readThrough } from "./read-through";
import { TestGate } from "./test-gate";

/**
 * A stand-in for one SQL statement per batch: records each batch of keys it is asked for, and waits
 * at `gate` while the test keeps it closed (a statement still running).
 */
function recordingFetch(known: Record<string, { name: string; updatedAt: Date }>) {
  const batches: string[][] = [];
  const gate = new TestGate();
  const fetch = async (keys: readonly string[]) => {
    batches.push([...keys]);
    await gate.pass();
    return keys.map((key) => known[key] ?? null);
  };
  return { batches, fetch, gate };
}

describe("readThrough", () => {
  const known = {
    a: { name: "A", updatedAt: new Date("2026-01-02T03:04:05.000Z") },
    b: { name: "B", updatedAt: new Date(0) },
  };

  it("fetches only the misses, in one batch, and answers in key order with null for the missing", async () => {
    const cache = createMemoryCache(100);
    const { batches, fetch } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    expect(await load(["b", "zz", "a"])).toEqual([known.b, null, known.a]);
    expect(await load(["a", "zz", "b"])).toEqual([known.a, null, known.b]);
    expect(batches).toEqual([["b", "zz", "a"]]);
  });

  it("gives cached values back with their dates as Dates", async () => {
    const cache = createMemoryCache(100);
    const { fetch } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    await load(["a"]);
    const [cached] = await load(["a"]);
    expect(cached?.updatedAt).toBeInstanceOf(Date);
    expect(cached?.updatedAt.toISOString()).toBe("2026-01-02T03:04:05.000Z");
  });

  it("shares one fetch between concurrent misses of the same key", async () => {
    const cache = createMemoryCache(100);
    const { batches, fetch, gate } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    gate.close();
    const reads = Array.from({ length: 50 }, () => load(["a", "b"]));
    await gate.untilArrived(1); // the first read's statement is running, and every read has joined it
    gate.release();
    const results = await Promise.all(reads);
    expect(results.every((r) => r[0]?.name === "A" && r[1]?.name === "B")).toBe(true);
    expect(batches).toEqual([["a", "b"]]);
  });

  it("goes to the source every time when the cache keeps nothing", async () => {
    const cache = createMemoryCache(0);
    const { batches, fetch } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    await load(["a"]);
    await load(["a"]);
    expect(batches).toEqual([["a"], ["a"]]);
  });

  it("shares a fetch that finished while this read was still asking the cache", async () => {
    const store = createMemoryCache(100);
    // a cache whose answers can be held: they show what it held when asked, as a slow Redis would
    const lookups = new TestGate();
    const cache = {
      ...store,
      getMany: async (keys: Parameters<typeof store.getMany>[0]) => {
        const snapshot = await store.getMany(keys);
        await lookups.pass();
        return snapshot;
      },
    };
    const { batches, fetch, gate } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    gate.close();
    const first = load(["a"]);
    await gate.untilArrived(1); // the first read missed and its statement is running
    lookups.close();
    const late = load(["a"]); // asks the cache before that statement has written its value...
    await lookups.untilArrived(2);
    gate.release();
    expect(await first).toEqual([known.a]);
    lookups.release(); // ...and hears the miss only after it finished
    expect(await late).toEqual([known.a]);
    expect(batches).toEqual([["a"]]);
  });
});
