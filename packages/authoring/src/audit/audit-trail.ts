import { purgeInBatches, type Database } from "@careergraph/db";
import type { EntityManager } from "typeorm";
import type { Editor } from "../editor";
import type { FieldChange } from "./audit-entry.entity";

export interface AuditRecord {
  editor: Editor;
  action: string;
  /** The GraphQL type of what changed, e.g. `Question` or `InterviewGuide`. */
  entityType: string;
  entityId: string;
  /** The entity before the change (`null` when it was created) and after it. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** The fields to compare. */
  fields: readonly string[];
}

/** The fields whose values differ, each with its value before and after (as JSON text). */
export function changedFields(record: Pick<AuditRecord, "before" | "after" | "fields">): FieldChange[] {
  return record.fields.flatMap((field) => {
    const before = record.before === null ? null : JSON.stringify(record.before[field] ?? null);
    const after = JSON.stringify(record.after[field] ?? null);
    return before === after ? [] : [{ field, before, after }];
  });
}

/**
 * Writes the audit entry of a mutation inside that mutation's transaction, into `table` (the
 * subgraph's own, e.g. `roles.audit_entry`).
 */
export async function writeAuditEntry(tx: EntityManager, table: string, record: AuditRecord): Promise<void> {
  await tx.query(
    `INSERT INTO ${table} (actor, action, entity_type, entity_id, changes, request_id)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [
      record.editor.id,
      record.action,
      record.entityType,
      record.entityId,
      JSON.stringify(changedFields(record)),
      record.editor.requestId ?? null,
    ],
  );
}

/**
 * Deletes the audit entries of `table` written before `cutoff` (the retention, `AUDIT_RETENTION_DAYS`),
 * in batches; answers how many.
 */
export function purgeAuditEntries(
  db: Database,
  table: string,
  cutoff: Date,
  batch?: number,
): Promise<number> {
  return purgeInBatches(db, { table, olderThan: "created_at < $1", cutoff, lock: `${table}`, batch });
}
