import { createSessionStore, sessionOf } from "./session-store";

const NOW = Date.parse("2026-03-02T09:00:00.000Z");

/** An unsigned JWT with these claims: the store reads claims, the gateway checks signatures. */
function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256" })}.${part(claims)}.signature`;
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("sessionOf", () => {
  it("reads the subject and the roles, keeping only string roles", () => {
    const token = tokenWith({ sub: "learner-1", roles: ["EDITOR", 7, "ANALYST"], exp: NOW / 1000 + 60 });
    expect(sessionOf(token, NOW)).toEqual({ token, userId: "learner-1", roles: ["EDITOR", "ANALYST"] });
  });

  it("is null for no token, a malformed one, one without a subject, and one that has expired", () => {
    expect(sessionOf(null, NOW)).toBeNull();
    expect(sessionOf("not-a-jwt", NOW)).toBeNull();
    expect(sessionOf(tokenWith({ roles: ["ADMIN"] }), NOW)).toBeNull();
    expect(sessionOf(tokenWith({ sub: "a", exp: NOW / 1000 }), NOW)).toBeNull();
    expect(sessionOf(tokenWith({ sub: "a", exp: NOW / 1000 + 1 }), NOW)).not.toBeNull();
  });
});

describe("createSessionStore", () => {
  it("keeps the token under its key, tells subscribers of each change, and forgets on sign-out", () => {
    const storage = memoryStorage();
    const store = createSessionStore("careergraph.token", storage, () => NOW);
    const changes: (string | null)[] = [];
    const stop = store.subscribe(() => changes.push(store.read()?.userId ?? null));
    expect(store.read()).toBeNull();

    store.signIn(tokenWith({ sub: "learner-1" }));
    expect(storage.items.get("careergraph.token")).toBe(tokenWith({ sub: "learner-1" }));
    store.signOut();
    stop();
    store.signIn(tokenWith({ sub: "learner-2" }));

    expect(changes).toEqual(["learner-1", null]);
    expect(store.read()?.userId).toBe("learner-2");
  });

  it("starts from a token stored earlier, under its own key only", () => {
    const storage = memoryStorage();
    storage.setItem("careergraph.studio.token", tokenWith({ sub: "editor-1", roles: ["EDITOR"] }));
    expect(createSessionStore("careergraph.studio.token", storage, () => NOW).read()).toMatchObject({
      userId: "editor-1",
      roles: ["EDITOR"],
    });
    expect(createSessionStore("careergraph.token", storage, () => NOW).read()).toBeNull();
  });
});
