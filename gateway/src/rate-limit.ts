import type { RequestHandler, Response } from "express";
import { callerOf } from "./caller";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
} from "rate-limiter-flexible";
import { connectStore, redisTarget, type RedisTarget } from "@careergraph/cache";
import type { UserRole, Viewer } from "@careergraph/auth";
import type { ServiceConfig } from "@careergraph/config";
import { rateLimited } from "@careergraph/schema";
import type { Logger } from "@careergraph/logger";

/** Charges an accepted operation's cost to the caller of this request; throws RATE_LIMITED over budget. */
export type CostCharge = (points: number) => Promise<void>;

type BudgetName = "anonymous" | "learner" | "editor" | "analyst";

interface Budget {
  points: number;
  limiter: RateLimiterLike;
}

interface RateLimiterLike {
  consume(key: string, points: number): Promise<RateLimiterRes>;
}

export interface RateLimiter {
  /**
   * Charges each request 1 point on arrival (429 when spent) and leaves `res.locals.chargeCost` for its
   * cost. Runs after `verifyCallerOnce`, whose answer says whose budget it is.
   */
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * Rate limits by cost, per verified user (`sub`) or per IP when anonymous, with a budget of points
 * per window for each kind of caller. Counters live in Redis when `REDIS_URL` is set, so every
 * replica shares them; while Redis is down or slow, an in-process limiter with the same budgets
 * stands in (rate-limiter-flexible's insurance limiter). Every response carries `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` (seconds).
 */
export async function createRateLimiter(options: {
  config: ServiceConfig;
  logger: Logger;
}): Promise<RateLimiter> {
  const { config, logger } = options;
  const settings = config.rateLimit;
  const target = redisTarget(config.cache);
  const redis = target ? await connectRedis(target, config.cache.timeoutMs, logger) : null;
  const makeBudget = (name: BudgetName, points: number): Budget => {
    const memory = new RateLimiterMemory({ points, duration: settings.windowSeconds });
    if (!redis) return { points, limiter: memory };
    const inRedis = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${config.cache.namespace}:rate:${name}`,
      points,
      duration: settings.windowSeconds,
      insuranceLimiter: memory,
    });
    return {
      points,
      limiter: new RLWrapperTimeouts({
        limiter: inRedis,
        timeoutMs: config.cache.timeoutMs,
        insuranceLimiter: memory,
      }),
    };
  };
  const budgets: Record<BudgetName, Budget> = {
    anonymous: makeBudget("anonymous", settings.anonymousPoints),
    learner: makeBudget("learner", settings.learnerPoints),
    editor: makeBudget("editor", settings.editorPoints),
    analyst: makeBudget("analyst", settings.analystPoints),
  };

  const middleware: RequestHandler = (req, res, next) => {
    if (settings.disabled) return next();
    void (async () => {
      // A bad token is refused with 401 later; here it counts against the caller's address.
      const viewer = await callerOf(res).catch(() => null);
      const budget = budgets[budgetOf(viewer)];
      const key = viewer ? `user:${viewer.id}` : `ip:${req.ip ?? "unknown"}`;
      /** Spends `points` and sets the RateLimit headers; over budget, returns them with Retry-After. */
      const spend = async (points: number): Promise<Record<string, string> | null> => {
        try {
          const result = await budget.limiter.consume(key, points);
          setHeaders(res, headersOf(budget.points, result));
          return null;
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) {
            // both Redis and the in-process fallback failed: let the request through rather than fail it
            logger.warn({ err: rejection }, "rate limiter unavailable");
            return null;
          }
          const headers = {
            ...headersOf(budget.points, rejection),
            "Retry-After": String(resetSeconds(rejection)),
          };
          setHeaders(res, headers);
          return headers;
        }
      };
      const refused = await spend(1);
      if (refused) {
        const { message, extensions } = rateLimited(Number(refused["Retry-After"]), refused);
        res.status(429).json({
          errors: [{ message, extensions: { code: extensions.code, retryAfter: extensions.retryAfter } }],
        });
        return;
      }
      res.locals.chargeCost = (async (points) => {
        const spent = points > 0 ? await spend(points) : null;
        if (spent) throw rateLimited(Number(spent["Retry-After"]), spent);
      }) satisfies CostCharge;
      next();
    })().catch(next);
  };

  return {
    middleware,
    async close() {
      if (redis?.isOpen) await redis.close();
      else redis?.destroy();
    },
  };
}

/** The most generous budget the caller's roles give. */
function budgetOf(viewer: Viewer | null): BudgetName {
  if (!viewer) return "anonymous";
  if (["ADMIN", "ANALYST", "ANALYTICS_EXPORT"].some((role) => viewer.roles.includes(role as UserRole)))
    return "analyst";
  if (viewer.roles.includes("EDITOR")) return "editor";
  return "learner";
}

function resetSeconds(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

function headersOf(limit: number, result: RateLimiterRes): Record<string, string> {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, result.remainingPoints)),
    "RateLimit-Reset": String(resetSeconds(result)),
  };
}

function setHeaders(res: Response, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** The counters' Redis: while it is away the in-process limiter stands in, and the outage is logged once. */
function connectRedis(target: RedisTarget, timeoutMs: number, logger: Logger) {
  let down = false;
  return connectStore(target, {
    timeoutMs,
    onDown: (error) => {
      if (down) return;
      down = true;
      logger.warn({ err: error }, "rate-limit store unavailable: counting in process until it returns");
    },
    onReady: () => (down = false),
  });
}
