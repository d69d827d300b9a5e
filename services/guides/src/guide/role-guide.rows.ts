import type { EntityManager } from "typeorm";
import type { Database } from "@careergraph/db";

/** What runs a statement: the data source (reads) or a transaction's manager (writes). */
type Runner = Pick<EntityManager, "query">;

/**
 * Rows of a table keyed by the role they are about (interview guides, career guides), for these role
 * ids; `published` keeps the published ones only.
 */
export function selectRowsOfRoles<T>(
  runner: Runner,
  db: Database,
  entity: new () => T,
  roleIds: readonly string[],
  { published }: { published: boolean },
): Promise<T[]> {
  const table = db.dataSource.getMetadata(entity).tablePath;
  return runner.query(
    `SELECT ${db.columns(entity, "t")} FROM ${table} t
     WHERE t.role_id = ANY($1::uuid[]) ${published ? "AND t.status = 'PUBLISHED'" : ""}`,
    [roleIds],
  );
}
