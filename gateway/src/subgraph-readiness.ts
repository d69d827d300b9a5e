import { setTimeout as sleep } from "node:timers/promises";
import type { ReadinessCheck } from "@careergraph/edge";
import type { Logger } from "@careergraph/logger";
import type { SubgraphName } from "./subgraphs";

const RETRY_MS = 250;

function readyzUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql$/, "/readyz");
}

/** One subgraph's `/readyz`: "ok", "degraded" (its cache is down), or a rejection when it is not ready. */
async function askReadiness(name: string, url: string, timeoutMs: number): Promise<"ok" | "degraded"> {
  const response = await fetch(readyzUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
  if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
  const body = (await response.json()) as { status: string };
  return body.status === "ok" ? "ok" : "degraded";
}

/**
 * The gateway's `/readyz` checks: one per subgraph, none required. A subgraph that is down degrades
 * the gateway (its fields fail alone) but does not take it out of a load balancer.
 */
export function subgraphReadiness(
  urls: Record<SubgraphName, string>,
): Record<string, { check: ReadinessCheck; required: boolean }> {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      { required: false, check: () => askReadiness(name, url, 2000) },
    ]),
  );
}

/**
 * Waits until every subgraph has answered its readiness check once, asking again every 250 ms (a
 * loopback request; a longer backoff only delays the start), and logs a line per subgraph. Rejects,
 * naming the missing ones, after `timeoutMs`.
 */
export async function waitForSubgraphs(
  urls: Record<SubgraphName, string>,
  logger: Logger,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(Object.keys(urls) as SubgraphName[]);
  const waitOne = async (name: SubgraphName) => {
    let announced = false;
    for (;;) {
      try {
        await askReadiness(name, urls[name], 2000);
        pending.delete(name);
        logger.info({ subgraph: name, url: urls[name] }, `subgraph ${name} is ready`);
        return;
      } catch (error) {
        if (Date.now() + RETRY_MS > deadline) throw error;
        if (!announced) {
          announced = true;
          logger.info({ subgraph: name, url: urls[name] }, `waiting for subgraph ${name}`);
        }
        await sleep(RETRY_MS);
      }
    }
  };
  const results = await Promise.allSettled((Object.keys(urls) as SubgraphName[]).map(waitOne));
  if (results.some((result) => result.status === "rejected"))
    throw new Error(`subgraphs not ready after ${timeoutMs} ms: ${[...pending].join(", ")}`);
}
