import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { Agent } from "undici";
import type { OperationsConfig } from "@careergraph/config";
import { SUBGRAPH_NAMES, type SubgraphName } from "./subgraphs";

export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

type HeaderValues = Record<string, string | string[] | undefined>;

/**
 * Set by the data source on an anonymous query's subgraph request, to its content generation:
 * identical ones of one generation in flight at once share one request. Never sent to the subgraph.
 */
export const SHAREABLE_HEADER = "x-careergraph-shareable";

interface RawAnswer {
  statusCode: number;
  headers: HeaderValues;
  text: string;
}

/** The part of a fetch Response that `@apollo/gateway` reads, over undici's plain response. */
function subgraphResponse(
  url: string,
  statusCode: number,
  headers: HeaderValues,
  text: string,
): FetcherResponse {
  const header = (name: string) => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  return {
    ok: statusCode >= 200 && statusCode < 300,
    status: statusCode,
    statusText: "",
    url,
    redirected: false,
    headers: { get: header, has: (name: string) => header(name) !== null } as FetcherResponse["headers"],
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
    clone() {
      return subgraphResponse(url, statusCode, headers, text);
    },
  } as FetcherResponse;
}

/**
 * The gateway's HTTP client toward one subgraph: keep-alive connections, at most `maxConnections`
 * of them (more requests queue), and every request abandoned after `timeoutMs`. It uses undici's
 * dispatcher API (`request`) rather than its WHATWG `fetch`: the profile of a signed-in page showed a
 * fifth of the gateway's CPU in fetch's web streams, Request objects and header lists. Identical
 * anonymous queries in flight at the same time share one request (see `SHAREABLE_HEADER`).
 */
export function createSubgraphFetcher(options: {
  timeoutMs: number;
  maxConnections: number;
  /** Share identical anonymous queries in flight (off with `CACHE_DISABLED`: the N+1 build shares nothing). */
  shareInFlight: boolean;
}): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 30_000,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
  });
  const send = async (url: string, init: Parameters<Fetcher>[1], headers: Record<string, string>) => {
    const { origin, pathname, search } = new URL(url);
    const response = await agent.request({
      origin,
      path: pathname + search,
      method: init?.method ?? "POST",
      headers,
      body: init?.body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return { statusCode: response.statusCode, headers: response.headers, text: await response.body.text() };
  };
  // Each waiter gets its own response over the shared text and parses it itself: @apollo/gateway merges
  // a subgraph's data into its result objects, so one parsed body must never serve two operations.
  const inFlight = new Map<string, Promise<RawAnswer>>();
  const fetcher = async (url: string, init: Parameters<Fetcher>[1]) => {
    const { [SHAREABLE_HEADER]: shareable, ...headers } = init?.headers ?? {};
    if (!shareable || !options.shareInFlight) {
      const answer = await send(url, init, headers);
      return subgraphResponse(url, answer.statusCode, answer.headers, answer.text);
    }
    const key = `${String(shareable)}\n${url}\n${String(init?.body)}`;
    let answer = inFlight.get(key);
    if (!answer) {
      answer = send(url, init, headers).finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    const { statusCode, headers: answerHeaders, text } = await answer;
    return subgraphResponse(url, statusCode, answerHeaders, text);
  };
  return { fetcher, close: () => agent.close() };
}

/** One client per subgraph, each with that subgraph's timeout. */
export function createSubgraphFetchers(
  operations: OperationsConfig,
  shareInFlight: boolean,
): Record<SubgraphName, SubgraphFetcher> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      createSubgraphFetcher({
        timeoutMs: operations.subgraphTimeoutMs[name],
        maxConnections: operations.subgraphMaxConnections,
        shareInFlight,
      }),
    ]),
  ) as Record<SubgraphName, SubgraphFetcher>;
}
