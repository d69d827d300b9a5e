import { useSyncExternalStore } from "react";

const TOKEN_KEY = "careergraph.studio.token";

export interface Session {
  token: string;
  /** The token's subject. */
  userId: string;
  roles: string[];
}

const listeners = new Set<() => void>();
let current: Session | null | undefined;

/** The signed-in person from the stored token, or null (none, unreadable, or expired). */
export function readSession(): Session | null {
  if (current !== undefined) return current;
  current = sessionOf(localStorage.getItem(TOKEN_KEY));
  return current;
}

function sessionOf(token: string | null): Session | null {
  if (!token) return null;
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as {
      sub?: unknown;
      roles?: unknown;
      exp?: unknown;
    };
    if (typeof payload.sub !== "string") return null;
    if (typeof payload.exp === "number" && payload.exp * 1000 <= Date.now()) return null;
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r) => typeof r === "string") : [];
    return { token, userId: payload.sub, roles };
  } catch {
    return null;
  }
}

/**
 * Whether the session may do what `role` may: ADMIN has every role, as on the server. The server
 * decides in the end; this only keeps the studio from offering what would be refused.
 */
export function hasRole(session: Session | null, role: "EDITOR" | "ANALYST"): boolean {
  return session !== null && (session.roles.includes(role) || session.roles.includes("ADMIN"));
}

export function signIn(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
  current = sessionOf(token);
  listeners.forEach((listener) => listener());
}

export function signOut(): void {
  localStorage.removeItem(TOKEN_KEY);
  current = null;
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after every sign-in and sign-out. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(onSessionChange, readSession);
}
