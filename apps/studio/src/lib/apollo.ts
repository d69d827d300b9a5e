import { createCareergraphClient, operationHashes } from "@careergraph/client";
import * as documents from "@careergraph/client/studio";
import { gatewayUrl } from "./config";
import { sessionStore } from "./session";

/** The studio's one Apollo Client: persisted operations only, the signed-in person's token. */
export const apolloClient = createCareergraphClient({
  gatewayUrl: gatewayUrl(),
  hashes: operationHashes(documents),
  token: () => sessionStore.read()?.token ?? null,
});
