import { batchLoad, newestFirstPageRows, type Database } from "@careergraph/db";
import {
  badInput,
  decodeTimeIdCursor,
  emptyPage,
  pageSize,
  pagesFromRows,
  type Page,
} from "@careergraph/schema";
import { AuditEntry } from "./audit-entry.entity";

/** A page of the audit trail, newest first, of one entity or of all; keyset (created_at, id). */
export interface AuditPageKey {
  entityId: string | null;
  first: number;
  afterCreatedAt: string | null;
  afterId: string | null;
  after: string | null;
}

/** The audit trail in `table` (e.g. `roles.audit_entry`), for editors: never cached (it changes with every edit). */
export function auditPageBatches(db: Database, table: string) {
  const columns = db.columns(AuditEntry, "a");
  return {
    auditPage: batchLoad<AuditPageKey, Page<AuditEntry>>({
      missing: emptyPage(),
      fetch: async (keys) => {
        const rows = await newestFirstPageRows<AuditEntry>(
          db,
          { table, alias: "a", columns, scopeColumn: "entity_id" },
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

/** A query's arguments checked and turned into the page it asks for. */
export function auditPage(
  loader: { load(key: AuditPageKey): Promise<Page<AuditEntry>> },
  args: { entityId: string | null; first: number | null; after: string | null },
): Promise<Page<AuditEntry>> {
  const size = pageSize(args.first);
  const { afterCreatedAt, afterId } = decodeTimeIdCursor("audit", args.after);
  if (args.entityId != null && args.entityId.length > 100) throw badInput("entityId", "is not an id");
  return loader.load({
    entityId: args.entityId ?? null,
    first: size,
    afterCreatedAt,
    afterId,
    after: args.after ?? null,
  });
}
