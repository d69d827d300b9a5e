import { context, propagation, trace, type Context } from "@opentelemetry/api";

/** The span attribute (and baggage entry) that carries careergraph's request id. */
export const REQUEST_ID_ATTRIBUTE = "careergraph.request_id";

/**
 * Runs `next` with the request id in the OpenTelemetry context, so that every span started for this
 * request (SQL, GraphQL, outgoing calls) carries it, and the subgraphs receive it as baggage. Without
 * a tracing SDK the API is a no-op and this only calls `next`.
 */
export function withRequestId<T>(requestId: string, next: () => T): T {
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  const baggage = (propagation.getActiveBaggage() ?? propagation.createBaggage()).setEntry(
    REQUEST_ID_ATTRIBUTE,
    {
      value: requestId,
    },
  );
  return context.with(propagation.setBaggage(context.active(), baggage), next);
}

/** The request id of a context, when one was set by `withRequestId` (here or upstream, as baggage). */
export function requestIdOf(parent: Context): string | undefined {
  return propagation.getBaggage(parent)?.getEntry(REQUEST_ID_ATTRIBUTE)?.value;
}
