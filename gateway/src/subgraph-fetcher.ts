import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { Agent } from "undici";
import type { OperationsConfig } from "@careergraph/config";
import { MAX_BATCH_OPERATIONS, requestDigest } from "@careergraph/edge";
import { signRequest, SIGNATURE_HEADER } from "@careergraph/internal-calls";
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
function createSubgraphFetcher(options: {
  timeoutMs: number;
  maxConnections: number;
  /** Share identical anonymous queries in flight (off with `CACHE_DISABLED`: the N+1 build shares nothing). */
  shareInFlight: boolean;
  /** Fetches of one operation sent at the same moment go as one batch of up to this many (1: never). */
  maxBatchOperations: number;
  /** Signs every request (subgraphs answer signed callers only, in production). */
  key?: Buffer;
}): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 30_000,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
  });
  const send = async (url: string, init: Parameters<Fetcher>[1], headers: Record<string, string>) => {
    const { origin, pathname, search } = new URL(url);
    const method = init?.method ?? "POST";
    const path = pathname + search;
    const body = init?.body;
    const signature = options.key && signRequest(options.key, { method, path, body: body ?? "" });
    const response = await agent.request({
      origin,
      path,
      method,
      headers: signature ? { ...headers, [SIGNATURE_HEADER]: signature } : headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return { statusCode: response.statusCode, headers: response.headers, text: await response.body.text() };
  };
  const batches = options.maxBatchOperations > 1 ? fetchBatcher(send, options.maxBatchOperations) : undefined;
  // Each waiter gets its own response over the shared text and parses it itself: @apollo/gateway merges
  // a subgraph's data into its result objects, so one parsed body must never serve two operations.
  const inFlight = new Map<string, Promise<RawAnswer>>();
  const fetcher = async (url: string, init: Parameters<Fetcher>[1]) => {
    const { [SHAREABLE_HEADER]: shareable, ...headers } = init?.headers ?? {};
    if (!shareable || !options.shareInFlight) {
      if (batches && typeof init?.body === "string" && init.method === "POST")
        return batches.fetch(url, init.body, headers);
      const answer = await send(url, init, headers);
      return subgraphResponse(url, answer.statusCode, answer.headers, answer.text);
    }
    const key = requestDigest(String(shareable), url, String(init?.body));
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

type Send = (
  url: string,
  init: Parameters<Fetcher>[1],
  headers: Record<string, string>,
) => Promise<RawAnswer>;

interface Waiting {
  body: string;
  resolve(response: FetcherResponse): void;
  reject(error: unknown): void;
}

/**
 * Batches a subgraph's fetches that one gateway request sends in the same turn of the event loop:
 * the query plan's parallel fetches to one subgraph (the signed-in page asks progress for the role's
 * and the questions' progress at once). Fetches batch only with the same URL and the same headers,
 * so only within one caller's request (its request id and token). They go as one JSON array, which
 * the subgraph runs as one request with one context; each fetch gets its own answer from the array.
 * An answer that is not such an array (a refusal, a 5xx) is every fetch's answer.
 */
function fetchBatcher(send: Send, maxOperations: number) {
  const open = new Map<string, { url: string; headers: Record<string, string>; waiting: Waiting[] }>();

  const flush = async (url: string, headers: Record<string, string>, waiting: Waiting[]) => {
    try {
      if (waiting.length === 1) {
        const answer = await send(url, { method: "POST", body: waiting[0].body }, headers);
        waiting[0].resolve(subgraphResponse(url, answer.statusCode, answer.headers, answer.text));
        return;
      }
      const body = `[${waiting.map((w) => w.body).join(",")}]`;
      const answer = await send(url, { method: "POST", body }, headers);
      const results = batchResults(answer, waiting.length);
      waiting.forEach((w, i) =>
        w.resolve(
          results
            ? parsedResponse(url, answer.statusCode, answer.headers, results[i])
            : subgraphResponse(url, answer.statusCode, answer.headers, answer.text),
        ),
      );
    } catch (error) {
      for (const w of waiting) w.reject(error);
    }
  };

  return {
    fetch(url: string, body: string, headers: Record<string, string>): Promise<FetcherResponse> {
      const key = `${url}\n${JSON.stringify(headers)}`;
      return new Promise<FetcherResponse>((resolve, reject) => {
        let batch = open.get(key);
        if (!batch) {
          open.set(key, (batch = { url, headers, waiting: [] }));
          const opened = batch;
          setImmediate(() => {
            if (open.get(key) === opened) open.delete(key);
            void flush(opened.url, opened.headers, opened.waiting);
          });
        }
        batch.waiting.push({ body, resolve, reject });
        // a full batch leaves now; the next fetch opens another
        if (batch.waiting.length >= maxOperations) open.delete(key);
      });
    },
  };
}

/** The batch's answers, one per fetch, when the subgraph answered 200 with an array of that length. */
function batchResults(answer: RawAnswer, count: number): unknown[] | undefined {
  if (answer.statusCode !== 200) return undefined;
  try {
    const parsed: unknown = JSON.parse(answer.text);
    return Array.isArray(parsed) && parsed.length === count ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A response over one already-parsed answer of a batch; it belongs to one fetch alone. */
function parsedResponse(
  url: string,
  statusCode: number,
  headers: HeaderValues,
  result: unknown,
): FetcherResponse {
  const response = subgraphResponse(url, statusCode, headers, "");
  return {
    ...response,
    text: () => Promise.resolve(JSON.stringify(result)),
    json: () => Promise.resolve(result),
    clone: () => parsedResponse(url, statusCode, headers, structuredClone(result)),
  };
}

/** One client per subgraph, each with that subgraph's timeout. */
export function createSubgraphFetchers(
  operations: OperationsConfig,
  shareInFlight: boolean,
  key: Buffer | undefined,
): Record<SubgraphName, SubgraphFetcher> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      createSubgraphFetcher({
        timeoutMs: operations.subgraphTimeoutMs[name],
        maxConnections: operations.subgraphMaxConnections,
        shareInFlight,
        maxBatchOperations: MAX_BATCH_OPERATIONS,
        key,
      }),
    ]),
  ) as Record<SubgraphName, SubgraphFetcher>;
}
