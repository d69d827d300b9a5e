import { batchLoad } from "@careergraph/db";
import { entitiesClientOf, fetchEntities } from "@careergraph/internal-calls";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { guideKeys } from "../cache-keys";

/**
 * Whether the roles subgraph publishes each role: one `_entities` request per batch (roles answers
 * published roles only), read through guides' cache, and forgotten when roles delivers a change of a
 * role's status (`forgetPublishedRoles`).
 */
export function publishedRoleBatches({ config, logger, cache }: SubgraphDeps) {
  const roles = entitiesClientOf(config, logger, "roles");
  return {
    publishedRole: batchLoad<string, boolean>({
      missing: false,
      validKey: isUuid,
      fetch: async (roleIds) => {
        const found = await fetchEntities<{ id: string }>(
          roles,
          { typename: "Role", selection: "id", what: "the role catalog" },
          roleIds,
        );
        return found.map((role) => role !== null);
      },
      cached: { cache, address: guideKeys.publishedRole, ttlSeconds: config.cache.ttlSeconds },
    }),
  };
}
