export { buildSubgraph, listenSubgraph, startSubgraph } from "./start-subgraph";
export type { RunningSubgraph, StartOptions, SubgraphServer } from "./start-subgraph";
export type { SubgraphApi, SubgraphDefinition, SubgraphDeps } from "./subgraph-definition";
export { runSeed } from "./run-seed";
export { runWritePreparedCluster, writePreparedCluster } from "./prepared-cluster";
export { runMigrate } from "./run-migrate";
export {
  ContentOutbox,
  CONTENT_CHANGES_PATH,
  contentChangesRoute,
  contentOutboxTableSql,
  gatewayResponseCache,
  internalKey,
  sign,
} from "./content-changes";
export type { ContentChange, ContentChangePeer } from "./content-changes";
export { openSubgraphDatabase } from "./open-subgraph-database";
