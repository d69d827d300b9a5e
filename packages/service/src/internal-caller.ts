import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Request } from "express";
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { ServiceConfig } from "@careergraph/config";
import type { CallerCheck } from "@careergraph/edge";
import { checkSignature, internalKey, SIGNATURE_HEADER } from "@careergraph/internal-calls";

/** The root fields only careergraph's own servers may ask a subgraph for. */
const INTERNAL_FIELDS = new Set(["_entities", "_service"]);

const signedRequests = new WeakSet<Request>();
/**
 * Marks a signed caller's context. A property, not a set of contexts: Apollo Server gives each
 * operation of a batch a shallow copy of the context, which keeps its own properties.
 */
const SIGNED_CALLER = Symbol("careergraph signed caller");

/**
 * Who may call a subgraph. The gateway and the other subgraphs sign every call with the internal key
 * (`signRequest`); a subgraph refuses an unsigned or badly signed call in production, and in
 * development too once `INTERNAL_API_SECRET` is set, so that it is no second front door past the
 * gateway's rate limits, allowlist and limits. Where unsigned calls are taken (development), they
 * still never get `_entities` or `_service` (see `internalFieldsPlugin`).
 */
export function internalCallerCheck(config: ServiceConfig, now: () => number = Date.now): CallerCheck {
  const key = internalKey(config);
  const required = config.nodeEnv === "production" || config.internalApiSecret !== undefined;
  return (req, rawBody) => {
    const parts = { method: req.method, path: req.originalUrl, body: rawBody };
    const signed = key !== undefined && checkSignature(key, parts, req.header(SIGNATURE_HEADER), now()).valid;
    if (signed) signedRequests.add(req);
    return signed || !required;
  };
}

/** The request's context, marked as a signed caller's when its request was signed. */
export function markSignedCaller<TContext extends object>(req: Request, context: TContext): TContext {
  if (signedRequests.has(req)) Object.assign(context, { [SIGNED_CALLER]: true });
  return context;
}

/** Refuses `_entities` and `_service` to any caller that did not sign its request. */
export function internalFieldsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || (contextValue as { [SIGNED_CALLER]?: boolean })[SIGNED_CALLER]) return;
          const fragments = document.definitions.filter(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION,
          );
          const asked = rootFields(operation.selectionSet, fragments).filter((name) =>
            INTERNAL_FIELDS.has(name),
          );
          if (asked.length > 0) throw refusedInternalFields(asked);
        },
      };
    },
  };
}

function refusedInternalFields(asked: string[]): GraphQLError {
  return new GraphQLError(`Forbidden: ${asked.join(" and ")} answer careergraph's own servers only`, {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}

function rootFields(selectionSet: SelectionSetNode, fragments: FragmentDefinitionNode[]): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments);
    const fragment = fragments.find((f) => f.name.value === selection.name.value);
    return fragment ? rootFields(fragment.selectionSet, []) : [];
  });
}
