import {
  cacheField,
  cacheKey,
  CONTENT_GENERATION_KEY,
  invalidateContent,
  namespaced,
  type Cache,
  type CacheAddress,
} from "./cache";
import { createMemoryCache } from "./memory-cache";
import { readThrough } from "./read-through";
import { hashTagOf } from "./redis-commands";

/**
 * In a Redis Cluster, a multi-key command or a script must keep its keys in one hash slot. The cache
 * sends three: the read of entries with the content generation (MGET or a pipeline), the guarded
 * fill (a script over the generation and the entries), and an invalidation's delete. Each is seen
 * here as the backend receives it, and every key it names must carry one hash tag.
 */
function recording(backend: Cache) {
  const batches: string[][] = [];
  const name = (a: CacheAddress) => (typeof a === "string" ? a : a.group);
  const cache: Cache = {
    ...backend,
    getMany: (keys) => (batches.push(keys.map(name)), backend.getMany(keys)),
    setMany: (entries, guard) => (
      batches.push([...(guard ? [guard.key] : []), ...entries.map((e) => name(e.key))]),
      backend.setMany(entries, guard)
    ),
    delete: (keys) => (batches.push(keys), backend.delete(keys)),
    increment: (key) => (batches.push([key]), backend.increment(key)),
  };
  return { cache, batches };
}

describe("the cache's keys in a Redis Cluster", () => {
  it("are tagged with their namespace: {cg}:…", () => {
    expect(hashTagOf("{cg}:v2:roles:role:1")).toBe("cg");
    expect(hashTagOf("cg:rate:anonymous:ip:1")).toBeUndefined();
    expect(hashTagOf("{}:empty-tag")).toBeUndefined();
  });

  it("keep every multi-key read, guarded fill and invalidation in one hash slot", async () => {
    const { cache: backend, batches } = recording(createMemoryCache(1000));
    const cache = namespaced(backend, "cg");
    const read = readThrough<string, { id: string }>({
      cache,
      cacheKeyOf: (id) =>
        id.startsWith("page")
          ? cacheField("roles", "role-questions", "r1", id)
          : cacheKey("roles", "role", id),
      fetch: async (ids) => ids.map((id) => ({ id })),
      ttlSeconds: 60,
    });
    await read(["a", "b", "page:50", "page:0"]);
    await read(["a", "page:50"]);
    await invalidateContent(cache, [
      cacheKey("roles", "role", "a"),
      cacheKey("roles", "role-questions", "r1"),
    ]);

    const multiKey = batches.filter((keys) => keys.length > 1);
    expect(multiKey.length).toBeGreaterThanOrEqual(3);
    for (const keys of batches) expect(new Set(keys.map(hashTagOf))).toEqual(new Set(["cg"]));
    expect(batches.flat()).toContain(`{cg}:${CONTENT_GENERATION_KEY}`);
  });
});
