/**
 * careergraph's client SDK: an Apollo Client that sends persisted operations only. The typed
 * documents of each app are generated beside this (`@careergraph/client/web`), and every operation's
 * text is in `persisted-operations.json` (sha256 → text), which the gateway's allowlist loads.
 */
export { createCareergraphClient } from "./create-client";
export type { CareergraphClientOptions } from "./create-client";
export { operationHashes, persistedOperationsLink } from "./persisted-operations-link";
export { createSessionStore, requestDevToken, sessionOf } from "./session-store";
export type { Session, SessionStore } from "./session-store";
