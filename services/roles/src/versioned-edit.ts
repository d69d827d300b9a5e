import type { EntityManager } from "typeorm";
import { isUuid, notFound, staleVersion } from "@careergraph/federation";

/** What every edit of a versioned catalog row names: the row and the version the editor last read. */
export interface VersionedEdit {
  id: string;
  expectedVersion: number;
}

/**
 * Locks a row for the rest of the transaction and checks that the editor saw its current version.
 * Concurrent edits of one row queue on the lock; of those that read the same version, the first
 * wins and every other is a CONFLICT carrying the version that is current now.
 */
export async function lockCurrentVersion<T extends { version: number }>(
  tx: EntityManager,
  table: { name: string; entity: string; columns: string },
  edit: VersionedEdit,
): Promise<T> {
  if (!isUuid(edit.id)) throw notFound(table.entity, edit.id);
  const [row]: T[] = await tx.query(`SELECT ${table.columns} FROM ${table.name} WHERE id = $1 FOR UPDATE`, [
    edit.id,
  ]);
  if (!row) throw notFound(table.entity, edit.id);
  if (row.version !== edit.expectedVersion) throw staleVersion(table.entity, edit.id, row.version);
  return row;
}

/** PostgreSQL's unique_violation: a slug or another unique value is taken. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
