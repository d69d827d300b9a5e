// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch modules before they load
import "@careergraph/tracing/register";
import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { progressSubgraph } from "./definition";

runMain("progress", (config, logger) => startSubgraph(progressSubgraph, config, { logger }));
