import autocannon from "autocannon";
import type { BenchCase } from "./cases";

export const CONNECTIONS = 16;

export interface LoadResult {
  requests: number;
  /** Responses that were not 200 or carried GraphQL errors. */
  failed: number;
  firstError?: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

interface ConnectionContext {
  token?: string;
  n?: number;
}

/**
 * Drives one case with autocannon: 16 connections, each signed in as its own user in the signed-in
 * cases (one user per connection, as real traffic is), for `seconds` or for the case's fixed amount.
 */
export async function runLoad(
  url: string,
  benchCase: BenchCase,
  tokens: string[],
  seconds: number,
): Promise<LoadResult> {
  let nextUser = 0;
  let failed = 0;
  let firstError: string | undefined;
  let sent = 0;
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url,
    connections: CONNECTIONS,
    ...(benchCase.amount ? { amount: benchCase.amount } : { duration: seconds }),
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request, context: ConnectionContext) => {
          if (benchCase.signedIn && !context.token) context.token = tokens[nextUser++ % tokens.length];
          const headers: Record<string, string> = { "content-type": "application/json" };
          if (context.token) headers.authorization = `Bearer ${context.token}`;
          return { ...request, headers, body: benchCase.body(sent++) };
        },
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          failed += 1;
          firstError ??= `${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
    firstError,
    requestsPerSecond: result.requests.total / (result.duration || 1),
    p50: percentile(0.5),
    p95: percentile(0.95),
    p99: percentile(0.99),
  };
}
