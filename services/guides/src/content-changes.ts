import { ContentOutbox, gatewayResponseCache, type SubgraphDeps } from "@careergraph/service";

/**
 * The guides' outbox: this subgraph's cache (no other subgraph copies guides), and the gateway when
 * it caches whole responses in its own memory (no Redis).
 */
export function createGuidesOutbox(
  deps: Pick<SubgraphDeps, "config" | "logger" | "cache" | "db">,
): ContentOutbox {
  return new ContentOutbox(deps, "guides.content_change", [], gatewayResponseCache(deps.config));
}
