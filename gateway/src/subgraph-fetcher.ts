import type { Fetcher } from "@apollo/utils.fetcher";
import { Agent, fetch } from "undici";
import type { OperationsConfig } from "@careergraph/config";
import { SUBGRAPH_NAMES, type SubgraphName } from "./subgraphs";

export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

/**
 * The gateway's HTTP client toward one subgraph: keep-alive connections, at most `maxConnections`
 * of them (more requests queue), and every request abandoned after `timeoutMs`.
 */
export function createSubgraphFetcher(options: {
  timeoutMs: number;
  maxConnections: number;
}): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 30_000,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
  });
  const fetcher = ((url: string, init: Parameters<Fetcher>[1]) =>
    fetch(url, {
      method: init?.method,
      headers: init?.headers as Record<string, string>,
      body: init?.body as string,
      dispatcher: agent,
      signal: AbortSignal.timeout(options.timeoutMs),
    })) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}

/** One client per subgraph, each with that subgraph's timeout. */
export function createSubgraphFetchers(operations: OperationsConfig): Record<SubgraphName, SubgraphFetcher> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      createSubgraphFetcher({
        timeoutMs: operations.subgraphTimeoutMs[name],
        maxConnections: operations.subgraphMaxConnections,
      }),
    ]),
  ) as Record<SubgraphName, SubgraphFetcher>;
}
