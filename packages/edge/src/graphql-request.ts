import type { Request, Response } from "express";
import { sendError } from "./json-body";

/** What a GraphQL request asks, however it came: the fields Apollo Server executes from. */
export interface GraphQLRequestParts {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** The parameters a GraphQL GET may carry; anything else is refused rather than guessed at. */
const GET_PARAMETERS = new Set(["query", "operationName", "variables", "extensions"]);

/** More parameters than a GraphQL GET has means padding meant to make readers disagree. */
const MAX_GET_PARAMETERS = GET_PARAMETERS.size;

interface Refusal {
  status: number;
  code: string;
  message: string;
}

type ReadResult = { request: GraphQLRequestParts } | { refusal: Refusal };

/**
 * Reads a GraphQL request the way Apollo Server will execute it: a JSON POST's body (parsed by
 * `jsonBody`), or a GET's whole query string, read from the raw URL as Apollo reads it (express's
 * own parser stops after 1,000 parameters). A GET with a parameter repeated, unknown or over the
 * count, or with `variables` or `extensions` that are not JSON objects, is refused: every check
 * before Apollo must judge exactly the operation that Apollo runs. Batches (arrays) are `undefined`.
 */
export function readGraphQLRequest(req: Request): ReadResult | undefined {
  if (req.method === "GET") return readGet(req.originalUrl ?? req.url);
  const body: unknown = req.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  return { request: body };
}

function readGet(url: string): ReadResult {
  const search = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  // counted as written, empty ones too: padding is how readers are made to disagree
  if (search.split("&").length > MAX_GET_PARAMETERS)
    return refuse(`a GraphQL GET takes at most ${MAX_GET_PARAMETERS} parameters`);
  const params = [...new URLSearchParams(search)];
  const request: Record<string, unknown> = {};
  for (const [name, value] of params) {
    if (!GET_PARAMETERS.has(name)) return refuse(`${name}: not a GraphQL parameter`);
    if (name in request) return refuse(`${name}: given more than once`);
    request[name] = name === "variables" || name === "extensions" ? jsonObject(value) : value;
    if (request[name] === undefined) return refuse(`${name}: expected a JSON object`);
  }
  return { request: request };
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function refuse(message: string): ReadResult {
  return { refusal: { status: 400, code: "BAD_REQUEST", message } };
}

/**
 * The request as `readGraphQLRequest` read it, once per request (kept in `res.locals`); a refusal is
 * answered here, and `null` tells the caller to stop.
 */
export function graphqlRequestOf(req: Request, res: Response): GraphQLRequestParts | undefined | null {
  const locals = res.locals as { graphqlRequest?: ReadResult | undefined };
  if (!("graphqlRequest" in locals)) locals.graphqlRequest = readGraphQLRequest(req);
  const read = locals.graphqlRequest;
  if (read && "refusal" in read) {
    if (!res.headersSent) sendError(res, read.refusal.status, read.refusal.code, read.refusal.message);
    return null;
  }
  return read?.request;
}
