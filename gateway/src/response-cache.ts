import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { LRUCache } from "lru-cache";
import { CONTENT_GENERATION_KEY, type Cache } from "@careergraph/cache";
import { graphqlRequestOf, requestDigest } from "@careergraph/edge";
import { cacheLookups, graphqlDuration, graphqlRequests, operationLabel } from "@careergraph/metrics";
import type { CostCharge } from "./rate-limit";
import type { GatewayContext } from "./subgraph-data-source";

/** The longest an answer stays in a replica's own memory, whatever its `max-age`. */
const MEMORY_TTL_MS = 5000;
/** What the in-process tier holds at most: all answers, and one answer (a larger one is not kept). */
const MEMORY_MAX_BYTES = 32 * 1024 * 1024;
const MAX_ANSWER_BYTES = 256 * 1024;

interface StoredAnswer {
  body: string;
  contentType: string;
  cacheControl: string;
  /** What the operation cost when it ran: charged again to every caller it is served to. */
  cost: number;
  operation: string;
}

export interface ResponseCache {
  /** Before the GraphQL pipeline: serves a stored answer, or marks the request so that its answer is stored. */
  entrance: RequestHandler;
  /** Stores the answers of anonymous operations whose whole policy is PUBLIC. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** Forgets what this process holds (the shared store is emptied through `Cache.clear`). */
  clear(): void;
}

/**
 * The gateway's one cache of whole anonymous answers. A request is looked up once, before the GraphQL
 * pipeline (parsing, limits, planning): an in-process tier first, then the shared store (Redis, or this
 * process's memory when there is no Redis), and answered from there after CORS, the body checks, the
 * allowlist and the rate limiter, which is charged the operation's cost. Its key is a digest of the
 * request (operation, variables, extensions, `Accept`) and of the content generation, read on every
 * request: a content write on any replica bumps it and so retires every stored answer at once. Only an
 * anonymous answer whose whole cache policy is PUBLIC, without errors, is stored, for its `max-age`
 * (the in-process tier keeps it at most 5 s, which bounds what a lost generation counter could serve).
 */
export function createResponseCache(shared: Cache): ResponseCache {
  const memory =
    shared.kind === "redis"
      ? new LRUCache<string, StoredAnswer>({
          maxSize: MEMORY_MAX_BYTES,
          maxEntrySize: MAX_ANSWER_BYTES,
          sizeCalculation: (answer, key) =>
            key.length + answer.body.length + answer.cacheControl.length + 100,
          ttl: MEMORY_TTL_MS,
        })
      : undefined;

  const lookup = async (key: string): Promise<StoredAnswer | undefined> => {
    const held = memory?.get(key);
    if (held) {
      cacheLookups.inc({ kind: "gateway:response", result: "hit" });
      return held;
    }
    const [stored] = await shared.getMany([key]);
    cacheLookups.inc({ kind: "gateway:response", result: stored === null ? "miss" : "hit" });
    if (stored === null) return undefined;
    const answer = JSON.parse(stored) as StoredAnswer;
    memory?.set(key, answer);
    return answer;
  };

  const entrance: RequestHandler = (req, res, next) => {
    if (req.headers.authorization !== undefined || (req.method !== "GET" && req.method !== "POST"))
      return next();
    const request = graphqlRequestOf(req, res);
    if (request === null) return;
    if (request === undefined) return next();
    const stopTimer = graphqlDuration.startTimer();
    void (async () => {
      const generation = await contentGeneration(shared);
      if (generation === undefined) {
        // the store is unreachable: nothing to read or keep, and no fetch shared with anyone
        res.locals.contentGeneration = `unknown-${randomUUID()}`;
        return next();
      }
      const key = answerKey(generation, req.headers.accept, request);
      const answer = await lookup(key);
      if (!answer || !(await charged(res.locals.chargeCost as CostCharge | undefined, answer.cost))) {
        // the pipeline's subgraph fetches are shared by generation: one read of it per request
        res.locals.contentGeneration = generation;
        res.locals.responseCacheKey = key;
        return next();
      }
      // counted as the GraphQL pipeline counts the operations it answers
      const labels = { service: "gateway", operation: answer.operation, outcome: "ok" };
      graphqlRequests.inc(labels);
      stopTimer(labels);
      res.setHeader("content-type", answer.contentType);
      res.setHeader("cache-control", answer.cacheControl);
      res.status(200).send(answer.body);
    })().catch(next);
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, overallCachePolicy, operationName }) {
          const key = contextValue.responseCacheKey;
          if (!key || contextValue.authorization || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const policy = overallCachePolicy.policyIfCacheable();
          if (result.errors?.length || policy?.scope !== "PUBLIC" || !(policy.maxAge > 0)) return;
          const answer: StoredAnswer = {
            body: JSON.stringify(result),
            contentType: response.http.headers.get("content-type") ?? "application/json; charset=utf-8",
            cacheControl: response.http.headers.get("cache-control") ?? `max-age=${policy.maxAge}, public`,
            cost: (result.extensions?.cost as { requested?: number } | undefined)?.requested ?? 0,
            operation: operationLabel(operationName),
          };
          if (answer.body.length > MAX_ANSWER_BYTES) return;
          memory?.set(key, answer);
          await shared.setMany([{ key, value: JSON.stringify(answer), ttlSeconds: policy.maxAge }]);
        },
      };
    },
  };

  return { entrance, plugin, clear: () => memory?.clear() };
}

/** Charges a stored answer's cost; false when the caller is over budget (the full path then refuses). */
async function charged(chargeCost: CostCharge | undefined, cost: number): Promise<boolean> {
  if (!chargeCost) return true;
  return chargeCost(cost).then(
    () => true,
    () => false,
  );
}

/**
 * A fixed-size key for a request of one content generation: whatever the size of its text and
 * variables, a stored answer costs the same key.
 */
function answerKey(generation: string, accept: string | undefined, request: object): string {
  const { query, operationName, variables, extensions } = request as Record<string, unknown>;
  const digest = requestDigest(JSON.stringify([accept ?? "", query, operationName, variables, extensions]));
  return `response:${generation}:${digest}`;
}

/**
 * The content generation now: no counter yet (no write since Redis started) is generation 0;
 * `undefined` when the cache cannot be reached, and then nothing may be read or kept.
 */
async function contentGeneration(cache: Cache): Promise<string | undefined> {
  const [generation] = await cache.getMany([CONTENT_GENERATION_KEY]);
  if (generation !== null) return generation;
  return (await cache.ping()) === "ok" ? "0" : undefined;
}
