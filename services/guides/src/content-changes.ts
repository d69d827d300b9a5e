import { ContentOutbox, type SubgraphDeps } from "@careergraph/service";

/** The guides' outbox. Its only consumer is this subgraph's cache: no other subgraph copies guides. */
export function createGuidesOutbox(
  deps: Pick<SubgraphDeps, "config" | "logger" | "cache" | "db">,
): ContentOutbox {
  return new ContentOutbox(deps, "guides.content_change");
}
