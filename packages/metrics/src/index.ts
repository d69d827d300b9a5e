export {
  metricsRegistry,
  collectProcessMetrics,
  graphqlRequests,
  graphqlDuration,
  graphqlBatchSize,
  subgraphFetchDuration,
  subgraphFetchErrors,
  cacheLookups,
  databaseStatements,
  rateLimitRefusals,
  databasePoolConnections,
  watchPool,
  operationLabel,
} from "./registry";
export type { PoolStats } from "./registry";
export {
  databaseReads,
  databaseReplicaLag,
  databaseReplicaUsable,
  subgraphFetchRetries,
  cacheInvalidationsUnreplicated,
} from "./replica-metrics";
