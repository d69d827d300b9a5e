import type { Logger } from "@careergraph/logger";
import type { Cache, CacheAddress, CacheEntry, CacheGuard } from "./cache";
import { connectFailFast, type RedisClient } from "./redis-client";

/** MGET when every address is a key; otherwise one pipeline of GET and HGET, still one round trip. */
async function readMany(client: RedisClient, addresses: CacheAddress[]): Promise<(string | null)[]> {
  if (addresses.every((a) => typeof a === "string")) return client.mGet(addresses);
  const batch = client.multi();
  for (const a of addresses) {
    if (typeof a === "string") batch.get(a);
    else batch.hGet(a.group, a.field);
  }
  const replies = await batch.execAsPipeline();
  return replies.map((reply) => (typeof reply === "string" ? reply : null));
}

/**
 * A guarded fill, atomic in Redis: KEYS[1] is the guard key and ARGV[1] the value it must hold ("" for
 * absent); then per entry one key and four arguments (kind "k" or "h", hash field, value, TTL).
 */
const GUARDED_SET = `
if (redis.call('GET', KEYS[1]) or '') ~= ARGV[1] then return 0 end
for i = 2, #KEYS do
  local at = 2 + (i - 2) * 4
  if ARGV[at] == 'k' then
    redis.call('SET', KEYS[i], ARGV[at + 2], 'EX', ARGV[at + 3])
  else
    redis.call('HSET', KEYS[i], ARGV[at + 1], ARGV[at + 2])
    redis.call('EXPIRE', KEYS[i], ARGV[at + 3], 'NX')
  end
end
return 1`;

function guardedSet(client: RedisClient, entries: CacheEntry[], guard: CacheGuard) {
  const keys = [guard.key];
  const args = [guard.value ?? ""];
  for (const { key, value, ttlSeconds } of entries) {
    keys.push(typeof key === "string" ? key : key.group);
    args.push(
      typeof key === "string" ? "k" : "h",
      typeof key === "string" ? "" : key.field,
      value,
      String(ttlSeconds),
    );
  }
  return client.eval(GUARDED_SET, { keys, arguments: args });
}

export interface RedisCacheOptions {
  url: string;
  /** Bound on connecting and on every command; past it the command counts as a miss. */
  timeoutMs: number;
  logger: Logger;
}

/**
 * Redis behind the `Cache` contract. No offline queue and a short timeout on every command:
 * while Redis is away each call fails fast and is treated as a miss; the client reconnects by
 * itself and caching resumes. The outage is logged once, and its end once.
 */
export async function createRedisCache({ url, timeoutMs, logger }: RedisCacheOptions): Promise<Cache> {
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
    client.del(keys).catch((error: unknown) => {
      for (const key of keys) pendingDeletes.add(key);
      markDown(error);
    });
  };
  // declared first: the handlers above may run while it connects (with nothing pending yet)
  // eslint-disable-next-line prefer-const
  let client: RedisClient;
  client = await connectFailFast({ url, timeoutMs, onDown: markDown, onReady: replayDeletes });

  const run = async <T>(command: () => Promise<T>): Promise<T> => {
    if (!client.isReady) throw new Error("redis is not connected");
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
      return run(() => readMany(client, keys)).catch(() => keys.map(() => null));
    },
    async setMany(entries: CacheEntry[], guard?: CacheGuard) {
      if (entries.length === 0) return;
      if (guard) {
        await run(() => guardedSet(client, entries, guard)).catch(() => undefined);
        return;
      }
      const batch = client.multi();
      for (const { key, value, ttlSeconds } of entries) {
        if (typeof key === "string") {
          batch.set(key, value, { expiration: { type: "EX", value: ttlSeconds } });
        } else {
          batch.hSet(key.group, key.field, value);
          // NX: the group keeps the TTL its first field gave it, so a busy group still expires
          batch.expire(key.group, ttlSeconds, "NX");
        }
      }
      await run(() => batch.execAsPipeline()).catch(() => undefined);
    },
    async increment(key) {
      return run(() => client.incr(key)).catch(() => null);
    },
    async delete(keys) {
      if (keys.length === 0) return true;
      return run(() => client.del(keys)).then(
        () => true,
        () => {
          for (const key of keys) pendingDeletes.add(key);
          return false;
        },
      );
    },
    async clear(prefix = "") {
      await run(async () => {
        for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
          if (keys.length > 0) await client.del(keys);
        }
      });
    },
    async ping() {
      return run(() => client.ping()).then(
        () => "ok" as const,
        () => "degraded" as const,
      );
    },
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
