import { performance } from "node:perf_hooks";
import { SEED_PAGE_QUERY } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * `npm run bench`: the seed page through the gateway in its cache states, each reported as a ratio
 * against a baseline measured in the same run (the same page with every cache off), so the numbers
 * compare across machines. Bounded: a fixed number of requests per case.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = 10;

interface Result {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
}

async function run(
  name: string,
  stack: Stack,
  concurrency: number,
  before?: () => Promise<void>,
): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      if (before) await before();
      const started = performance.now();
      const response = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" });
      latencies.push(performance.now() - started);
      if (response.body.errors) throw new Error(`${name}: ${JSON.stringify(response.body.errors)}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: latencies.length / seconds,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p95: latencies[Math.floor(latencies.length * 0.95)],
  };
}

/** Throughput relative to the baseline; p50 and p95 latencies as measured. */
function report(results: Result[], baseline: Result): void {
  for (const result of results) {
    process.stdout.write(
      `${result.name.padEnd(48)}${result.requestsPerSecond.toFixed(0).padStart(8)}${result.p50.toFixed(1).padStart(9)}` +
        `${result.p95.toFixed(1).padStart(9)}${(result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2).padStart(12)}\n`,
    );
  }
}

async function main(): Promise<void> {
  const uncached = await startStack({ env: { CACHE_DISABLED: "true", RATE_LIMIT_DISABLED: "true" } });
  const cached = await startStack({ env: { RATE_LIMIT_DISABLED: "true" } });
  try {
    await run("warm-up", uncached, CONCURRENCY);
    await run("warm-up", cached, CONCURRENCY);
    const database = process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite";
    const cache = process.env.REDIS_URL ? "Redis" : "in-process";
    process.stdout.write(
      `\nseed page through the gateway, ${REQUESTS} requests per case, ${database}, ${cache} cache\n`,
    );
    process.stdout.write(
      `${"case".padEnd(48)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"x baseline".padStart(12)}\n`,
    );
    // one request at a time: latency (a cold cache only means cold when requests do not overlap)
    const serialBaseline = await run("1 at a time, no cache (baseline)", uncached, 1);
    const cold = await run("1 at a time, cold cache (cleared before each)", cached, 1, () =>
      cached.clearCaches(),
    );
    const warm = await run("1 at a time, warm cache", cached, 1);
    report([serialBaseline, cold, warm], serialBaseline);
    // ten at a time: throughput
    const loadBaseline = await run(`${CONCURRENCY} at a time, no cache (baseline)`, uncached, CONCURRENCY);
    const loadWarm = await run(`${CONCURRENCY} at a time, warm cache`, cached, CONCURRENCY);
    report([loadBaseline, loadWarm], loadBaseline);
  } finally {
    await cached.stop();
    await uncached.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
