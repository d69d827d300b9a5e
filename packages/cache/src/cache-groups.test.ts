import { createLogger } from "@careergraph/logger";
import { namespaced, type Cache } from "./cache";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";

/** The in-process cache always; Redis too when REDIS_URL is set (CI's second run). */
const backends: [string, () => Promise<Cache>][] = [
  ["in-process", () => Promise.resolve(createMemoryCache(1000))],
  ...(process.env.REDIS_URL
    ? [
        [
          "Redis",
          async () =>
            namespaced(
              await createRedisCache({
                url: process.env.REDIS_URL!,
                timeoutMs: 1000,
                logger: createLogger("test", "silent"),
              }),
              `groups-test-${process.pid}-${Date.now()}`,
            ),
        ] as [string, () => Promise<Cache>],
      ]
    : []),
];

describe.each(backends)("groups of cached values (%s)", (_, open) => {
  let cache: Cache;
  beforeAll(async () => {
    cache = await open();
  });
  afterAll(async () => {
    await cache.clear();
    await cache.close();
  });

  it("reads fields and plain keys in one call, in order, null for a miss", async () => {
    await cache.setMany([
      { key: { group: "pages:r1", field: "first:20" }, value: "p1", ttlSeconds: 60 },
      { key: { group: "pages:r1", field: "first:50" }, value: "p2", ttlSeconds: 60 },
      { key: "role:r1", value: "r1", ttlSeconds: 60 },
    ]);
    expect(
      await cache.getMany([
        { group: "pages:r1", field: "first:50" },
        "role:r1",
        { group: "pages:r1", field: "first:10" },
        { group: "pages:r2", field: "first:20" },
        "role:r2",
      ]),
    ).toEqual(["p2", "r1", null, null, null]);
  });

  it("drops every field of a group with one delete of the group, and nothing else", async () => {
    await cache.setMany([
      { key: { group: "pages:r3", field: "a" }, value: "1", ttlSeconds: 60 },
      { key: { group: "pages:r3", field: "b" }, value: "2", ttlSeconds: 60 },
      { key: { group: "pages:r4", field: "a" }, value: "3", ttlSeconds: 60 },
    ]);
    expect(await cache.delete(["pages:r3"])).toBe(true);
    expect(
      await cache.getMany([
        { group: "pages:r3", field: "a" },
        { group: "pages:r3", field: "b" },
        { group: "pages:r4", field: "a" },
      ]),
    ).toEqual([null, null, "3"]);
  });
});
