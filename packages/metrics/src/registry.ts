import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The process's one Prometheus registry: every package records into it, `GET /metrics` on every
 * server reads it. Label values are bounded (operation names are capped, see `operationLabel`).
 */
export const metricsRegistry = new Registry();

/**
 * Adds the process's own metrics (CPU, memory, event-loop lag, garbage collection) to the registry;
 * called once, by the process's entry point (`runMain`). Not on import: prom-client then watches
 * garbage collection and the event loop for the life of the process, and a test runner that loads
 * this package once per test file would keep every file's copy, and its modules, alive.
 */
export function collectProcessMetrics(): void {
  collectDefaultMetrics({ register: metricsRegistry, prefix: "careergraph_" });
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** GraphQL operations served, by operation name and outcome (`ok`, `partial`, `error`). */
export const graphqlRequests = new Counter({
  name: "careergraph_graphql_requests_total",
  help: "GraphQL operations served, by service, operation name and outcome (ok, partial, error)",
  labelNames: ["service", "operation", "outcome"] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: "careergraph_graphql_request_duration_seconds",
  help: "Time to answer a GraphQL operation, by service, operation name and outcome",
  labelNames: ["service", "operation", "outcome"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/**
 * Requests that carried a batch of operations (a JSON array) and how many each: `_count` is such
 * requests, `_sum` their operations. A subgraph's HTTP requests are its operations (above) less
 * `_sum` plus `_count`.
 */
export const graphqlBatchSize = new Histogram({
  name: "careergraph_graphql_batch_size",
  help: "Operations per batched GraphQL request (a JSON array), by service",
  labelNames: ["service"] as const,
  buckets: [2, 3, 4, 6, 8],
  registers: [metricsRegistry],
});

/** The gateway's requests to each subgraph. */
export const subgraphFetchDuration = new Histogram({
  name: "careergraph_subgraph_fetch_duration_seconds",
  help: "Time the gateway waited for a subgraph's answer, by subgraph and outcome (ok, error)",
  labelNames: ["subgraph", "outcome"] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subgraphFetchErrors = new Counter({
  name: "careergraph_subgraph_fetch_errors_total",
  help: "Subgraph requests that failed, by subgraph and reason (timeout, unreachable, status)",
  labelNames: ["subgraph", "reason"] as const,
  registers: [metricsRegistry],
});

/** Read-through cache lookups, by kind of entry (`roles:role`, `guides:guide`, …) and result. */
export const cacheLookups = new Counter({
  name: "careergraph_cache_lookups_total",
  help: "Read-through cache lookups by kind and result (hit, miss)",
  labelNames: ["kind", "result"] as const,
  registers: [metricsRegistry],
});

/** SQL statements sent to the database (the benchmark divides them by the requests served). */
export const databaseStatements = new Counter({
  name: "careergraph_db_statements_total",
  help: "SQL statements sent to the database",
  registers: [metricsRegistry],
});

/** Requests refused by a rate limit (recorded by the rate limiter). */
export const rateLimitRefusals = new Counter({
  name: "careergraph_rate_limit_refusals_total",
  help: "Requests refused by a rate limit, by service and limit",
  labelNames: ["service", "limit"] as const,
  registers: [metricsRegistry],
});

/** A pool whose connections `/metrics` reports: in use, idle, and callers waiting for one. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Map<string, () => PoolStats | undefined>();

export const databasePoolConnections = new Gauge({
  name: "careergraph_db_pool_connections",
  help: "Database pool connections by schema and state (in_use, idle, waiting callers)",
  labelNames: ["schema", "state"] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [schema, read] of pools) {
      const stats = read();
      if (!stats) continue;
      this.set({ schema, state: "in_use" }, stats.totalCount - stats.idleCount);
      this.set({ schema, state: "idle" }, stats.idleCount);
      this.set({ schema, state: "waiting" }, stats.waitingCount);
    }
  },
});

/** Reports a database pool at `/metrics` until the returned function is called. */
export function watchPool(schema: string, read: () => PoolStats | undefined): () => void {
  pools.set(schema, read);
  return () => {
    if (pools.get(schema) === read) pools.delete(schema);
  };
}

const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

/**
 * Operation names come from clients: a label value only while there are few of them, so that a
 * client inventing names cannot grow the registry without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!/^[A-Za-z_]\w{0,63}$/.test(name)) return "other";
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return "other";
  operationNames.add(name);
  return name;
}
