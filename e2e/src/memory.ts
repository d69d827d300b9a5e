import { startStack, type Stack } from "./stack";

/**
 * `npm run memory -w @careergraph/e2e`: how much memory the largest operation the limits accept makes
 * the servers allocate. The whole stack runs in this one process, so the figure is the gateway and
 * all three subgraphs together (an upper bound for any one of them). Heap and RSS are sampled every
 * millisecond while the operation runs, against a baseline taken after a forced GC.
 */
const RUNS = 10;

/**
 * `copies` aliases of a role's questions, each with the role's questions again (two turns of the
 * cycle, as deep as MAX_DEPTH allows): each copy costs 2 + 30 × (4 + 30 × 2) = 1922, so 26 copies
 * (49972) are the most the default MAX_OPERATION_COST (50000) accepts.
 */
function largestAccepted(copies: number): string {
  const page = `questions(first: 30) { edges { node { prompt answerTip type } } }`;
  const one = `role(slug: "backend-developer") { questions(first: 30) { edges { node { prompt answerTip role { ${page} } } } } }`;
  return `{ ${Array.from({ length: copies }, (_, i) => `r${i}: ${one}`).join(" ")} }`;
}

async function measure(stack: Stack, query: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  let peakHeap = 0;
  let peakRss = 0;
  let cost: number | undefined;
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    const baseline = process.memoryUsage();
    let heap = 0;
    let rss = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      heap = Math.max(heap, now.heapUsed - baseline.heapUsed);
      rss = Math.max(rss, now.rss - baseline.rss);
    }, 1);
    const response = await stack.query(query);
    clearInterval(sampler);
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    cost = (response.body as { extensions?: { cost?: { requested: number } } }).extensions?.cost?.requested;
    bytes = JSON.stringify(response.body).length;
    peakHeap = Math.max(peakHeap, heap);
    peakRss = Math.max(peakRss, rss);
  }
  return { cost, bytes, peakHeap, peakRss };
}

async function main(): Promise<void> {
  const stack = await startStack({ env: { CACHE_DISABLED: "true", RATE_LIMIT_DISABLED: "true" } });
  try {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    for (const copies of [1, 26]) {
      await stack.query(largestAccepted(copies)); // warm up: plans, loaders, JIT
      const result = await measure(stack, largestAccepted(copies));
      process.stdout.write(
        `${copies} cop${copies === 1 ? "y" : "ies"}: cost ${result.cost}, response ${mb(result.bytes)}, ` +
          `peak heap +${mb(result.peakHeap)}, peak RSS +${mb(result.peakRss)} (max of ${RUNS} runs)\n`,
      );
    }
    const over = await stack.query(largestAccepted(27));
    process.stdout.write(`27 copies: ${JSON.stringify(over.body.errors?.[0]?.extensions)}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
