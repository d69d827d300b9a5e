import { setImmediate as nextImmediate } from "node:timers/promises";
import { createLogger } from "@careergraph/logger";
import { describeWith, freePort, TestRedis, waitFor } from "@careergraph/test-servers";
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

/**
 * On a Redis of its own, which it pauses: a pause of the machine's shared Redis would stall every other
 * suite running beside this one.
 */
describeWith(["redis-server"], "the Redis cache's command timeout", () => {
  let server: TestRedis;
  let cache: Cache;
  /** The same entries through a patient client: setting up and checking must not time out themselves. */
  let patient: Cache;
  beforeAll(async () => {
    server = new TestRedis(await freePort());
    await server.start();
    const namespace = `timeout-test-${process.pid}-${Date.now()}`;
    const open = (timeoutMs: number) =>
      createRedisCache({ url: server.url, timeoutMs, logger: createLogger("test", "silent") });
    cache = namespaced(await open(TIMEOUT_MS), namespace);
    patient = namespaced(await open(5000), namespace);
    await patient.setMany([{ key: "k", value: "cached", ttlSeconds: 60 }]);
    expect(await patient.getMany(["k"])).toEqual(["cached"]);
  });
  afterAll(async () => {
    await patient?.close();
    await cache?.close();
    await server?.stop();
  });

  it("reads a reply that came while this process was busy for longer than the timeout", async () => {
    const read = cache.getMany(["k"]);
    await nextImmediate(); // the client writes its commands in an immediate: the command is out now
    busyFor(TIMEOUT_MS * 10); // the reply arrives meanwhile (however loaded Redis is), and the timer is overdue
    expect(await read).toEqual(["cached"]);
  });

  it("still reads a Redis that does not answer within the timeout as a miss", async () => {
    const admin = createClient({ url: server.url });
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
