export { startSubgraph } from "./start-subgraph";
export type { RunningSubgraph, StartOptions } from "./start-subgraph";
export { runMain } from "./run-main";
export type { SubgraphApi, SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";
export { runSeed } from "./run-seed";
export { runMigrate } from "./run-migrate";
