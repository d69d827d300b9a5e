import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * A subgraph that refuses a write for its rate answers `RATE_LIMITED` with `retryAfterSeconds` in
 * the error: the gateway says the same in HTTP, with `Retry-After` (the longest wait asked for),
 * unless the answer already carries one.
 */
export function retryAfterPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || response.http.headers.has("retry-after")) return;
          const waits = (response.body.singleResult.errors ?? [])
            .filter((error) => error.extensions?.code === "RATE_LIMITED")
            .map((error) => error.extensions?.retryAfterSeconds)
            .filter((seconds): seconds is number => typeof seconds === "number" && seconds > 0);
          if (waits.length > 0)
            response.http.headers.set("retry-after", String(Math.ceil(Math.max(...waits))));
        },
      };
    },
  };
}
