import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { graphqlDuration, graphqlRequests, operationLabel } from "@careergraph/metrics";

/**
 * Counts every GraphQL operation and its latency, by operation name and outcome: `ok`, `partial`
 * (data and errors: a subgraph was missing) or `error` (no data).
 */
export function metricsPlugin<TContext extends BaseContext>(service: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const stopTimer = graphqlDuration.startTimer();
      return {
        async willSendResponse({ response, operationName }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const failed = (result?.errors?.length ?? 0) > 0;
          const outcome = !failed ? "ok" : result?.data ? "partial" : "error";
          const labels = {
            service,
            operation: operationLabel(operationName ?? request.operationName),
            outcome,
          };
          graphqlRequests.inc(labels);
          stopTimer(labels);
        },
      };
    },
  };
}
