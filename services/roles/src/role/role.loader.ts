import { rowsInKeyOrder } from "@careergraph/db";
import { readThrough } from "@careergraph/cache";
import { isSlug, isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../catalog/cache-keys";
import type { Role } from "./role.entity";

export const ROLE_COLUMNS = `r.id, r.slug, r.title, r.summary, r.status, r.version,
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/** Published roles by id, in key order: one statement for the whole batch. */
export async function fetchRolesById({ db }: SubgraphDeps, ids: readonly string[]): Promise<(Role | null)[]> {
  const valid = ids.filter(isUuid);
  const rows: Role[] = valid.length
    ? await db.dataSource.query(
        `SELECT ${ROLE_COLUMNS} FROM roles.role r WHERE r.id = ANY($1::uuid[]) AND r.status = 'PUBLISHED'`,
        [valid],
      )
    : [];
  return rowsInKeyOrder(
    ids,
    rows,
    (row) => row.id,
    () => null,
  );
}

export async function fetchRolesBySlug(
  { db }: SubgraphDeps,
  slugs: readonly string[],
): Promise<(Role | null)[]> {
  const rows: Role[] = await db.dataSource.query(
    `SELECT ${ROLE_COLUMNS} FROM roles.role r WHERE r.slug = ANY($1::text[]) AND r.status = 'PUBLISHED'`,
    [slugs],
  );
  return rowsInKeyOrder(
    slugs,
    rows,
    (row) => row.slug,
    () => null,
  );
}

async function fetchPublishedRoles({ db }: SubgraphDeps): Promise<Role[]> {
  return db.dataSource.query(
    `SELECT ${ROLE_COLUMNS} FROM roles.role r WHERE r.status = 'PUBLISHED' ORDER BY r.slug`,
  );
}

/** Process-wide batch functions (cache read-through, shared in-flight fetches); loaders wrap them per request. */
export function createRoleBatches(deps: SubgraphDeps) {
  const ttlSeconds = deps.config.cache.ttlSeconds;
  return {
    roleById: readThrough<string, Role>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: catalogKeys.roleById,
      fetch: (ids) => fetchRolesById(deps, ids),
      ttlSeconds,
    }),
    roleBySlug: readThrough<string, Role>({
      cache: deps.cache,
      isPossibleKey: isSlug,
      cacheKeyOf: catalogKeys.roleBySlug,
      fetch: (slugs) => fetchRolesBySlug(deps, slugs),
      ttlSeconds,
    }),
    publishedRoles: readThrough<"all", Role[]>({
      cache: deps.cache,
      cacheKeyOf: catalogKeys.publishedRoles,
      fetch: async (keys) => {
        const roles = await fetchPublishedRoles(deps);
        return keys.map(() => roles);
      },
      ttlSeconds,
    }),
  };
}

export type RoleBatches = ReturnType<typeof createRoleBatches>;
