import type { createClient } from "redis";

export type RedisClient = ReturnType<typeof createClient>;

/**
 * A Redis client for a store the platform can do without (the cache, the rate-limit counters): no
 * offline queue, so that while Redis is away every command fails at once instead of piling up, and a
 * reconnect with backoff that goes on by itself. `onDown` hears every error; `onReady` every (re)connect.
 */
export async function connectFailFast(options: {
  url: string;
  timeoutMs: number;
  onDown: (error: unknown) => void;
  onReady?: () => void;
}): Promise<RedisClient> {
  // loaded on first use: about 250 ms of every server's start, and the embedded defaults never use it
  const { createClient } = await import("redis");
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.timeoutMs,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 6), 2000),
    },
  });
  client.on("error", options.onDown);
  if (options.onReady) client.on("ready", options.onReady);
  // Waits for the first connection at most one timeout: a Redis that is down must not stop a start.
  await Promise.race([
    client.connect().catch(options.onDown),
    new Promise((resolve) => setTimeout(resolve, options.timeoutMs).unref()),
  ]);
  return client;
}
