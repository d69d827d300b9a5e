import { Counter, Gauge } from "prom-client";
import { metricsRegistry } from "./registry";

/** Reads that need no writer's view, by where they ran: a replica, or the primary (none usable). */
export const databaseReads = new Counter({
  name: "careergraph_db_reads_total",
  help: "Reads routed to read replicas (target=replica) or, with none usable, to the primary (target=primary)",
  labelNames: ["schema", "target"] as const,
  registers: [metricsRegistry],
});

/** How far behind the primary each read replica is, as this process last measured it. */
export const databaseReplicaLag = new Gauge({
  name: "careergraph_db_replica_lag_seconds",
  help: "Seconds a read replica is behind the primary (its replay against the primary's sampled WAL position)",
  labelNames: ["schema", "replica"] as const,
  registers: [metricsRegistry],
});

/** 1 while a replica takes reads, 0 while it is skipped (down, or behind more than the bound). */
export const databaseReplicaUsable = new Gauge({
  name: "careergraph_db_replica_usable",
  help: "Whether a read replica takes reads (1) or is skipped (0): down, or lagging past DATABASE_READ_MAX_LAG_SECONDS",
  labelNames: ["schema", "replica"] as const,
  registers: [metricsRegistry],
});

/** Query fetches the gateway sent a second time after a connection failure (see `isConnectionFailure`). */
export const subgraphFetchRetries = new Counter({
  name: "careergraph_subgraph_fetch_retries_total",
  help: "Subgraph query fetches retried once after a refused or broken connection, or a proxy's 502/503/504",
  labelNames: ["subgraph"] as const,
  registers: [metricsRegistry],
});

/** Cache invalidations in Redis Cluster that no replica acknowledged within the wait (WAIT answered 0). */
export const cacheInvalidationsUnreplicated = new Counter({
  name: "careergraph_cache_invalidations_unreplicated_total",
  help: "Content-cache invalidations in Redis Cluster not acknowledged by a replica in time: a failover then could lose them",
  registers: [metricsRegistry],
});
