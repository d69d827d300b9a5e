import { randomUUID } from "node:crypto";
import { IncomingMessage } from "node:http";
import type { Context } from "@opentelemetry/api";
import type { NodeSDK, tracing } from "@opentelemetry/sdk-node";
import { REQUEST_ID_ATTRIBUTE, requestIdOf } from "./request-id-baggage";

type Span = tracing.Span;

const REQUEST_ID_HEADER = "x-request-id";

/** Copies the request id from the context's baggage onto every span as it starts. */
class RequestIdSpanProcessor implements tracing.SpanProcessor {
  onStart(span: Span, parent: Context): void {
    const requestId = requestIdOf(parent);
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Starts the OpenTelemetry SDK: traces of incoming HTTP, express, GraphQL, PostgreSQL and outgoing
 * fetch (the gateway's subgraph calls) exported over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT`. The
 * SDK is required here, lazily: a process that does not trace never loads it.
 */
export function startTracing(serviceName: string): NodeSDK {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const sdkNode = require("@opentelemetry/sdk-node") as typeof import("@opentelemetry/sdk-node");
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  const { HttpInstrumentation } =
    require("@opentelemetry/instrumentation-http") as typeof import("@opentelemetry/instrumentation-http");
  const { ExpressInstrumentation } =
    require("@opentelemetry/instrumentation-express") as typeof import("@opentelemetry/instrumentation-express");
  const { GraphQLInstrumentation } =
    require("@opentelemetry/instrumentation-graphql") as typeof import("@opentelemetry/instrumentation-graphql");
  const { PgInstrumentation } =
    require("@opentelemetry/instrumentation-pg") as typeof import("@opentelemetry/instrumentation-pg");
  const { UndiciInstrumentation } =
    require("@opentelemetry/instrumentation-undici") as typeof import("@opentelemetry/instrumentation-undici");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new sdkNode.NodeSDK({
    serviceName,
    spanProcessors: [
      new RequestIdSpanProcessor(),
      new sdkNode.tracing.BatchSpanProcessor(new OTLPTraceExporter()),
    ],
    instrumentations: [
      new HttpInstrumentation({
        // health checks and scrapes would drown the traces that matter
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)/.test(req.url ?? ""),
        // the server span is started before any middleware: give it the request id here (made now when
        // the caller sent none, so that the id the server logs and answers with is this one)
        requestHook: (span, request) => {
          if (!(request instanceof IncomingMessage)) return;
          const incoming = request;
          if (typeof incoming.headers[REQUEST_ID_HEADER] !== "string")
            incoming.headers[REQUEST_ID_HEADER] = randomUUID();
          span.setAttribute(REQUEST_ID_ATTRIBUTE, String(incoming.headers[REQUEST_ID_HEADER]));
        },
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation(),
      new UndiciInstrumentation(),
    ],
  });
  sdk.start();
  return sdk;
}
