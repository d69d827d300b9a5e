import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { GraphQLError, OperationTypeNode } from "graphql";
import { REQUEST_ID_HEADER } from "@careergraph/edge";
import { subgraphFetchDuration, subgraphFetchErrors, subgraphFetchRetries } from "@careergraph/metrics";
import { isConnectionFailure } from "./subgraph-retry";
import { SHAREABLE_HEADER, type SubgraphFetcher } from "./subgraph-fetcher";

/** The gateway's per-request context, as the data sources see it. */
export interface GatewayContext {
  requestId: string;
  authorization?: string;
  /** Charges the operation's cost to the caller's rate-limit budget (absent when rate limits are off). */
  chargeCost?: (points: number) => Promise<void>;
  /**
   * The content generation the response cache keyed this request by. Anonymous subgraph fetches are
   * shared only among requests of one generation: one that began after a content write must not get
   * an answer fetched before it (and cache it under the new generation).
   */
  contentGeneration?: string;
  /** Where this anonymous request's answer may be stored (see `createResponseCache`). */
  responseCacheKey?: string;
}

/** Counts the requests the gateway sends to each subgraph (exact: tests assert them). */
export class SubgraphCallCounter {
  private readonly counts = new Map<string, number>();

  record(subgraph: string): void {
    this.counts.set(subgraph, (this.counts.get(subgraph) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Why a subgraph request failed, as `/metrics` and the error's `extensions.reason` say it. */
type FailureReason = "timeout" | "unreachable" | "status";

/**
 * Sends a subgraph request with the caller's token (each subgraph verifies it again) and the
 * request id, so that one id follows a request through every log. A subgraph that is unreachable,
 * slower than its timeout or answering 5xx becomes one coded `SERVICE_UNAVAILABLE` error naming it:
 * the gateway answers the rest of the operation (partial data) instead of failing it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly calls: SubgraphCallCounter,
    client: SubgraphFetcher,
    private readonly timeoutMs: number,
  ) {
    super({ url, fetcher: client.fetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    this.calls.record(this.subgraphName);
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set(REQUEST_ID_HEADER, String(context.requestId));
    if (context.authorization) headers.set("authorization", String(context.authorization));
    // an anonymous read may share a request with identical ones of its generation in flight; a
    // signed-in one never does, nor one whose generation is unknown (no response cache)
    else if (isQuery(options) && context.contentGeneration !== undefined)
      headers.set(SHAREABLE_HEADER, String(context.contentGeneration));
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const stopTimer = subgraphFetchDuration.startTimer({ subgraph: this.subgraphName });
    try {
      const response = await super.process(options).catch((error: unknown) => {
        // a query changes nothing: one more try reaches another replica; a mutation is never sent twice
        if (!isQuery(options) || !isConnectionFailure(error)) throw error;
        subgraphFetchRetries.inc({ subgraph: this.subgraphName });
        return super.process(options);
      });
      stopTimer({ outcome: "ok" });
      return response;
    } catch (error) {
      stopTimer({ outcome: "error" });
      // counted once per fetch that failed for good, after its retry if it had one
      const reason = error instanceof GraphQLError ? error.extensions.reason : undefined;
      if (typeof reason === "string") subgraphFetchErrors.inc({ subgraph: this.subgraphName, reason });
      throw error;
    }
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError && !isServerFailure(error)) throw error;
    const reason: FailureReason =
      error instanceof GraphQLError ? "status" : isTimeout(error) ? "timeout" : "unreachable";
    throw new GraphQLError(
      reason === "timeout"
        ? `The ${this.subgraphName} service did not answer within ${this.timeoutMs} ms; its fields are missing`
        : `The ${this.subgraphName} service is unavailable; its fields are missing`,
      {
        extensions: { code: "SERVICE_UNAVAILABLE", service: this.subgraphName, reason },
        originalError: error,
      },
    );
  }
}

function isQuery(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  return (
    "incomingRequestContext" in options &&
    options.incomingRequestContext.operation?.operation === OperationTypeNode.QUERY
  );
}

function isServerFailure(error: GraphQLError): boolean {
  const status = (error.extensions.response as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 500;
}

function isTimeout(error: Error): boolean {
  return error.name === "TimeoutError" || error.name === "AbortError";
}
