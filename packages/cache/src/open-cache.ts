import type { Logger } from "@careergraph/logger";
import type { Cache } from "./cache";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";

/** Redis when a URL is configured, otherwise the bounded in-process cache. */
export async function openCache(options: { redisUrl?: string; timeoutMs: number; maxEntries: number; logger: Logger }): Promise<Cache> {
  return options.redisUrl
    ? createRedisCache({ url: options.redisUrl, timeoutMs: options.timeoutMs, logger: options.logger })
    : createMemoryCache(options.maxEntries);
}
