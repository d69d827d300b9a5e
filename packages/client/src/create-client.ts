import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { persistedOperationsLink } from "./persisted-operations-link";

export interface CareergraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  gatewayUrl: string;
  /** Operation name → persisted hash (`operationHashes(documents)`). */
  hashes: ReadonlyMap<string, string>;
  /** The caller's token now, or null when anonymous; read before every request. */
  token: () => string | null;
}

/**
 * An Apollo Client for careergraph's gateway: the caller's token as a Bearer header, persisted
 * operations only, queries over GET. The per-user objects without ids (progress) merge into their
 * parents, so a mutation's payload updates what a page shows.
 */
export function createCareergraphClient(options: CareergraphClientOptions): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = options.token();
    const headers = (previous.headers ?? {}) as Record<string, string>;
    return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([
      auth,
      persistedOperationsLink(options.hashes),
      new HttpLink({ uri: options.gatewayUrl, useGETForQueries: true }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        QuestionProgress: { merge: true },
        RoleProgress: { merge: true },
        InterviewGuide: { merge: true },
        CareerGuide: { keyFields: ["slug"] },
        LearningPath: { keyFields: ["slug"] },
      },
    }),
  });
}
