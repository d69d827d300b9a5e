import type { createClient, createCluster } from "redis";

export type RedisClient = ReturnType<typeof createClient>;
export type RedisClusterClient = ReturnType<typeof createCluster>;

/** Where a Redis store is: one server (`url`), or the nodes of a Redis Cluster to discover it from. */
export type RedisTarget = { url: string } | { clusterNodes: string[] };

interface FailFastOptions {
  timeoutMs: number;
  onDown: (error: unknown) => void;
  onReady?: () => void;
}

const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), 2000);

/**
 * A Redis client for a store the platform can do without (the cache, the rate-limit counters): no
 * offline queue, so that while Redis is away every command fails at once instead of piling up, and a
 * reconnect with backoff that goes on by itself. `onDown` hears every error; `onReady` every (re)connect.
 */
export async function connectFailFast(options: FailFastOptions & { url: string }): Promise<RedisClient> {
  // loaded on first use: about 250 ms of every server's start, and the embedded defaults never use it
  const { createClient } = await import("redis");
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: options.timeoutMs, reconnectStrategy },
  });
  client.on("error", options.onDown);
  if (options.onReady) client.on("ready", options.onReady);
  await connectWithin(() => client.connect(), options);
  return client;
}

/**
 * The same for a Redis Cluster (node-redis's cluster client). When a node fails, the client keeps
 * knocking at it: until the cluster has promoted its replica, commands of its slots fail fast (misses,
 * the in-process rate limiter); the slot map is read again after node errors, at most every
 * `timeoutMs`, so the first command after the failover reaches the new master.
 */
export async function connectFailFastCluster(
  options: FailFastOptions & { clusterNodes: string[] },
): Promise<RedisClusterClient> {
  const { createCluster } = await import("redis");
  const cluster = createCluster({
    rootNodes: options.clusterNodes.map((url) => ({ url })),
    defaults: {
      disableOfflineQueue: true,
      socket: { connectTimeout: options.timeoutMs, reconnectStrategy },
    },
  });
  let lastDiscovery = 0;
  const rediscover = () => {
    const now = Date.now();
    if (now - lastDiscovery < options.timeoutMs || !cluster.isOpen) return;
    lastDiscovery = now;
    const anyNode = cluster.masters.find((master) => master.client)?.client;
    if (!anyNode) return;
    // node-redis reads the map again on MOVED only, which a dead master never answers
    void slotsOf(cluster)
      .rediscover(anyNode)
      .then(options.onReady, () => undefined);
  };
  cluster.on("error", options.onDown);
  cluster.on("node-error", (error: unknown) => {
    options.onDown(error);
    rediscover();
  });
  if (options.onReady) cluster.on("node-ready", options.onReady);
  await connectWithin(() => cluster.connect(), options);
  return cluster;
}

/** Waits for the first connection at most one timeout: a Redis that is down must not stop a start. */
async function connectWithin(connect: () => Promise<unknown>, options: FailFastOptions): Promise<void> {
  await Promise.race([
    connect().catch(options.onDown),
    new Promise((resolve) => setTimeout(resolve, options.timeoutMs).unref()),
  ]);
}

/** node-redis's slot map: public in its types (`_slots`), not in its documentation. */
function slotsOf(cluster: RedisClusterClient): { rediscover(startWith: unknown): Promise<void> } {
  return cluster._slots;
}

/** Connects to whichever the target names. */
export function connectStore(
  target: RedisTarget,
  options: FailFastOptions,
): Promise<RedisClient | RedisClusterClient> {
  return "url" in target
    ? connectFailFast({ ...options, url: target.url })
    : connectFailFastCluster({ ...options, clusterNodes: target.clusterNodes });
}

/** The Redis the configuration names, if any: `REDIS_CLUSTER_NODES`, else `REDIS_URL`. */
export function redisTarget(cache: { redisUrl?: string; clusterNodes?: string[] }): RedisTarget | undefined {
  if (cache.clusterNodes && cache.clusterNodes.length > 0) return { clusterNodes: cache.clusterNodes };
  if (cache.redisUrl) return { url: cache.redisUrl };
  return undefined;
}
