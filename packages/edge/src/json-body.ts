import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { graphqlBatchSize } from "@careergraph/metrics";
import { refuseCaller, type CallerCheck } from "./caller-check";
import { REQUEST_ID_HEADER } from "./request-id";

/** The largest request body any server reads. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A GraphQL-shaped error body for requests refused before GraphQL sees them. */
export function sendError(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: string,
  message: string,
): void {
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

/**
 * The most operations a subgraph takes in one request (a JSON array): the gateway sends the fetches
 * of one operation that go to the same subgraph at the same moment as one batch.
 */
export const MAX_BATCH_OPERATIONS = 8;

/**
 * How many operations one request may carry. At the gateway, one (an array batch is refused with its
 * own code rather than half-served); at a subgraph, up to `MAX_BATCH_OPERATIONS`. Answers the refusal,
 * or nothing (and counts an accepted batch in `careergraph_graphql_batch_size`).
 */
export function refusalOfBatch(
  body: unknown,
  maxOperations: number,
  service: string,
): { code: "BATCHING_NOT_SUPPORTED"; message: string } | undefined {
  if (!Array.isArray(body)) return undefined;
  if (maxOperations <= 1)
    return {
      code: "BATCHING_NOT_SUPPORTED",
      message: "batched operations (a JSON array) are not supported: send one operation per request",
    };
  if (body.length > maxOperations)
    return {
      code: "BATCHING_NOT_SUPPORTED",
      message: `a batch holds at most ${maxOperations} operations; this one has ${body.length}`,
    };
  graphqlBatchSize.observe({ service }, body.length);
  return undefined;
}

function batchLimit(maxOperations: number, service: string): RequestHandler {
  return (req, res, next) => {
    const refusal = refusalOfBatch(req.body, maxOperations, service);
    if (refusal) return sendError(res, 400, refusal.code, refusal.message);
    next();
  };
}

/**
 * JSON body parsing for `/graphql`, with coded JSON errors for what it refuses; with `checkCaller`,
 * the caller is judged on the raw body (a GET's is empty) before anything else is.
 */
export function jsonBody(
  options: { maxBatchOperations?: number; service?: string; checkCaller?: CallerCheck } = {},
): (RequestHandler | ErrorRequestHandler)[] {
  const { checkCaller } = options;
  return [
    express.json({
      limit: BODY_LIMIT_BYTES,
      verify: checkCaller && ((req, _res, raw) => rawBodies.set(req, raw)),
    }),
    bodyErrors,
    ...(checkCaller
      ? [
          ((req, res, next) => {
            if (checkCaller(req, rawBodies.get(req) ?? Buffer.alloc(0))) return next();
            refuseCaller(res);
          }) as RequestHandler,
        ]
      : []),
    batchLimit(options.maxBatchOperations ?? 1, options.service ?? "gateway"),
  ];
}

/** The bytes express.json read, for the caller check (which signs over them). */
const rawBodies = new WeakMap<object, Buffer>();
