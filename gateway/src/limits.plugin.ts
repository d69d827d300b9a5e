import type { ApolloServerPlugin } from "@apollo/server";
import type { ServiceConfig } from "@careergraph/config";
import { operationLimitsPlugin } from "@careergraph/edge";
import type { GatewayContext } from "./subgraph-data-source";

/**
 * Every operation limit, checked before the query is planned (so before any subgraph is called),
 * with the cost read from the supergraph's `@cost`/`@listSize` (the API schema drops them). The
 * accepted cost is charged to the caller's rate-limit budget and reported in `extensions.cost`.
 */
export function gatewayLimitsPlugin(
  config: ServiceConfig,
  supergraphSdl: string,
): ApolloServerPlugin<GatewayContext> {
  return operationLimitsPlugin<GatewayContext>({
    sdl: supergraphSdl,
    limits: config.limits,
    reportCost: true,
    charge: async (cost, context) => context.chargeCost?.(cost),
  });
}
