import { batchLoad, oneRowPerKey } from "@careergraph/db";
import { emptyPage, isSlug, isUuid, pagesFromRows, type Page, type PagedRow } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../cache-keys";
import { Role } from "./role.entity";
import { selectRoles } from "./role.rows";

/** A page of the published roles, in slug order (bytewise, whatever the database's collation). */
export interface RolePageKey {
  first: number;
  afterSlug: string | null;
  /** The cursor as the client sent it: an empty page hands it back. */
  after: string | null;
}

/** Published roles by id, by slug, and pages of the list: what the catalog loads of roles. */
export function roleBatches({ db, cache, config }: SubgraphDeps) {
  const ttlSeconds = config.cache.ttlSeconds;
  const columns = db.columns(Role, "r");

  return {
    roleById: oneRowPerKey<string, Role>({
      validKey: isUuid,
      select: (ids) => selectRoles(db.reads, db, "id", ids, { published: true }),
      keyOf: (role) => role.id,
      cached: { cache, address: catalogKeys.roleById, ttlSeconds },
    }),
    roleBySlug: oneRowPerKey<string, Role>({
      validKey: isSlug,
      select: (slugs) => selectRoles(db.reads, db, "slug", slugs, { published: true }),
      keyOf: (role) => role.slug,
      cached: { cache, address: catalogKeys.roleBySlug, ttlSeconds },
    }),
    /** Editors' reads of a role in any status: never cached, always current. */
    roleBySlugForEditors: oneRowPerKey<string, Role>({
      validKey: isSlug,
      select: (slugs) => selectRoles(db.dataSource, db, "slug", slugs, { published: false }),
      keyOf: (role) => role.slug,
    }),
    rolePage: batchLoad<RolePageKey, Page<Role>>({
      missing: emptyPage(),
      validKey: (page) => page.afterSlug === null || isSlug(page.afterSlug),
      fetch: async (pages) => {
        // every page of the batch in one statement: the page plus one row, and the total
        const rows: PagedRow<Role>[] = await db.reads.query(
          `SELECT k.request::text AS request, t.total, p.* FROM
             unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(after_slug, row_limit, request)
             CROSS JOIN (SELECT count(*)::int AS total FROM roles.role WHERE status = 'PUBLISHED') t
             LEFT JOIN LATERAL (
               SELECT ${columns} FROM roles.role r
               WHERE r.status = 'PUBLISHED' AND (k.after_slug IS NULL OR r.slug COLLATE "C" > k.after_slug COLLATE "C")
               ORDER BY r.slug COLLATE "C" LIMIT k.row_limit
             ) p ON true
           ORDER BY k.request, p.slug COLLATE "C"`,
          [pages.map((p) => p.afterSlug), pages.map((p) => p.first + 1)],
        );
        return pagesFromRows(pages, rows, { kind: "role", keyOf: (role) => [role.slug] });
      },
      cached: { cache, address: catalogKeys.rolePage, ttlSeconds },
    }),
  };
}
