// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch modules before they load
import "@careergraph/tracing/register";
import "reflect-metadata";
import { runMain, startSubgraph } from "@careergraph/service";
import { rolesSubgraph } from "./definition";

runMain("roles", (config, logger) => startSubgraph(rolesSubgraph, config, { logger }));
