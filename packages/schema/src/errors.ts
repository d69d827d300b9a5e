import { GraphQLError } from "graphql";

/** The error codes a client may see; anything else is masked as an internal error. */
export const CLIENT_ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "BATCHING_NOT_SUPPORTED",
  "PERSISTED_QUERY_NOT_ALLOWED",
  "SERVICE_UNAVAILABLE",
  "COST_LIMIT_EXCEEDED",
  "DEPTH_LIMIT_EXCEEDED",
  "ALIAS_LIMIT_EXCEEDED",
  "TOKEN_LIMIT_EXCEEDED",
  "DIRECTIVE_LIMIT_EXCEEDED",
  "LIMIT_EXCEEDED",
] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === "string" && (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}

/** A client's input is wrong: names the field (argument or input path) and what it expects. */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, { extensions: { code: "BAD_USER_INPUT", field } });
}

/**
 * Bad input that refuses the whole request before anything runs (a page size over the limit): HTTP
 * 400, where `badInput` from a resolver is an error beside the rest of the answer.
 */
export function refusedInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: "BAD_USER_INPUT", field, http: { status: 400 } },
  });
}

/** No such entity; `field` names the input that pointed at it, when a client's input did. */
export function notFound(entity: string, id: string, field?: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, {
    extensions: { code: "NOT_FOUND", entity, id, ...(field === undefined ? {} : { field }) },
  });
}

export function unauthenticated(reason = "a valid token is required"): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function forbidden(reason = "you may not do this"): GraphQLError {
  return new GraphQLError(`Forbidden: ${reason}`, { extensions: { code: "FORBIDDEN" } });
}

export function conflict(reason: string): GraphQLError {
  return new GraphQLError(`Conflict: ${reason}`, { extensions: { code: "CONFLICT" } });
}

export function serviceUnavailable(what: string): GraphQLError {
  return new GraphQLError(`${what} is unavailable, try again shortly`, {
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });
}

/** An edit based on a version that is no longer current: nothing was written; the client re-reads. */
export function staleVersion(entity: string, id: string, currentVersion: number): GraphQLError {
  return new GraphQLError(
    `Conflict: ${entity} ${id} is at version ${currentVersion}; re-read it and try again`,
    {
      extensions: { code: "CONFLICT", field: "expectedVersion", entity, id, currentVersion },
    },
  );
}

/** A value that must be unique is taken (a slug, say). */
export function alreadyTaken(field: string, value: string): GraphQLError {
  return new GraphQLError(`Conflict: ${field} "${value}" is already taken`, {
    extensions: { code: "CONFLICT", field },
  });
}

/** The codes of the operation limits, one per limit. */
export type LimitErrorCode =
  | "COST_LIMIT_EXCEEDED"
  | "DEPTH_LIMIT_EXCEEDED"
  | "ALIAS_LIMIT_EXCEEDED"
  | "TOKEN_LIMIT_EXCEEDED"
  | "DIRECTIVE_LIMIT_EXCEEDED";

/** An operation over one of the limits: refused before anything runs (HTTP 400), naming the limit. */
export function limitExceeded(
  code: LimitErrorCode,
  message: string,
  details: Record<string, number>,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

/** The caller spent its budget: HTTP 429, with the headers that say when to come back. */
export function rateLimited(retryAfterSeconds: number, headers: Record<string, string>): GraphQLError {
  return new GraphQLError(`Rate limit exceeded: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: new Map(Object.entries(headers)) },
    },
  });
}

/** A per-user quota is used up (notes, say): names the limit and its maximum. */
export function quotaExceeded(limit: string, max: number): GraphQLError {
  return new GraphQLError(`${limit}: at most ${max}`, { extensions: { code: "LIMIT_EXCEEDED", limit, max } });
}

/**
 * A per-user write rate is used up (practices, notes): nothing was written. A resolver's error, so it
 * sets no HTTP status of its own (a subgraph answers 200 with it); the gateway turns
 * `retryAfterSeconds` into a `Retry-After` header.
 */
export function writeRateLimited(what: string, perMinute: number, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: at most ${perMinute} ${what} a minute; retry in ${retryAfterSeconds} s`,
    { extensions: { code: "RATE_LIMITED", limit: perMinute, retryAfterSeconds } },
  );
}
