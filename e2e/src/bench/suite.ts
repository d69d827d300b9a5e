import { Redis } from "ioredis";
import type { BenchCase } from "./cases";
import { runLoad, type LoadResult } from "./load";
import { difference, readCounters, type Counters } from "./metrics";
import { planMinimum } from "./plan-minimum";
import { cpuMs, peakRssMb } from "./process-stats";
import type { Server } from "./servers";
import { fixed, markdownTable, whole } from "./table";

/** One gateway with its subgraphs, as a row of every case's table. */
export interface Variant {
  name: string;
  gateway: Server;
  subgraphs: Server[];
  /** Empties this variant's caches before a cold run (absent: nothing to empty, or cannot). */
  clearCaches?: () => Promise<void>;
}

export interface CaseResult {
  variant: string;
  load: LoadResult;
  /** CPU ms per request: gateway, roles, guides, progress. */
  cpuPerRequest: number[];
  counters: Counters;
  peakRss: number[];
}

const processesOf = (variant: Variant) => [variant.gateway, ...variant.subgraphs];

export async function runCase(
  benchCase: BenchCase,
  variant: Variant,
  tokens: string[],
  seconds: number,
): Promise<CaseResult> {
  if (benchCase.cold) await variant.clearCaches?.();
  // a warm run starts warm: one unmeasured second first
  else await runLoad(variant.gateway.url, benchCase, tokens, 1);
  const pids = processesOf(variant).map((server) => server.process.pid);
  const cpuBefore = pids.map(cpuMs);
  const countersBefore = await readCounters(variant.gateway, variant.subgraphs);
  const load = await runLoad(variant.gateway.url, benchCase, tokens, seconds);
  const cpuAfter = pids.map(cpuMs);
  const counters = difference(await readCounters(variant.gateway, variant.subgraphs), countersBefore);
  return {
    variant: variant.name,
    load,
    cpuPerRequest: cpuAfter.map((after, i) => (after - cpuBefore[i]) / Math.max(1, load.requests)),
    counters,
    peakRss: pids.map(peakRssMb),
  };
}

/** A case's markdown table: one row per variant. */
export function caseTable(benchCase: BenchCase, results: CaseResult[]): string {
  const minimum = planMinimum(benchCase.query);
  const rows = results.map(({ variant, load, cpuPerRequest, counters, peakRss }) => {
    const per = (n: number) => n / Math.max(1, load.requests);
    const lookups = counters.cacheHits + counters.cacheMisses;
    const total = cpuPerRequest.reduce((a, b) => a + b, 0);
    return [
      variant,
      whole(load.requestsPerSecond),
      `${fixed(load.p50)} / ${fixed(load.p95)} / ${fixed(load.p99)}`,
      whole(load.failed),
      cpuPerRequest.map((ms) => fixed(ms, 2)).join(" / "),
      fixed(total, 2),
      fixed(per(counters.statements), 2),
      `${fixed(per(counters.subgraphRequests), 2)} (${minimum})`,
      lookups ? `${fixed((100 * counters.cacheHits) / lookups, 0)}%` : "—",
      peakRss.map((mb) => whole(mb)).join(" / "),
    ];
  });
  return markdownTable(
    [
      "variant",
      "req/s",
      "p50 / p95 / p99 ms",
      "failed",
      "CPU ms/req gw / roles / guides / progress",
      "CPU ms/req sum",
      "SQL/req",
      "subgraph req/op (plan min)",
      "cache hits",
      "peak RSS MB gw / roles / guides / progress",
    ],
    rows,
  );
}

/** Deletes every key of a cache namespace in Redis (the whole stack's entries: subgraphs and gateway). */
export async function clearRedisNamespace(redisUrl: string, namespace: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}
