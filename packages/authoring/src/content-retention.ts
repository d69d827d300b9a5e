import type { Database } from "@careergraph/db";
import { purgeAuditEntries } from "./audit/audit-trail";

const DAY_MS = 86_400_000;

/**
 * The purges of a subgraph with an editing API: its audit log after `retentionDays.audit` days, and
 * the content changes its outbox delivered more than `retentionDays.contentChanges` days ago. For
 * `schedulePurges` (packages/service).
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
