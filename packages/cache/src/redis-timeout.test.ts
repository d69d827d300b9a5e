import { setImmediate as nextImmediate } from "node:timers/promises";
import { createLogger } from "@careergraph/logger";
import { describeWith, REDIS_SERVER_URL, waitFor } from "@careergraph/test-servers";
import { createClient } from "redis";
import { namespaced, type Cache } from "./cache";
import { createRedisCache } from "./redis-cache";

const TIMEOUT_MS = 50;

/** Keeps this process busy, as a server is under load: no timer, socket or immediate runs meanwhile. */
function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spinning
  }
}

describeWith(["redis"], "the Redis cache's command timeout", () => {
  let cache: Cache;
  beforeAll(async () => {
    const redis = await createRedisCache({
      url: REDIS_SERVER_URL,
      timeoutMs: TIMEOUT_MS,
      logger: createLogger("test", "silent"),
    });
    cache = namespaced(redis, `timeout-test-${process.pid}-${Date.now()}`);
    await cache.setMany([{ key: "k", value: "cached", ttlSeconds: 60 }]);
  });
  afterAll(async () => {
    await cache.clear();
    await cache.close();
  });

  it("reads a reply that came while this process was busy for longer than the timeout", async () => {
    const read = cache.getMany(["k"]);
    await nextImmediate(); // the client writes its commands in an immediate: the command is out now
    busyFor(TIMEOUT_MS * 4); // the reply arrives meanwhile, and the timer is overdue
    expect(await read).toEqual(["cached"]);
  });

  it("still reads a Redis that does not answer within the timeout as a miss", async () => {
    const admin = createClient({ url: REDIS_SERVER_URL });
    await admin.connect();
    try {
      await admin.sendCommand(["CLIENT", "PAUSE", String(TIMEOUT_MS * 4), "ALL"]);
      expect(await cache.getMany(["k"])).toEqual([null]);
      await waitFor("Redis to answer again after its pause", async () => {
        const [value] = await cache.getMany(["k"]);
        return value === "cached";
      });
    } finally {
      await admin.close();
    }
  });
});
