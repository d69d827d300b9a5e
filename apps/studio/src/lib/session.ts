import { createSessionStore, type Session } from "@careergraph/client";
import { useSyncExternalStore } from "react";

export type { Session };

const store = createSessionStore("careergraph.studio.token");

/** The signed-in editor, analyst or admin, or null. */
export const readSession = store.read;
export const signIn = store.signIn;
export const signOut = store.signOut;
export const onSessionChange = store.subscribe;

export function useSession(): Session | null {
  return useSyncExternalStore(store.subscribe, store.read);
}

/**
 * Whether the session may do what `role` may: ADMIN has every role, as on the server. The server
 * decides in the end; this only keeps the studio from offering what would be refused.
 */
export function hasRole(session: Session | null, role: "EDITOR" | "ANALYST"): boolean {
  return session !== null && (session.roles.includes(role) || session.roles.includes("ADMIN"));
}
