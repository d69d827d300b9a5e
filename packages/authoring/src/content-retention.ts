import type { Database } from "@careergraph/db";
import { allJobs, schedulePurges, type Jobs, type SubgraphDeps } from "@careergraph/service";
import { purgeAuditEntries } from "./audit/audit-trail";

const DAY_MS = 86_400_000;

/**
 * The purges of a subgraph with an editing API: its audit log after `retentionDays.audit` days, and
 * the content changes its outbox delivered more than `retentionDays.contentChanges` days ago.
 */
export function contentRetentionPurges(
  db: Database,
  options: {
    auditTable: string;
    outbox: { purgeDelivered(cutoff: Date): Promise<number> };
    retentionDays: { audit: number; contentChanges: number };
    now?: () => Date;
  },
): { name: string; run(): Promise<number> }[] {
  const now = options.now ?? (() => new Date());
  const before = (days: number) => new Date(now().getTime() - days * DAY_MS);
  return [
    {
      name: "audit log",
      run: () => purgeAuditEntries(db, options.auditTable, before(options.retentionDays.audit)),
    },
    {
      name: "delivered content changes",
      run: () => options.outbox.purgeDelivered(before(options.retentionDays.contentChanges)),
    },
  ];
}

/**
 * The background work of a subgraph with an editing API (`SubgraphApi.startJobs`): its outbox's
 * retries, and the purges above on the configured interval.
 */
export function startContentJobs(
  deps: SubgraphDeps,
  options: {
    auditTable: string;
    outbox: { startRetries(): Jobs; purgeDelivered(cutoff: Date): Promise<number> };
  },
): Jobs {
  const { purgeIntervalMinutes, retentionDays } = deps.config.operations;
  return allJobs(
    options.outbox.startRetries(),
    schedulePurges(
      deps.logger,
      purgeIntervalMinutes,
      contentRetentionPurges(deps.db, { ...options, retentionDays }),
    ),
  );
}
