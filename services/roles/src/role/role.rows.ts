import type { EntityManager } from "typeorm";
import type { Database } from "@careergraph/db";
import { Role } from "./role.entity";

/** What runs a statement: the data source (reads) or a transaction's manager (writes). */
type Runner = Pick<EntityManager, "query">;

/** Roles whose `key` (id or slug) is one of `keys`; `published` keeps the published ones only. */
export function selectRoles(
  runner: Runner,
  db: Database,
  key: "id" | "slug",
  keys: readonly string[],
  { published }: { published: boolean },
): Promise<Role[]> {
  const type = key === "id" ? "uuid" : "text";
  return runner.query(
    `SELECT ${db.columns(Role, "r")} FROM roles.role r
     WHERE r.${key} = ANY($1::${type}[]) ${published ? "AND r.status = 'PUBLISHED'" : ""}`,
    [keys],
  );
}
