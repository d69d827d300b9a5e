import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { progressSubgraph } from "./definition";

runMain("progress", (config, logger) => startSubgraph(progressSubgraph, config, { logger }));
