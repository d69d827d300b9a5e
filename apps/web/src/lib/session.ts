import { createSessionStore, type Session } from "@careergraph/client";
import { useSyncExternalStore } from "react";

export type { Session };

/** The signed-in learner: read, sign in and out, and be told of each change. */
export const sessionStore = createSessionStore("careergraph.token");

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.read);
}
