import type { Router } from "express";
import { invalidateContent, redisTarget, type Cache } from "@careergraph/cache";
import type { ServiceConfig } from "@careergraph/config";
import { signedDeliveryRoute } from "@careergraph/internal-calls";

/**
 * Where the content subgraphs tell a gateway that caches whole responses in its own memory (no
 * Redis) of every content change, after their own caches have taken it. Any signed delivery retires
 * every cached response at once (it bumps the response cache's content generation) and answers 204;
 * an unsigned one is 401 and changes nothing.
 */
export function contentChangesEndpoint(
  config: ServiceConfig,
  responseCache: Cache,
  forget: () => void,
): Router {
  return signedDeliveryRoute(config, async (_body, _req, res) => {
    const retired = await invalidateContent(responseCache, []);
    forget();
    res.status(retired ? 204 : 503).end();
  });
}

/**
 * Whether this gateway caches whole responses in its own memory: without Redis, when `GATEWAY_URL`
 * is set, which also makes the content subgraphs deliver their changes to it (`npm start` sets it).
 */
export function cachesResponsesInMemory(config: ServiceConfig): boolean {
  return !redisTarget(config.cache) && !config.cache.disabled && config.gatewayUrl !== undefined;
}
