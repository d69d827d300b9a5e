import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

runMain("guides", (config, logger) => startSubgraph(guidesSubgraph, config, { logger }));
