import { batchLoad, newestFirstPageRows } from "@careergraph/db";
import { emptyPage, pagesFromRows, type Page } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { AuditEntry } from "./audit-entry.entity";

/** A page of the audit trail, newest first, of one entity or of all; keyset (created_at, id). */
export interface AuditPageKey {
  entityId: string | null;
  first: number;
  afterCreatedAt: string | null;
  afterId: string | null;
  after: string | null;
}

/** The audit trail, for editors: never cached (it changes with every edit). */
export function auditBatches({ db }: SubgraphDeps) {
  const columns = db.columns(AuditEntry, "a");
  return {
    auditPage: batchLoad<AuditPageKey, Page<AuditEntry>>({
      missing: emptyPage(),
      fetch: async (keys) => {
        const rows = await newestFirstPageRows<AuditEntry>(
          db,
          { table: "roles.audit_entry", alias: "a", columns, scopeColumn: "entity_id" },
          keys.map((k) => ({ ...k, scope: k.entityId })),
        );
        return pagesFromRows(keys, rows, {
          kind: "audit",
          keyOf: (entry) => [entry.createdAt.toISOString(), entry.id],
        });
      },
    }),
  };
}
