import { batchLoad, oneRowPerKey, type Database, type Reads } from "@careergraph/db";
import { emptyPage, isSlug, isUuid, pagesFromRows, type Page, type PagedRow } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../cache-keys";
import { ContentStatus } from "../enums";
import { Role } from "./role.entity";
import { selectRoles } from "./role.rows";

/** A page of the published roles, in slug order (bytewise, whatever the database's collation). */
export interface RolePageKey {
  first: number;
  afterSlug: string | null;
  /** The cursor as the client sent it: an empty page hands it back. */
  after: string | null;
}

/** A page of the roles in any of `statuses`, for editors; in the same order. */
export interface EditorRolePageKey extends RolePageKey {
  statuses: ContentStatus[];
}

const PUBLISHED_ONLY = [ContentStatus.PUBLISHED];

/** Published roles by id, by slug, and pages of the list: what the catalog loads of roles. */
export function roleBatches({ db, cache, config }: SubgraphDeps) {
  const ttlSeconds = config.cache.ttlSeconds;

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
      fetch: (pages) =>
        fetchRolePages(
          db.reads,
          db,
          pages.map((page) => ({ ...page, statuses: PUBLISHED_ONLY })),
        ),
      cached: { cache, address: catalogKeys.rolePage, ttlSeconds },
    }),
    /** Editors' pages with drafts or archived roles: never cached, always current. */
    rolePageForEditors: batchLoad<EditorRolePageKey, Page<Role>>({
      missing: emptyPage(),
      validKey: (page) => page.afterSlug === null || isSlug(page.afterSlug),
      fetch: (pages) => fetchRolePages(db.dataSource, db, pages),
    }),
  };
}

/**
 * Every page of the batch in one statement: the page plus one row, and its total. Readers' pages come
 * from `db.reads` (a replica, when there is one), editors' from the primary.
 */
async function fetchRolePages(
  runner: Reads,
  db: Database,
  pages: readonly EditorRolePageKey[],
): Promise<Page<Role>[]> {
  const rows: PagedRow<Role>[] = await runner.query(
    `WITH k AS (
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[]) WITH ORDINALITY AS k(after_slug, row_limit, statuses, request)
     )
     SELECT k.request::text AS request,
       (SELECT count(*) FROM roles.role c WHERE c.status::text = ANY(string_to_array(k.statuses, ',')))::int AS total,
       p.*
     FROM k LEFT JOIN LATERAL (
       SELECT ${db.columns(Role, "r")} FROM roles.role r
       WHERE r.status::text = ANY(string_to_array(k.statuses, ','))
         AND (k.after_slug IS NULL OR r.slug COLLATE "C" > k.after_slug COLLATE "C")
       ORDER BY r.slug COLLATE "C" LIMIT k.row_limit
     ) p ON true
     ORDER BY k.request, p.slug COLLATE "C"`,
    [pages.map((p) => p.afterSlug), pages.map((p) => p.first + 1), pages.map((p) => p.statuses.join(","))],
  );
  return pagesFromRows(pages, rows, { kind: "role", keyOf: (role) => [role.slug] });
}
