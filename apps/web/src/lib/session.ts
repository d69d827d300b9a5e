import { createSessionStore, type Session } from "@careergraph/client";
import { useSyncExternalStore } from "react";

export type { Session };

const store = createSessionStore("careergraph.token");

/** The signed-in learner, or null. */
export const readSession = store.read;
export const signIn = store.signIn;
export const signOut = store.signOut;
export const onSessionChange = store.subscribe;

export function useSession(): Session | null {
  return useSyncExternalStore(store.subscribe, store.read);
}
