import { basename, dirname } from "node:path";
import { startTracing } from "./start-tracing";

/**
 * Imported first by every `main.ts`, before express, pg or graphql are loaded (instrumentation
 * patches modules as they load). With `OTEL_EXPORTER_OTLP_ENDPOINT` unset it does nothing and loads
 * nothing. The service is named by `OTEL_SERVICE_NAME`, or by the folder of the running main file.
 */
const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
if (endpoint) {
  const serviceName =
    process.env.OTEL_SERVICE_NAME ??
    `careergraph-${basename(dirname(dirname(process.argv[1] ?? "service")))}`;
  const sdk = startTracing(serviceName);
  const flush = () => void sdk.shutdown().catch(() => undefined);
  process.once("beforeExit", flush);
}
