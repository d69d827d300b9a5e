export interface Session {
  token: string;
  /** The token's subject: the user's id. */
  userId: string;
  roles: string[];
}

export interface SessionStore {
  /** The signed-in user from the stored token, or null (none, unreadable, or expired). */
  read: () => Session | null;
  signIn: (token: string) => void;
  signOut: () => void;
  /** Calls `listener` after every sign-in and sign-out; answers a function that stops it. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * An app's session: its token under `tokenKey` in `storage` (the browser's localStorage), read once
 * and kept until a sign-in or sign-out. The claims are read, not verified: the gateway verifies
 * every request, and an app only uses them to decide what to show.
 */
export function createSessionStore(
  tokenKey: string,
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> = localStorage,
  now: () => number = Date.now,
): SessionStore {
  const listeners = new Set<() => void>();
  let current: Session | null | undefined;
  const changed = (session: Session | null) => {
    current = session;
    listeners.forEach((listener) => listener());
  };
  return {
    read: () => {
      if (current === undefined) current = sessionOf(storage.getItem(tokenKey), now());
      return current;
    },
    signIn: (token) => {
      storage.setItem(tokenKey, token);
      changed(sessionOf(token, now()));
    },
    signOut: () => {
      storage.removeItem(tokenKey);
      changed(null);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The session a JWT's claims describe, or null when it is malformed, has no subject, or expired. */
export function sessionOf(token: string | null, nowMs: number): Session | null {
  if (!token) return null;
  try {
    const claims = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as {
      sub?: unknown;
      roles?: unknown;
      exp?: unknown;
    };
    if (typeof claims.sub !== "string") return null;
    if (typeof claims.exp === "number" && claims.exp * 1000 <= nowMs) return null;
    const roles = Array.isArray(claims.roles)
      ? claims.roles.filter((role): role is string => typeof role === "string")
      : [];
    return { token, userId: claims.sub, roles };
  } catch {
    return null;
  }
}

/**
 * Mints a development token at the gateway's `/dev/sign-in` (beside its `/graphql`; absent in
 * production) for any user id and roles.
 */
export async function requestDevToken(gatewayUrl: string, sub: string, roles: string[]): Promise<string> {
  const response = await fetch(new URL("/dev/sign-in", gatewayUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sub, roles }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `the gateway answered ${response.status}`);
  return body.token;
}
