import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { refuseCaller, type CallerCheck } from "./caller-check";
import { BODY_LIMIT_BYTES, MAX_BATCH_OPERATIONS, refusalOfBatch, sendError } from "./json-body";
import type { ShapeGuard } from "./operation-limits";

export interface GraphqlPostOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  createContext(req: Request): Promise<TContext>;
  /** The shape check the express chain also runs (one verdict per text for both). */
  refuseByShape?: ShapeGuard;
  /** The service name for the batch-size metric. */
  service: string;
  /** Who may call: answers false for a caller to refuse (see `CallerCheck`). */
  checkCaller?: CallerCheck;
}

/**
 * The subgraph's hot path: a plain `POST /graphql` with a JSON body of a known length, which is what
 * the gateway sends, is read, checked (body limit, batch size, operation shape) and handed to Apollo
 * Server here, in one handler. Everything else (other content types, encodings, GET) goes on to the
 * general express chain, which answers it the same way. The profile of a signed-in page put a tenth
 * of a subgraph's CPU in express's router, body-parser and the Apollo integration.
 */
export function graphqlPost<TContext extends BaseContext>(
  options: GraphqlPostOptions<TContext>,
): RequestHandler {
  return (req, res, next) => {
    if (!isPlainJsonPost(req)) return next();
    readBody(req, (error, raw) => {
      if (error) return sendError(res, 400, "BAD_REQUEST", "the request body is incomplete");
      if (options.checkCaller && !options.checkCaller(req, raw!)) return refuseCaller(res);
      const body = parsedJson(raw!.toString("utf8"));
      // as express.json (strict) would: only an object or an array is a GraphQL body
      if (typeof body !== "object" || body === null)
        return sendError(res, 400, "BAD_REQUEST", "the request body is not valid JSON");
      const batch = refusalOfBatch(body, MAX_BATCH_OPERATIONS, options.service);
      if (batch) return sendError(res, 400, batch.code, batch.message);
      if (options.refuseByShape?.(body, res)) return;
      req.body = body;
      execute(options, req, res).catch(next);
    });
  };
}

/** POST to exactly `/graphql`, `application/json` in UTF-8, not compressed, with a length in bounds. */
function isPlainJsonPost(req: Request): boolean {
  if (req.method !== "POST" || req.url !== "/graphql") return false;
  const type = req.headers["content-type"]?.toLowerCase().replace(/\s/g, "");
  if (type !== "application/json" && type !== "application/json;charset=utf-8") return false;
  if (req.headers["content-encoding"] !== undefined && req.headers["content-encoding"] !== "identity")
    return false;
  const length = Number(req.headers["content-length"]);
  // an empty body goes on too: express.json makes it `{}`, and Apollo Server names what is missing
  return Number.isInteger(length) && length > 0 && length <= BODY_LIMIT_BYTES;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The whole body; an error if the client stopped sending before `content-length` bytes. */
function readBody(req: Request, done: (error: Error | null, raw?: Buffer) => void): void {
  const expected = Number(req.headers["content-length"]);
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const settle = (error: Error | null, raw?: Buffer) => {
    if (settled) return;
    settled = true;
    done(error, raw);
  };
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    chunks.push(chunk);
  });
  req.on("error", (error) => settle(error));
  req.on("aborted", () => settle(new Error("request aborted")));
  req.on("end", () => {
    if (received !== expected) return settle(new Error("body length differs from content-length"));
    settle(null, Buffer.concat(chunks, received));
  });
}

async function execute<TContext extends BaseContext>(
  options: GraphqlPostOptions<TContext>,
  req: Request,
  res: Response,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  const answer = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search: "", body: req.body },
    context: () => options.createContext(req),
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === "complete") {
    res.setHeader("content-length", Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
