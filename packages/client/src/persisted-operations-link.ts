import { ApolloLink } from "@apollo/client";
import { Kind, type DocumentNode } from "graphql";
import { throwError } from "rxjs";

/** A generated document: codegen's client preset puts the sha256 of its text in `__meta__.hash`. */
interface PersistedDocument {
  __meta__?: { hash?: string };
  definitions?: DocumentNode["definitions"];
}

/**
 * Operation name → sha256 of its text, from a module of generated documents (`import * as documents
 * from "@careergraph/client/web"`). Apollo Client transforms the documents it sends, which drops the
 * hash codegen put on them; operation names are unique in a codegen project, so the name finds it.
 */
export function operationHashes(documents: Record<string, unknown>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const value of Object.values(documents)) {
    const document = value as PersistedDocument | null;
    const hash = document?.__meta__?.hash;
    if (typeof hash !== "string" || !document?.definitions) continue;
    for (const definition of document.definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
        hashes.set(definition.name.value, hash);
  }
  return hashes;
}

/**
 * Sends persisted operations only: the hash (`extensions.persistedQuery`), never the text; queries
 * over GET, so that a CDN, a phone's HTTP cache and the service worker can keep anonymous answers.
 * An operation that codegen does not know fails here, before it reaches the network.
 */
export function persistedOperationsLink(hashes: ReadonlyMap<string, string>): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const hash = operation.operationName ? hashes.get(operation.operationName) : undefined;
    if (!hash)
      return throwError(
        () =>
          new Error(
            `${operation.operationName ?? "an unnamed operation"} is not a persisted operation: write it with graphql() and run npm run codegen`,
          ),
      );
    operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      // a GET without it is refused by the gateway's CSRF prevention
      headers: { ...headers, "apollo-require-preflight": "true" },
      http: { includeQuery: false, includeExtensions: true },
    }));
    return forward(operation);
  });
}
