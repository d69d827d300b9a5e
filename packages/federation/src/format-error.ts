import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "@careergraph/logger";
import { isClientErrorCode } from "./errors";

/**
 * Keeps coded client errors as they are and masks everything else, logging the original once so
 * that the request id in the response leads to it. In production, validation messages lose their
 * "Did you mean …?" hints, which would spell out a schema whose introspection is off.
 */
export function createErrorFormatter(logger: Logger, options: { production?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isClientErrorCode(formatted.extensions?.code))
      return options.production
        ? { ...formatted, message: withoutSuggestions(formatted.message) }
        : formatted;
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [\s\S]*\?$/, "");
}
