import { createSessionStore, type Session } from "@careergraph/client";
import { useSyncExternalStore } from "react";

export type { Session };

/** The signed-in editor, analyst or admin: read, sign in and out, and be told of each change. */
export const sessionStore = createSessionStore("careergraph.studio.token");

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.read);
}

/**
 * Whether the session may do what `role` may: ADMIN has every role, as on the server. The server
 * decides in the end; this only keeps the studio from offering what would be refused.
 */
export function hasRole(session: Session | null, role: "EDITOR" | "ANALYST"): boolean {
  return session !== null && (session.roles.includes(role) || session.roles.includes("ADMIN"));
}
