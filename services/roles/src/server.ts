import type { ServiceConfig } from "@careergraph/config";
import { buildSubgraph, type StartOptions, type SubgraphServer } from "@careergraph/service";
import { rolesSubgraph } from "./definition";

/** The roles subgraph's server: its database, cache and HTTP app, built without listening. */
export function createServer(config: ServiceConfig, options?: StartOptions): Promise<SubgraphServer> {
  return buildSubgraph(rolesSubgraph, config, options);
}
