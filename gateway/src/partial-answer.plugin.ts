import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "@careergraph/logger";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * A subgraph that is down fails every fetch the query plan sends it; the client gets one
 * `SERVICE_UNAVAILABLE` error per service (not one per fetch), and the log one line per service.
 */
export function partialAnswerPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          const seen = new Set<string>();
          const kept: GraphQLFormattedError[] = [];
          for (const error of errors) {
            const service = serviceOf(error);
            if (service === undefined) kept.push(error);
            else if (!seen.has(service)) {
              seen.add(service);
              kept.push(error);
              logger.warn(
                { requestId: contextValue.requestId, subgraph: service, reason: error.extensions?.reason },
                `partial answer: ${error.message}`,
              );
            }
          }
          response.body.singleResult.errors = kept;
        },
      };
    },
  };
}

function serviceOf(error: GraphQLFormattedError): string | undefined {
  if (error.extensions?.code !== "SERVICE_UNAVAILABLE") return undefined;
  return String(error.extensions.service);
}
