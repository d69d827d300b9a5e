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
  "SERVICE_UNAVAILABLE",
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

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, { extensions: { code: "NOT_FOUND", entity, id } });
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

/** A per-user quota is used up (notes, say): names the limit and its maximum. */
export function limitExceeded(limit: string, max: number): GraphQLError {
  return new GraphQLError(`${limit}: at most ${max}`, { extensions: { code: "LIMIT_EXCEEDED", limit, max } });
}
