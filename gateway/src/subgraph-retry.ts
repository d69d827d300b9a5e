import { GraphQLError } from "graphql";

/** Error codes of a connection that failed or broke before its answer came (undici and Node sockets). */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CLOSED",
]);

/** A proxy's answers for an upstream it could not use (nginx in front of a subgraph's replicas). */
const PROXY_STATUSES = new Set([502, 503, 504]);

/**
 * Whether a subgraph fetch failed for want of a live replica rather than by its answer: the
 * connection was refused or broke, or a proxy in front of the replicas said its upstream was gone.
 * Such a query's fetch is worth one more try (another replica, or the same one back); a timeout
 * is not (it already spent the caller's wait), nor is any answer the subgraph itself gave.
 */
export function isConnectionFailure(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError) {
    const status = (original.extensions.response as { status?: number } | undefined)?.status;
    return status !== undefined && PROXY_STATUSES.has(status);
  }
  // read by shape, not `instanceof Error`: undici's errors may come from another realm
  for (let cause = original as { code?: unknown; cause?: unknown } | undefined; cause;) {
    if (typeof cause.code === "string" && CONNECTION_CODES.has(cause.code)) return true;
    cause = typeof cause.cause === "object" && cause.cause !== null ? cause.cause : undefined;
  }
  return false;
}
