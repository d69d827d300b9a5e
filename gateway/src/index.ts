export { createGatewayServer } from "./server";
export type { GatewayOptions, GatewayServer } from "./server";
export { startGateway } from "./start-gateway";
export type { RunningGateway } from "./start-gateway";
export { SubgraphCallCounter } from "./subgraph-data-source";
export { SUBGRAPH_NAMES, subgraphUrls } from "./subgraphs";
export type { SubgraphName } from "./subgraphs";
export { readSupergraph, supergraphForGateway, SUPERGRAPH_PATH } from "./supergraph-file";
