import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * A response for an authenticated caller may show per-user data: no shared cache may keep it. A
 * response with no cache policy (a mutation, an error, uncacheable fields) must not be kept either.
 */
export function cacheHeadersPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const headers = response.http.headers;
          if (contextValue.authorization) headers.set("cache-control", "private, no-store");
          else if (operation?.operation === OperationTypeNode.MUTATION)
            headers.set("cache-control", "no-store");
          else if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
        },
      };
    },
  };
}
