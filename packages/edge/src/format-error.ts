import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "@careergraph/logger";
import { isClientErrorCode } from "@careergraph/schema";
import { isUnavailableDependency } from "./unavailable";

/**
 * Keeps coded client errors as they are, turns an unreachable database into `SERVICE_UNAVAILABLE`
 * (logged as one line), and masks everything else, logging the original once so that the request id
 * in the response leads to it. In production, validation messages lose their "Did you mean …?"
 * hints, which would spell out a schema whose introspection is off.
 */
export function createErrorFormatter(logger: Logger, options: { production?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isClientErrorCode(formatted.extensions?.code))
      return options.production
        ? { ...formatted, message: withoutSuggestions(formatted.message) }
        : formatted;
    if (isUncodedRequestError(error))
      return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    const original = unwrapResolverError(error);
    if (isUnavailableDependency(original)) {
      const service = String(logger.bindings().service ?? "service");
      logger.warn({ path: formatted.path, reason: String(original) }, "dependency unavailable");
      return {
        message: `The ${service} service cannot reach its database; try again shortly`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "SERVICE_UNAVAILABLE", service },
      };
    }
    logger.error({ err: original, path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** Apollo's own refusals of a malformed request (e.g. an APQ hash that does not match) carry a 4xx and no code. */
function isUncodedRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [\s\S]*\?$/, "");
}
