import type { Logger } from "@careergraph/logger";
import { namespaced, type Cache } from "./cache";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";

/** Nothing when disabled, Redis when a URL is configured, otherwise the bounded in-process cache. */
export async function openCache(options: {
  disabled?: boolean;
  namespace: string;
  redisUrl?: string;
  timeoutMs: number;
  maxEntries: number;
  logger: Logger;
}): Promise<Cache> {
  if (options.disabled) return createMemoryCache(0);
  const backend = options.redisUrl
    ? await createRedisCache({ url: options.redisUrl, timeoutMs: options.timeoutMs, logger: options.logger })
    : createMemoryCache(options.maxEntries);
  return namespaced(backend, options.namespace);
}
