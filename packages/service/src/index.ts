export { startSubgraph } from "./start-subgraph";
export type { RunningSubgraph, StartOptions } from "./start-subgraph";
export { runMain } from "./run-main";
export type { SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";
