import type { Logger } from "@careergraph/logger";

/** A purge a subgraph runs on a schedule: what it is called in the logs, and one run of it. */
export interface Purge {
  name: string;
  /** Deletes what has expired by now; answers how many rows. */
  run(): Promise<number>;
}

/** Background work that can be stopped: what `SubgraphApi.startJobs` returns. */
export interface Jobs {
  stop(): Promise<void>;
}

/**
 * Runs every purge every `intervalMinutes`, the first time one interval after start: never at a
 * moment tied to the server's start, where its statements would land among a test's counted requests
 * or race a test's own purge. A plain timer with an advisory lock per purge rather than pg-boss or
 * graphile-worker: their current releases need Node 22, and both need connections of their own
 * (LISTEN/NOTIFY, a pool), which the embedded one-connection PGlite cannot give them. A failed
 * purge is logged and tried again next round.
 */
export function schedulePurges(logger: Logger, intervalMinutes: number, purges: Purge[]): Jobs {
  let running: Promise<void> = Promise.resolve();
  const runAll = async () => {
    for (const purge of purges) {
      try {
        const purged = await purge.run();
        if (purged > 0) logger.info({ purge: purge.name, purged }, "purged expired rows");
      } catch (error) {
        logger.warn({ err: error, purge: purge.name }, "purge failed; retrying next round");
      }
    }
  };
  const every = setInterval(() => {
    running = running.then(runAll);
  }, intervalMinutes * 60_000);
  every.unref();
  return {
    async stop() {
      clearInterval(every);
      await running;
    },
  };
}

/** Several jobs as one: stopped together. */
export function allJobs(...jobs: Jobs[]): Jobs {
  return {
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
