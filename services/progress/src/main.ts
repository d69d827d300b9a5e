import "reflect-metadata";
import { runMain } from "@careergraph/runtime";
import { listenSubgraph } from "@careergraph/service";
import { createServer } from "./server";

runMain("progress", async (config, logger) => listenSubgraph(await createServer(config, { logger }), config));
