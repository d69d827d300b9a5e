import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { LRUCache } from "lru-cache";
import type { Cache } from "@careergraph/cache";
import { cacheLookups, graphqlDuration, graphqlRequests, operationLabel } from "@careergraph/metrics";
import { contentGeneration } from "./response-cache";
import type { CostCharge } from "./rate-limit";
import type { GatewayContext } from "./subgraph-data-source";

/** The longest an answer stays here, whatever its `max-age`: as long as the memory tier keeps one. */
const FAST_PATH_TTL_MS = 5000;
const FAST_PATH_MAX_BYTES = 32 * 1024 * 1024;

interface StoredAnswer {
  body: string;
  contentType: string;
  cacheControl: string;
  /** What the operation cost when it ran: charged again to every caller it is served to. */
  cost: number;
  operation: string;
}

export interface AnonymousFastPath {
  /** Serves a stored answer, or marks the request so that its answer can be stored. */
  middleware: RequestHandler;
  /** Stores the answers of anonymous operations whose whole policy is PUBLIC. */
  plugin: ApolloServerPlugin<GatewayContext>;
  clear(): void;
}

/**
 * The warm anonymous page without the GraphQL pipeline. The profile of a warm anonymous page showed
 * the gateway spending its time on what comes before the response cache's lookup: parsing, the shape
 * and cost checks, the request pipeline, and the cache key's hash. An anonymous POST whose exact body
 * (and `Accept`) was answered before at the current content generation gets that answer again here,
 * after CORS, the body checks, the allowlist and the rate limiter (which is charged the operation's
 * cost), and before all of that. Exact as the response cache is: the content generation is read from
 * Redis on every request and is part of the key, so a content write on any replica retires every answer.
 */
export function anonymousFastPath(cache: Cache): AnonymousFastPath {
  const answers = new LRUCache<string, StoredAnswer>({
    maxSize: FAST_PATH_MAX_BYTES,
    sizeCalculation: (answer) => answer.body.length + 200,
    ttl: FAST_PATH_TTL_MS,
  });

  const middleware: RequestHandler = (req, res, next) => {
    const key = anonymousRequestKey(req.method, req.headers, req.body);
    if (key === undefined) return next();
    const stopTimer = graphqlDuration.startTimer();
    void (async () => {
      const generation = await contentGeneration(cache);
      const storedKey = `${generation}\n${key}`;
      const answer = answers.get(storedKey);
      cacheLookups.inc({ kind: "gateway:fast-path", result: answer ? "hit" : "miss" });
      if (!answer || !(await charged(res.locals.chargeCost as CostCharge | undefined, answer.cost))) {
        // the pipeline keys its response cache by the same generation: one read per request
        res.locals.contentGeneration = generation;
        res.locals.fastPathKey = storedKey;
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
          const key = contextValue.fastPathKey;
          if (!key || contextValue.authorization || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const policy = overallCachePolicy.policyIfCacheable();
          if (result.errors?.length || policy?.scope !== "PUBLIC" || !(policy.maxAge > 0)) return;
          const cost = (result.extensions?.cost as { requested?: number } | undefined)?.requested ?? 0;
          answers.set(key, {
            body: JSON.stringify(result),
            contentType: response.http.headers.get("content-type") ?? "application/json; charset=utf-8",
            cacheControl: response.http.headers.get("cache-control") ?? `max-age=${policy.maxAge}, public`,
            cost,
            operation: operationLabel(operationName),
          });
        },
      };
    },
  };

  return { middleware, plugin, clear: () => answers.clear() };
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
 * The exact request, for an anonymous POST of a JSON body: its operation, variables, extensions
 * (a persisted query's hash) and `Accept` (which sets the answer's content type). `undefined` for
 * anything else: signed-in callers, GET, batches.
 */
export function anonymousRequestKey(
  method: string,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
): string | undefined {
  if (method !== "POST" || headers.authorization !== undefined) return undefined;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  return JSON.stringify([headers.accept ?? "", query, operationName, variables, extensions]);
}
