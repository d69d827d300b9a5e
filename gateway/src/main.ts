// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch modules before they load
import "@careergraph/tracing/register";
import "reflect-metadata";
import { runMain } from "@careergraph/runtime";
import { startGateway } from "./start-gateway";

// `npm start` (scripts/start.mjs) announces `careergraph is up` once this gateway's /readyz says ready.
runMain("gateway", (config, logger) => startGateway(config, logger));
