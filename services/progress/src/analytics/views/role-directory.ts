import { fetchEntities, type EntitiesClientOptions } from "@careergraph/internal-calls";

/** What analytics needs of a role it knows only by slug: its id and published question count. */
export interface RoleSummary {
  id: string;
  questionCount: number;
}

/**
 * Progress stores no slugs: it asks the roles subgraph, which keys Role by slug too. `null` for a
 * slug roles does not publish; SERVICE_UNAVAILABLE when roles cannot answer, because a guess would
 * be wrong figures.
 */
export async function fetchRoleBySlug(
  options: EntitiesClientOptions,
  slug: string,
  requestId?: string,
): Promise<RoleSummary | null> {
  const [role] = await fetchEntities<RoleSummary & { slug: string }>(
    options,
    { typename: "Role", key: "slug", selection: "id slug questionCount", what: "the role catalog" },
    [slug],
    requestId,
  );
  return role && { id: role.id, questionCount: role.questionCount };
}
