export {
  metricsRegistry,
  graphqlRequests,
  graphqlDuration,
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
