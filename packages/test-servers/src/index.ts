export { describeWith, PG_SERVER_URL, REDIS_SERVER_URL } from "./test-servers";
export type { TestServer } from "./test-servers";
export { waitFor } from "./wait-for";
export { freePort, TestRedis } from "./test-redis";
