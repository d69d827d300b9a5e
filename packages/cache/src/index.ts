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
export { connectFailFast } from "./redis-client";
export type { RedisClient } from "./redis-client";
