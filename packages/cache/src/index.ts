export {
  cacheKey,
  cacheField,
  jitteredTtl,
  namespaced,
  invalidateContent,
  CACHE_FORMAT_VERSION,
  CONTENT_GENERATION_KEY,
} from "./cache";
export type { Cache, CacheAddress, CacheEntry } from "./cache";
export { createMemoryCache } from "./memory-cache";
export { createRedisCache } from "./redis-cache";
export type { RedisCacheOptions } from "./redis-cache";
export { readThrough } from "./read-through";
export type { ReadThroughOptions } from "./read-through";
export { openCache } from "./open-cache";
export { parseWithDates } from "./revive-dates";
export { connectFailFast, connectFailFastCluster, connectStore, redisTarget } from "./redis-client";
export type { RedisClient, RedisClusterClient, RedisTarget } from "./redis-client";
export { hashTagOf } from "./redis-commands";
