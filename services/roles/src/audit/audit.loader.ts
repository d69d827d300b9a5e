import { batchLoad } from "@careergraph/db";
import { emptyPage, pagesFromRows, type Page, type PagedRow } from "@careergraph/federation";
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
        const rows: PagedRow<AuditEntry>[] = await db.dataSource.query(
          `SELECT k.request::text AS request,
             (SELECT count(*) FROM roles.audit_entry WHERE k.entity_id IS NULL OR entity_id = k.entity_id)::int AS total,
             page.*
           FROM unnest($1::text[], $2::timestamptz[], $3::uuid[], $4::int[])
             WITH ORDINALITY AS k(entity_id, after_created_at, after_id, row_limit, request)
           LEFT JOIN LATERAL (
             SELECT ${columns} FROM roles.audit_entry a
             WHERE (k.entity_id IS NULL OR a.entity_id = k.entity_id)
               AND (k.after_created_at IS NULL OR (a.created_at, a.id) < (k.after_created_at, k.after_id))
             ORDER BY a.created_at DESC, a.id DESC LIMIT k.row_limit
           ) page ON true
           ORDER BY k.request, page."createdAt" DESC, page.id DESC`,
          [
            keys.map((k) => k.entityId),
            keys.map((k) => k.afterCreatedAt),
            keys.map((k) => k.afterId),
            keys.map((k) => k.first + 1),
          ],
        );
        return pagesFromRows(keys, rows, {
          kind: "audit",
          keyOf: (entry) => [entry.createdAt.toISOString(), entry.id],
        });
      },
    }),
  };
}
