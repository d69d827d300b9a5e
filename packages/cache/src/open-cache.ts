import type { Logger } from "@careergraph/logger";
import { namespaced, type Cache } from "./cache";
import { createMemoryCache } from "./memory-cache";
import { createRedisCache } from "./redis-cache";
import { redisTarget } from "./redis-client";

/**
 * Nothing when disabled, Redis when a URL or Redis Cluster nodes are configured, otherwise the bounded
 * in-process cache.
 */
export async function openCache(options: {
  disabled?: boolean;
  namespace: string;
  redisUrl?: string;
  clusterNodes?: string[];
  timeoutMs: number;
  maxEntries: number;
  logger: Logger;
}): Promise<Cache> {
  if (options.disabled) return createMemoryCache(0);
  const target = redisTarget(options);
  const backend = target
    ? await createRedisCache({ ...target, timeoutMs: options.timeoutMs, logger: options.logger })
    : createMemoryCache(options.maxEntries);
  return namespaced(backend, options.namespace);
}
