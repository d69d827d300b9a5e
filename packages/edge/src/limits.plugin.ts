import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { limitExceeded } from "@careergraph/schema";
import { requestDigest } from "./request-digest";
import { actualOperationCost, operationCost, readCostDirectives } from "./operation-cost";
import { checkPageSizes, type OperationLimits } from "./operation-limits";

export interface OperationLimitsPluginOptions<TContext extends BaseContext> {
  /** SDL with the `@cost`/`@listSize` declarations: the supergraph at the gateway, its own in a subgraph. */
  sdl: string;
  limits: OperationLimits;
  /** Adds `extensions.cost: { requested, actual, limit }` to each accepted operation's response. */
  reportCost?: boolean;
  /** Charges an accepted operation's cost to its caller (rate limits); throws to refuse it. */
  charge?(cost: number, context: TContext): Promise<void>;
}

/** Variables differ per request in some operations (an idempotency key): remember a few per document. */
const MAX_COSTS_PER_DOCUMENT = 100;

/**
 * Refuses an operation whose `first` is out of range or whose cost is over the limit once the
 * operation and its variables are known, before it runs, so before any subgraph (or resolver) is
 * called. (Tokens, depth, aliases and directives are refused earlier, by `operationShapeMiddleware`.)
 */
export function operationLimitsPlugin<TContext extends BaseContext>(
  options: OperationLimitsPluginOptions<TContext>,
): ApolloServerPlugin<TContext> {
  const directives = readCostDirectives(options.sdl);
  const { limits } = options;
  // Apollo Server hands the same DocumentNode to every request of the same query text (its parse
  // cache), so an accepted operation's cost is remembered per document and variables: the walk over
  // the operation was a visible share of a subgraph's CPU per page.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ document, operationName, request, schema, contextValue }) {
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map<string, number>()));
          // a digest, so that a request's large variables are never kept (see `requestDigest`)
          const key = requestDigest(operationName ?? "", JSON.stringify(request.variables ?? {}));
          let cost = known.get(key);
          if (cost === undefined) {
            checkPageSizes(document, request.variables);
            cost = operationCost({
              schema,
              directives,
              document,
              operationName,
              variables: request.variables,
            });
            if (known.size < MAX_COSTS_PER_DOCUMENT) known.set(key, cost);
          }
          if (limits.maxCost !== undefined && cost > limits.maxCost)
            throw limitExceeded(
              "COST_LIMIT_EXCEEDED",
              `The operation costs ${cost}, over the limit of ${limits.maxCost}`,
              { cost, limit: limits.maxCost },
            );
          requested = cost;
          await options.charge?.(cost, contextValue);
        },
        async willSendResponse({ response, document, operationName, schema }) {
          if (!options.reportCost || requested === undefined || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const actual = document
            ? actualOperationCost({ schema, directives, document, operationName, data: result.data })
            : undefined;
          result.extensions = { ...result.extensions, cost: { requested, actual, limit: limits.maxCost } };
        },
      };
    },
  };
}
