import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { rolesSubgraph } from "./definition";

runMain("roles", (config, logger) => startSubgraph(rolesSubgraph, config, { logger }));
