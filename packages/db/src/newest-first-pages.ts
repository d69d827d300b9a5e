import type { Database } from "./open-database";

/** One request for a page of a newest-first list: within a scope (all rows when `null`), after a row. */
export interface NewestFirstPageKey {
  scope: string | null;
  afterCreatedAt: string | null;
  afterId: string | null;
  first: number;
}

/**
 * The rows of newest-first keyset pages (`created_at DESC, id DESC`) of one table, every page of a
 * batch in one statement: `first + 1` rows after the cursor, each with its request's ordinal (text)
 * and the scope's total; a page with no rows is one row of nulls. `pagesFromRows` makes the pages.
 */
export function newestFirstPageRows<T>(
  db: Database,
  list: { table: string; alias: string; columns: string; scopeColumn: string },
  keys: readonly NewestFirstPageKey[],
): Promise<(T & { request: string; total: number })[]> {
  const { table, alias: t, columns, scopeColumn } = list;
  return db.dataSource.query(
    `SELECT k.request::text AS request,
       (SELECT count(*) FROM ${table} WHERE k.scope IS NULL OR ${scopeColumn} = k.scope)::int AS total, page.*
     FROM unnest($1::text[], $2::timestamptz[], $3::uuid[], $4::int[])
       WITH ORDINALITY AS k(scope, after_created_at, after_id, row_limit, request)
     LEFT JOIN LATERAL (
       SELECT ${columns} FROM ${table} ${t}
       WHERE (k.scope IS NULL OR ${t}.${scopeColumn} = k.scope)
         AND (k.after_created_at IS NULL OR (${t}.created_at, ${t}.id) < (k.after_created_at, k.after_id))
       ORDER BY ${t}.created_at DESC, ${t}.id DESC LIMIT k.row_limit
     ) page ON true
     ORDER BY k.request, page."createdAt" DESC, page.id DESC`,
    [
      keys.map((k) => k.scope),
      keys.map((k) => k.afterCreatedAt),
      keys.map((k) => k.afterId),
      keys.map((k) => k.first + 1),
    ],
  );
}
