import { CONTENT_CHANGES_PATH, ContentOutbox, type SubgraphDeps } from "@careergraph/service";

/**
 * The catalog's outbox. Its consumers are this subgraph's cache and the progress subgraph, which
 * keeps its own copy of which questions are published and where.
 */
export function createCatalogOutbox(
  deps: Pick<SubgraphDeps, "config" | "logger" | "cache" | "db">,
): ContentOutbox {
  return new ContentOutbox(deps, "roles.content_change", [
    { name: "progress", url: new URL(CONTENT_CHANGES_PATH, deps.config.subgraphs.progress).toString() },
  ]);
}
