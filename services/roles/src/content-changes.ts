import { CONTENT_CHANGES_PATH } from "@careergraph/internal-calls";
import { ContentOutbox, gatewayResponseCache, type SubgraphDeps } from "@careergraph/service";

/**
 * The catalog's outbox. Its consumers are this subgraph's cache, the progress subgraph, which keeps
 * its own copy of which questions are published and where, the guides subgraph, which keeps which
 * roles are published, and the gateway when it caches whole responses in its own memory (no Redis).
 */
export function createCatalogOutbox(
  deps: Pick<SubgraphDeps, "config" | "logger" | "cache" | "db">,
): ContentOutbox {
  return new ContentOutbox(
    deps,
    "roles.content_change",
    (["progress", "guides"] as const).map((name) => ({
      name,
      url: new URL(CONTENT_CHANGES_PATH, deps.config.subgraphs[name]).toString(),
    })),
    gatewayResponseCache(deps.config),
  );
}
