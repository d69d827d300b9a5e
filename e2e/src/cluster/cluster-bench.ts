import { signToken } from "@careergraph/auth";
import { runLoad, type LoadResult } from "../bench/load";
import { SEED_PAGE_QUERY } from "../seed-page-query";
import { startTopology } from "./topology";

/**
 * `npm run bench:cluster`: the seed page's throughput through nginx on the replicated topology (2
 * gateways, 2 replicas of each subgraph) against the same topology with one replica each, on this
 * machine. Every server shares the machine's cores, so this measures what replication costs or gives
 * on one machine, not what it gives across machines.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const body = () => JSON.stringify({ query: SEED_PAGE_QUERY, variables: { slug: "backend-developer" } });
const CASES = [
  { name: "seed page, anonymous", signedIn: false, query: SEED_PAGE_QUERY, body },
  { name: "seed page, signed in", signedIn: true, query: SEED_PAGE_QUERY, body },
];

async function measure(replicas: 1 | 2): Promise<{ name: string; result: LoadResult }[]> {
  const topology = await startTopology({ replicas });
  try {
    const tokens = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        signToken(topology.jwtSecret, { sub: `bench-${i}`, roles: ["LEARNER"] }),
      ),
    );
    const results = [];
    for (const benchCase of CASES) {
      await runLoad(topology.url, benchCase, tokens, 3); // warm the caches and the JIT
      results.push({ name: benchCase.name, result: await runLoad(topology.url, benchCase, tokens, SECONDS) });
    }
    return results;
  } finally {
    await topology.stop();
  }
}

/** Rounds of both topologies; each round swaps which goes first, so drift in the machine's load evens out. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

async function main(): Promise<void> {
  const rows: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const order: (1 | 2)[] = round % 2 === 1 ? [2, 1] : [1, 2];
    for (const replicas of order)
      for (const { name, result } of await measure(replicas))
        rows.push(
          `| ${round} | ${replicas === 2 ? "2 gateways, 2 of each subgraph" : "1 gateway, 1 of each subgraph"} | ${name} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.failed} |`,
        );
  }
  process.stdout.write(
    [
      `seed page through nginx, 16 connections, ${SECONDS} s per case:`,
      "| round | topology | case | requests/s | p50 ms | p99 ms | failed |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
