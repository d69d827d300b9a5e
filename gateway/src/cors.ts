import cors from "cors";
import type { RequestHandler } from "express";
import type { ServiceConfig } from "@careergraph/config";

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * Which browser origins may call the gateway: `CORS_ORIGINS` (`*` for any); without it, none in
 * production and local pages (`http://localhost:<port>`) in development. Tokens travel in the
 * Authorization header, never in cookies, so credentials are not allowed.
 */
function isAllowedOrigin(config: ServiceConfig, origin: string): boolean {
  if (config.corsOrigins.length > 0)
    return config.corsOrigins.includes("*") || config.corsOrigins.includes(origin);
  return config.nodeEnv !== "production" && LOCAL_ORIGIN.test(origin);
}

/** CORS for `/graphql`: preflights answered (204), allowed origins echoed, others get no CORS header. */
export function corsMiddleware(config: ServiceConfig): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && isAllowedOrigin(config, origin)),
    methods: ["GET", "POST"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "x-request-id",
    ],
    exposedHeaders: [
      "x-request-id",
      "retry-after",
      "ratelimit-limit",
      "ratelimit-remaining",
      "ratelimit-reset",
    ],
    credentials: false,
    maxAge: 600,
  });
}
