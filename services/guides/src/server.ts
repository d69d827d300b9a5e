import type { ServiceConfig } from "@careergraph/config";
import { buildSubgraph, type StartOptions, type SubgraphServer } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

/** The guides subgraph's server: its database, cache and HTTP app, built without listening. */
export function createServer(config: ServiceConfig, options?: StartOptions): Promise<SubgraphServer> {
  return buildSubgraph(guidesSubgraph, config, options);
}
