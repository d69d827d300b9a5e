import type { ServiceConfig } from "@careergraph/config";

/** The subgraphs the supergraph is composed of, by the names used in `supergraph.graphql`. */
export const SUBGRAPH_NAMES = ["roles", "guides", "progress"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function subgraphUrls(config: ServiceConfig): Record<SubgraphName, string> {
  return {
    roles: config.subgraphs.roles,
    guides: config.subgraphs.guides,
    progress: config.subgraphs.progress,
  };
}
