import { metricValue, scrapeMetrics } from "../metrics-text";
import type { Server } from "./servers";

/** The counters the benchmark reads from careergraph's /metrics, summed over the given servers. */
export interface Counters {
  statements: number;
  subgraphRequests: number;
  cacheHits: number;
  cacheMisses: number;
}

/** A server's counters; a process without careergraph's metrics (Hive, plain Apollo) counts zero. */
async function countersOf(server: Server, isSubgraph: boolean): Promise<Counters> {
  let text = "";
  try {
    text = await scrapeMetrics(server.url);
  } catch {
    // no /metrics on the comparison gateways
  }
  return {
    statements: metricValue(text, "careergraph_db_statements_total"),
    // HTTP requests: a batch of operations (the gateway's parallel fetches to one subgraph) is one
    subgraphRequests: isSubgraph
      ? metricValue(text, "careergraph_graphql_requests_total") -
        metricValue(text, "careergraph_graphql_batch_size_sum") +
        metricValue(text, "careergraph_graphql_batch_size_count")
      : 0,
    cacheHits: metricValue(text, "careergraph_cache_lookups_total", { result: "hit" }),
    cacheMisses: metricValue(text, "careergraph_cache_lookups_total", { result: "miss" }),
  };
}

export async function readCounters(gateway: Server, subgraphs: Server[]): Promise<Counters> {
  const all = await Promise.all([countersOf(gateway, false), ...subgraphs.map((s) => countersOf(s, true))]);
  return all.reduce((sum, c) => ({
    statements: sum.statements + c.statements,
    subgraphRequests: sum.subgraphRequests + c.subgraphRequests,
    cacheHits: sum.cacheHits + c.cacheHits,
    cacheMisses: sum.cacheMisses + c.cacheMisses,
  }));
}

export function difference(after: Counters, before: Counters): Counters {
  return {
    statements: after.statements - before.statements,
    subgraphRequests: after.subgraphRequests - before.subgraphRequests,
    cacheHits: after.cacheHits - before.cacheHits,
    cacheMisses: after.cacheMisses - before.cacheMisses,
  };
}
