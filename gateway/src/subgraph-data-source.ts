import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { REQUEST_ID_HEADER } from "@careergraph/federation";

/** The gateway's per-request context, as the data sources see it. */
export interface GatewayContext {
  requestId: string;
  authorization?: string;
  /** Charges the operation's cost to the caller's rate-limit budget (absent when rate limits are off). */
  chargeCost?: (points: number) => Promise<void>;
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

/**
 * Sends a subgraph request with the caller's token (each subgraph verifies it again) and the
 * request id, so that one id follows a request through every log.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly calls: SubgraphCallCounter,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    this.calls.record(this.subgraphName);
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set(REQUEST_ID_HEADER, String(context.requestId));
    if (context.authorization) headers.set("authorization", String(context.authorization));
  }
}
