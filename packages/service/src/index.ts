export { buildSubgraph, listenSubgraph, startSubgraph } from "./start-subgraph";
export type { RunningSubgraph, StartOptions, SubgraphServer } from "./start-subgraph";
export type { SubgraphApi, SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";
export { runSeed } from "./run-seed";
export { openSubgraphStores, seedStores } from "./subgraph-stores";
export type { SubgraphStores } from "./subgraph-stores";
export { runWritePreparedCluster, writePreparedCluster } from "./prepared-cluster";
export { runMigrate } from "./run-migrate";
export {
  ContentOutbox,
  contentChangesRoute,
  contentOutboxRetentionSql,
  contentOutboxRoleIdsSql,
  contentOutboxTableSql,
  gatewayResponseCache,
} from "./content-changes";
export type { ChangedIds, ContentChange, ContentChangePeer } from "./content-changes";
export { openSubgraphDatabase } from "./open-subgraph-database";
export { PUBLIC_MAX_AGE_SECONDS } from "./subgraph-server";
export { allJobs, schedulePurges } from "./jobs/scheduled-purges";
export type { Jobs, Purge } from "./jobs/scheduled-purges";
