import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "@careergraph/logger";
import { isClientErrorCode } from "./errors";
import { isUnavailableDependency } from "./unavailable";

/**
 * Keeps coded client errors as they are, turns an unreachable database into `SERVICE_UNAVAILABLE`
 * (logged as one line), and masks everything else, logging the original once so that the request id
 * in the response leads to it.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isClientErrorCode(formatted.extensions?.code)) return formatted;
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
