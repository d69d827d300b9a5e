import type { Logger } from "@careergraph/logger";
import type { Cache, CacheEntry, CacheGuard } from "./cache";
import { redisCommandsOf, type RedisCommands } from "./redis-commands";
import { connectFailFast, connectFailFastCluster, type RedisTarget } from "./redis-client";

export type RedisCacheOptions = RedisTarget & {
  /** Bound on connecting and on every command; past it the command counts as a miss. */
  timeoutMs: number;
  logger: Logger;
};

/**
 * Redis (one server or a Redis Cluster) behind the `Cache` contract. No offline queue and a short timeout on every command:
 * while Redis is away each call fails fast and is treated as a miss; the client reconnects by
 * itself and caching resumes. The outage is logged once, and its end once.
 */
export async function createRedisCache(options: RedisCacheOptions): Promise<Cache> {
  const { timeoutMs, logger } = options;
  let outage = false;
  const markDown = (error: unknown) => {
    if (outage) return;
    outage = true;
    logger.warn({ err: error }, "cache unavailable: serving from the database until it returns");
  };
  // Deletes that failed during an outage are replayed when Redis returns, so no stale entry survives it.
  const pendingDeletes = new Set<string>();
  const replayDeletes = () => {
    if (outage) logger.info("cache available again");
    outage = false;
    if (pendingDeletes.size === 0) return;
    const keys = [...pendingDeletes];
    pendingDeletes.clear();
    redis.del(keys).catch((error: unknown) => {
      for (const key of keys) pendingDeletes.add(key);
      markDown(error);
    });
  };
  // declared first: the handlers above may run while it connects (with nothing pending yet)
  let redis: RedisCommands;
  const events = { timeoutMs, onDown: markDown, onReady: replayDeletes };
  if ("clusterNodes" in options) {
    const { clusterNodes } = options;
    const [reads, invalidations] = await Promise.all([
      connectFailFastCluster({ ...events, clusterNodes }),
      connectFailFastCluster({ ...events, clusterNodes, onReady: undefined }),
    ]);
    redis = redisCommandsOf(reads, timeoutMs, invalidations);
  } else {
    redis = redisCommandsOf(await connectFailFast({ ...events, url: options.url }), timeoutMs);
  }

  const run = async <T>(command: () => Promise<T>): Promise<T> => {
    if (!redis.isReady()) throw new Error("redis is not connected");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      // The timer can fire late, after this process was busy for longer than the timeout, with the
      // reply already waiting in the socket. Node reads sockets after timers and before immediates:
      // refusing in an immediate lets such a reply win, so the timeout measures Redis, not our own
      // lag (which would turn every cached read of a busy server into a database fetch).
      timer = setTimeout(
        () => setImmediate(() => reject(new Error(`redis command timed out after ${timeoutMs} ms`))),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([command(), timeout]);
    } catch (error) {
      markDown(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    kind: "redis",
    async getMany(keys) {
      if (keys.length === 0) return [];
      return run(() => redis.readMany(keys)).catch(() => keys.map(() => null));
    },
    async setMany(entries: CacheEntry[], guard?: CacheGuard) {
      if (entries.length === 0) return;
      await run(() => (guard ? redis.guardedSet(entries, guard) : redis.setMany(entries))).catch(
        () => undefined,
      );
    },
    async increment(key) {
      return run(async () => {
        const value = await redis.incr(key);
        await redis.replicated(key);
        return value;
      }).catch(() => null);
    },
    async delete(keys) {
      if (keys.length === 0) return true;
      return run(async () => {
        await redis.del(keys);
        await redis.replicated(keys[0]);
      }).then(
        () => true,
        () => {
          for (const key of keys) pendingDeletes.add(key);
          return false;
        },
      );
    },
    async clear(prefix = "") {
      await run(() => redis.deleteMatching(`${prefix}*`));
    },
    async ping() {
      return run(() => redis.ping()).then(
        () => "ok" as const,
        () => "degraded" as const,
      );
    },
    close: () => redis.close(),
  };
}
