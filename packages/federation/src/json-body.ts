import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { REQUEST_ID_HEADER } from "./request-id";

/** The largest request body any server reads. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A GraphQL-shaped error body for requests refused before GraphQL sees them. */
function sendError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Body parser failures answered as GraphQL errors in JSON, never express's HTML page with a stack:
 * too large is 413 PAYLOAD_TOO_LARGE, unreadable is 400 BAD_REQUEST, anything else is masked as 500
 * with the request id (and logged).
 */
const bodyErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const type = (error as { type?: unknown }).type;
  if (type === "entity.too.large")
    return sendError(
      res,
      413,
      "PAYLOAD_TOO_LARGE",
      `the request body is over the ${BODY_LIMIT_BYTES} byte limit`,
    );
  if (type === "entity.parse.failed")
    return sendError(res, 400, "BAD_REQUEST", "the request body is not valid JSON");
  if (type === "encoding.unsupported" || type === "charset.unsupported")
    return sendError(res, 415, "BAD_REQUEST", "the request body's encoding or charset is not supported");
  if (type === "request.aborted" || type === "request.size.invalid")
    return sendError(res, 400, "BAD_REQUEST", "the request body is incomplete");
  req.log.error({ err: error }, "request failed");
  res
    .status(500)
    .type("application/json")
    .send(
      JSON.stringify({
        errors: [
          {
            message: "Internal server error",
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId: req.headers[REQUEST_ID_HEADER] },
          },
        ],
      }),
    );
};

/** One operation per request: an array batch is refused with its own code rather than half-served. */
const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  sendError(
    res,
    400,
    "BATCHING_NOT_SUPPORTED",
    "batched operations (a JSON array) are not supported: send one operation per request",
  );
};

/** JSON body parsing for `/graphql`, with coded JSON errors for what it refuses. */
export function jsonBody(): (RequestHandler | ErrorRequestHandler)[] {
  return [express.json({ limit: BODY_LIMIT_BYTES }), bodyErrors, refuseBatches];
}
