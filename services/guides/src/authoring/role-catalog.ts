import { entitiesClientOf, fetchEntities } from "@careergraph/internal-calls";
import type { SubgraphDeps } from "@careergraph/service";

/**
 * Which of these role ids the roles subgraph serves (published roles), asked in one `_entities`
 * request. Guides hold role ids only, so this is how an edit learns that a role exists.
 */
export async function knownRoleIds(
  { config, logger }: SubgraphDeps,
  ids: readonly string[],
  requestId?: string,
): Promise<Set<string>> {
  const roles = await fetchEntities<{ id: string }>(
    entitiesClientOf(config, logger, "roles"),
    { typename: "Role", selection: "id", what: "the role catalog" },
    ids,
    requestId,
  );
  return new Set(roles.flatMap((role) => (role ? [role.id] : [])));
}
