// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch modules before they load
import "@careergraph/tracing/register";
import "reflect-metadata";
import { runMain } from "@careergraph/runtime";
import { listenSubgraph } from "@careergraph/service";
import { createServer } from "./server";

runMain("progress", async (config, logger) => listenSubgraph(await createServer(config, { logger }), config));
