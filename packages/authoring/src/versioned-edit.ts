import type { EntityManager } from "typeorm";
import { isUuid, notFound, staleVersion } from "@careergraph/schema";

/** What every edit of a versioned row names: the row and the version the editor last read. */
export interface VersionedEdit {
  id: string;
  expectedVersion: number;
}

/** The versioned table an edit locks a row of. */
export interface VersionedTable {
  /** The table with its alias, e.g. `roles.role r`. */
  name: string;
  /** What the errors call the row, e.g. `role`. */
  entity: string;
  columns: string;
  /** The key column (`id` unless said otherwise) and which keys can name a row (uuids unless said otherwise). */
  idColumn?: string;
  validId?: (id: string) => boolean;
}

/**
 * Locks a row for the rest of the transaction and checks that the editor saw its current version.
 * Concurrent edits of one row queue on the lock; of those that read the same version, the first
 * wins and every other is a CONFLICT carrying the version that is current now. A missing row is
 * NOT_FOUND, naming `idField` (the input that named the row) when given.
 */
export async function lockCurrentVersion<T extends { version: number }>(
  tx: EntityManager,
  table: VersionedTable,
  edit: VersionedEdit,
  idField?: string,
): Promise<T> {
  const row = await lockRow<T>(tx, table, edit.id);
  if (!row) throw notFound(table.entity, edit.id, idField);
  if (row.version !== edit.expectedVersion) throw staleVersion(table.entity, edit.id, row.version);
  return row;
}

/** Locks a row for the rest of the transaction; `null` when there is none. */
export async function lockRow<T>(tx: EntityManager, table: VersionedTable, id: string): Promise<T | null> {
  if (!(table.validId ?? isUuid)(id)) return null;
  const [row]: T[] = await tx.query(
    `SELECT ${table.columns} FROM ${table.name} WHERE ${table.idColumn ?? "id"} = $1 FOR UPDATE`,
    [id],
  );
  return row ?? null;
}

/** PostgreSQL's unique_violation: a slug or another unique value is taken. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
