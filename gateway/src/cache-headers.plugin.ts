import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * A response for an authenticated caller may show per-user data: no shared cache may keep it. A
 * response with no cache policy (a mutation, an error, uncacheable fields) must not be kept either,
 * nor a partial one.
 */
export function cacheHeadersPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const headers = response.http.headers;
          if (contextValue.authorization) headers.set("cache-control", "private, no-store");
          else if (operation?.operation === OperationTypeNode.MUTATION || hasErrors(response.body))
            headers.set("cache-control", "no-store");
          else if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
        },
      };
    },
  };
}

/** A partial answer (a subgraph was down) must not be kept by any cache: the next one may be whole. */
function hasErrors(body: { kind: string; singleResult?: { errors?: readonly unknown[] } }): boolean {
  return body.kind === "single" && (body.singleResult?.errors?.length ?? 0) > 0;
}
