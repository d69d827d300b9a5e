import { createCareergraphClient, operationHashes } from "@careergraph/client";
import * as documents from "@careergraph/client/web";
import { gatewayUrl } from "./config";
import { sessionStore } from "./session";

/** The app's one Apollo Client: persisted operations only, the learner's token when signed in. */
export const apolloClient = createCareergraphClient({
  gatewayUrl: gatewayUrl(),
  hashes: operationHashes(documents),
  token: () => sessionStore.read()?.token ?? null,
});
