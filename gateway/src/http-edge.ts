import type { ErrorRequestHandler, RequestHandler } from "express";
import type { ServiceConfig } from "@careergraph/config";
import { jsonBody } from "@careergraph/edge";
import { corsMiddleware } from "./cors";
import {
  persistedQueryAllowlist,
  persistedQuerySizeCap,
  type PersistedQueryManifest,
} from "./persisted-queries";

/**
 * What `/graphql` does before Apollo: `Vary` for shared caches (the identity and, with CORS, the
 * origin change the answer), CORS, the JSON body with coded errors, in allowlist mode the refusal of
 * any operation that is not registered, and the size cap of persisted-query registrations.
 */
export function graphqlHttpEdge(
  config: ServiceConfig,
  manifest: PersistedQueryManifest | undefined,
): (RequestHandler | ErrorRequestHandler)[] {
  const vary: RequestHandler = (_req, res, next) => {
    res.vary("Authorization");
    next();
  };
  return [
    vary,
    corsMiddleware(config),
    ...jsonBody(),
    ...(manifest ? [persistedQueryAllowlist(manifest)] : []),
    persistedQuerySizeCap(config.persistedQueryMaxBytes),
  ];
}
