import { cacheInvalidationsUnreplicated } from "@careergraph/metrics";
import type { CacheAddress, CacheEntry, CacheGuard } from "./cache";
import type { RedisClient, RedisClusterClient } from "./redis-client";

/**
 * The commands the cache sends, over one Redis server or a Redis Cluster. In a cluster a multi-key
 * command or a script must keep its keys in one hash slot: the cache's keys share their namespace's
 * hash tag (`{cg}:…`, see `namespaced`), so every MGET, guarded fill and delete of one namespace is
 * one slot on one master.
 */
export interface RedisCommands {
  isReady(): boolean;
  /** MGET when every address is a key; otherwise one pipeline of GET and HGET, still one round trip. */
  readMany(addresses: CacheAddress[]): Promise<(string | null)[]>;
  setMany(entries: CacheEntry[]): Promise<unknown>;
  guardedSet(entries: CacheEntry[], guard: CacheGuard): Promise<unknown>;
  incr(key: string): Promise<number>;
  del(keys: string[]): Promise<unknown>;
  /**
   * Resolves once the master of `key` has passed its writes so far to a replica (or after the
   * timeout): a failover right after an invalidation must not lose it. Nothing to wait for on one server.
   */
  replicated(key: string): Promise<void>;
  deleteMatching(pattern: string): Promise<void>;
  ping(): Promise<unknown>;
  close(): Promise<void>;
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

function guardedSetArguments(entries: CacheEntry[], guard: CacheGuard) {
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
  return { keys, arguments: args };
}

/** The part of a MULTI that the cache queues; one server's and a cluster's share it. */
interface Batch {
  get(key: string): unknown;
  hGet(key: string, field: string): unknown;
  set(key: string, value: string, options: { expiration: { type: "EX"; value: number } }): unknown;
  hSet(key: string, field: string, value: string): unknown;
  expire(key: string, seconds: number, mode: "NX"): unknown;
  execAsPipeline(): Promise<unknown[]>;
}

/** The commands both clients answer alike. */
interface Common {
  mGet(keys: string[]): Promise<(string | null)[]>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  incr(key: string): Promise<number>;
  del(keys: string[]): Promise<number>;
}

async function readMany(
  client: Common,
  batch: () => Batch,
  addresses: CacheAddress[],
): Promise<(string | null)[]> {
  if (addresses.every((a) => typeof a === "string")) return client.mGet(addresses);
  const queued = batch();
  for (const a of addresses) {
    if (typeof a === "string") queued.get(a);
    else queued.hGet(a.group, a.field);
  }
  const replies = await queued.execAsPipeline();
  return replies.map((reply) => (typeof reply === "string" ? reply : null));
}

function setMany(batch: () => Batch, entries: CacheEntry[]): Promise<unknown[]> {
  const queued = batch();
  for (const { key, value, ttlSeconds } of entries) {
    if (typeof key === "string") {
      queued.set(key, value, { expiration: { type: "EX", value: ttlSeconds } });
    } else {
      queued.hSet(key.group, key.field, value);
      // NX: the group keeps the TTL its first field gave it, so a busy group still expires
      queued.expire(key.group, ttlSeconds, "NX");
    }
  }
  return queued.execAsPipeline();
}

/** The hash tag of a key (`{cg}` in `{cg}:v2:…`): keys with one tag share a slot. */
export function hashTagOf(key: string): string | undefined {
  const open = key.indexOf("{");
  const close = key.indexOf("}", open + 1);
  return open >= 0 && close > open + 1 ? key.slice(open + 1, close) : undefined;
}

/** Keys grouped so that each group is in one hash slot (a key without a tag stands alone). */
function bySlot(keys: string[]): string[][] {
  const groups = new Map<string, string[]>();
  keys.forEach((key, i) => {
    const group = hashTagOf(key) ?? `\u0000${i}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  });
  return [...groups.values()];
}

/**
 * The cache's commands over `client`. A cluster also needs `invalidations`: a second cluster client
 * that sends the content generation's bumps and the deletes, each followed by WAIT, on connections of
 * their own (a WAIT holds up every command behind it on its connection, and reads must not wait).
 */
export function redisCommandsOf(
  client: RedisClient | RedisClusterClient,
  timeoutMs: number,
  invalidations?: RedisClusterClient,
): RedisCommands {
  if (!isCluster(client)) return serverCommands(client);
  if (!invalidations) throw new Error("a Redis Cluster cache needs a second client for invalidations");
  return clusterCommands(client, invalidations, timeoutMs);
}

function isCluster(client: RedisClient | RedisClusterClient): client is RedisClusterClient {
  return "masters" in client;
}

function serverCommands(client: RedisClient): RedisCommands {
  const common = client as unknown as Common;
  const batch = () => client.multi() as unknown as Batch;
  return {
    isReady: () => client.isReady,
    readMany: (addresses) => readMany(common, batch, addresses),
    setMany: (entries) => setMany(batch, entries),
    guardedSet: (entries, guard) => common.eval(GUARDED_SET, guardedSetArguments(entries, guard)),
    incr: (key) => common.incr(key),
    del: (keys) => common.del(keys),
    replicated: async () => undefined,
    async deleteMatching(pattern) {
      for await (const keys of client.scanIterator({ MATCH: pattern, COUNT: 500 })) {
        if (keys.length > 0) await client.del(keys);
      }
    },
    ping: () => client.ping(),
    async close() {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

function clusterCommands(
  cluster: RedisClusterClient,
  invalidations: RedisClusterClient,
  timeoutMs: number,
): RedisCommands {
  const common = cluster as unknown as Common;
  const writes = invalidations as unknown as Common;
  // a cluster MULTI goes to the master of its first key
  const batch = () => cluster.multi() as unknown as Batch;
  return {
    isReady: () => cluster.isOpen,
    readMany: (addresses) => readMany(common, batch, addresses),
    setMany: (entries) => setMany(batch, entries),
    guardedSet: (entries, guard) => common.eval(GUARDED_SET, guardedSetArguments(entries, guard)),
    incr: (key) => writes.incr(key),
    del: (keys) => Promise.all(bySlot(keys).map((group) => writes.del(group))),
    async replicated(key) {
      // on the connection of the writes before it, so it waits for those; best effort: a master
      // without a live replica (after a failover) still takes invalidations, unreplicated
      const acknowledged = await invalidations.sendCommand<number>(key, false, [
        "WAIT",
        "1",
        String(Math.max(1, Math.floor(timeoutMs / 2))),
      ]);
      if (acknowledged < 1) cacheInvalidationsUnreplicated.inc();
    },
    async deleteMatching(pattern) {
      await Promise.all(
        cluster.masters.map(async (master) => {
          const node = await cluster.nodeClient(master);
          for await (const keys of node.scanIterator({ MATCH: pattern, COUNT: 500 })) {
            for (const group of bySlot(keys)) await node.del(group);
          }
        }),
      );
    },
    // every master answers: a slot without one would turn its reads into misses
    ping: () => Promise.all(cluster.masters.map(async (master) => (await cluster.nodeClient(master)).ping())),
    async close() {
      for (const client of [cluster, invalidations]) {
        if (client.isOpen) await client.close();
        else client.destroy();
      }
    },
  };
}
