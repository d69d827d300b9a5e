import { createMemoryCache } from "./memory-cache";
import { readThrough } from "./read-through";

/** A stand-in for one SQL statement per batch: records each batch of keys it is asked for. */
function recordingFetch(known: Record<string, { name: string; updatedAt: Date }>) {
  const batches: string[][] = [];
  const fetch = async (keys: readonly string[]) => {
    batches.push([...keys]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return keys.map((key) => known[key] ?? null);
  };
  return { batches, fetch };
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

  it("answers impossible keys null without asking the cache or the database", async () => {
    const cache = createMemoryCache(100);
    const asked: string[][] = [];
    const counting = { ...cache, getMany: (keys: string[]) => (asked.push(keys), cache.getMany(keys)) };
    const { batches, fetch } = recordingFetch(known);
    const load = readThrough({
      cache: counting,
      isPossibleKey: (k: string) => /^[a-z]$/.test(k),
      cacheKeyOf: (k: string) => `t:${k}`,
      fetch,
      ttlSeconds: 60,
    });
    expect(await load(["NOPE", "a", "'; drop", "b"])).toEqual([null, known.a, null, known.b]);
    expect(batches).toEqual([["a", "b"]]);
    expect(asked).toEqual([["t:a", "t:b"]]);
    expect(await load(["also not"])).toEqual([null]);
    expect(asked).toHaveLength(1);
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
    const { batches, fetch } = recordingFetch(known);
    const load = readThrough({ cache, cacheKeyOf: (k: string) => `t:${k}`, fetch, ttlSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 50 }, () => load(["a", "b"])));
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
});
