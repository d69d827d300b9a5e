// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch modules before they load
import "@careergraph/tracing/register";
import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { guidesSubgraph } from "./definition";

runMain("guides", (config, logger) => startSubgraph(guidesSubgraph, config, { logger }));
