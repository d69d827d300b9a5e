import { get, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayServer, readSupergraph, supergraphForGateway } from "@careergraph/gateway";
import { questionIdFor } from "@careergraph/content";
import { closeServer, listen } from "@careergraph/edge";
import { createLogger } from "@careergraph/logger";
import { errorCodes, testConfig } from "@careergraph/testing";
import { clientOperationHashes, persistedGetUrl } from "./client-operations";
import { startStack, type Stack } from "./stack";

const APP_ORIGIN = "http://localhost:5173";
const hashes = clientOperationHashes();
const hashOf = (name: string) => {
  const hash = hashes.get(name);
  if (!hash) throw new Error(`${name} is not in the client manifest`);
  return hash;
};
const backend = (position: number) => questionIdFor("backend-developer", position);

/** A GET with exactly these headers (no fetch() additions), as a CDN or a phone's HTTP cache sends it. */
function plainGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    }).on("error", reject);
  });
}

/** A persisted operation by hash over POST (mutations), as the apps send it. */
async function postPersisted<T>(
  stack: Stack,
  name: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const response = await fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      operationName: name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(name) } },
    }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: unknown[] } };
}

describe("the apps' transport, with PERSISTED_QUERIES=only", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { PERSISTED_QUERIES: "only" }, gatewayUrlKnown: true });
  });
  afterAll(() => stack.stop());

  it("serves the apps' operations by hash over GET to anonymous callers, with an ETag, 304 for a repeat, and the cache policy's Cache-Control", async () => {
    const url = persistedGetUrl(stack.gatewayUrl, hashOf("RolePage"), "RolePage", {
      slug: "backend-developer",
    });
    const headers = { "apollo-require-preflight": "true", origin: APP_ORIGIN };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    const body = (await first.json()) as {
      data: { role: { title: string; questions: { edges: unknown[] } } };
    };
    expect(body.data.role.title).toBe("Backend Developer");
    expect(body.data.role.questions.edges).toHaveLength(16);
    expect(first.headers.get("cache-control")).toBe("max-age=60, public");
    expect(first.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);

    // as an HTTP cache revalidates (fetch() would add `cache-control: no-cache`, an end-to-end reload)
    const repeat = await plainGet(url, { ...headers, "if-none-match": etag! });
    expect(repeat.status).toBe(304);
    expect(repeat.body).toBe("");
    expect(repeat.headers.etag).toBe(etag);
    expect(repeat.headers["cache-control"]).toBe("max-age=60, public");

    expect((await plainGet(url, { ...headers, "if-none-match": 'W/"another"' })).status).toBe(200);
    expect((await fetch(url, { headers: { ...headers, "if-none-match": etag! } })).status).toBe(200);
  });

  it("marks a signed-in caller's answer private, never for a shared cache", async () => {
    const token = await stack.token("transport-learner");
    const response = await fetch(persistedGetUrl(stack.gatewayUrl, hashOf("Streak"), "Streak"), {
      headers: { "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    });
    expect(await response.json()).toMatchObject({ data: { viewer: { streakDays: 0 } } });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("refuses an operation sent as text that no app declared", async () => {
    const response = await stack.query(`{ role(slug: "backend-developer") { title } }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
  });

  it("answers the web app's preflight from another origin", async () => {
    const preflight = await fetch(stack.gatewayUrl, {
      method: "OPTIONS",
      headers: {
        origin: APP_ORIGIN,
        "access-control-request-method": "GET",
        "access-control-request-headers": "apollo-require-preflight,authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/apollo-require-preflight/);
  });

  it("syncs two devices' offline practice to the same state whichever syncs first", async () => {
    const at = (hours: number) => new Date(Date.UTC(2026, 0, 5, 9) + hours * 3_600_000).toISOString();
    const phone = [
      { questionId: backend(1), rating: "GOOD", clientTime: at(0), idempotencyKey: "p-1" },
      { questionId: backend(1), rating: "EASY", clientTime: at(50), idempotencyKey: "p-2" },
    ];
    const laptop = [
      { questionId: backend(1), rating: "AGAIN", clientTime: at(24), idempotencyKey: "l-1" },
      { questionId: backend(2), rating: "HARD", clientTime: at(30), idempotencyKey: "l-2" },
    ];
    const states: unknown[] = [];
    for (const [user, batches] of [
      ["phone-first", [phone, laptop]],
      ["laptop-first", [laptop, phone]],
    ] as const) {
      const token = await stack.token(user);
      const outcomes: string[] = [];
      for (const events of batches) {
        const synced = await postPersisted<{ syncPractice: { results: { outcome: string }[] } }>(
          stack,
          "SyncPractice",
          { input: { events } },
          token,
        );
        expect(synced.body.errors).toBeUndefined();
        outcomes.push(...synced.body.data!.syncPractice.results.map((result) => result.outcome));
      }
      // the later batch's older events are rewound into the history, whichever came second
      expect(outcomes).toContain("REWOUND");
      const page = await fetch(
        persistedGetUrl(stack.gatewayUrl, hashOf("RolePage"), "RolePage", { slug: "backend-developer" }),
        { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${token}` } },
      );
      const role = ((await page.json()) as { data: { role: Record<string, unknown> } }).data.role;
      states.push({ myProgress: role.myProgress, questions: role.questions });
    }
    expect(states[0]).toEqual(states[1]);
    const events = await stack.progress.deps.db.dataSource.query<{ user_id: string; n: number }[]>(
      `SELECT user_id, count(*)::int AS n FROM progress.practice_event WHERE user_id IN ('phone-first', 'laptop-first') GROUP BY user_id ORDER BY user_id`,
    );
    expect(events).toEqual([
      { user_id: "laptop-first", n: 4 },
      { user_id: "phone-first", n: 4 },
    ]);
  });
});

describe("the apps' operations with automatic persisted queries (the default)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it("are known by hash without being registered first", async () => {
    const response = await fetch(
      persistedGetUrl(stack.gatewayUrl, hashOf("CatalogRoles"), "CatalogRoles", { first: 3 }),
      { headers: { "apollo-require-preflight": "true" } },
    );
    const body = (await response.json()) as { data: { roles: { edges: unknown[] } } };
    expect(body.data.roles.edges).toHaveLength(3);
  });

  describe("/dev/sign-in outside production", () => {
    const signIn = (body: unknown, origin?: string) =>
      fetch(new URL("/dev/sign-in", stack.gatewayUrl), {
        method: "POST",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      });

    it("mints a token the gateway accepts, with the roles asked for (LEARNER by default)", async () => {
      const response = await signIn({ sub: "dev-user" }, APP_ORIGIN);
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe(APP_ORIGIN);
      const { token } = (await response.json()) as { token: string };
      const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as {
        sub: string;
        roles: string[];
      };
      expect(claims).toMatchObject({ sub: "dev-user", roles: ["LEARNER"] });
      const viewer = await stack.query<{ viewer: { id: string } }>("{ viewer { id } }", {}, { token });
      expect(viewer.body.data).toEqual({ viewer: { id: "dev-user" } });
      const editor = (await (await signIn({ sub: "dev-editor", roles: ["EDITOR", "ANALYST"] })).json()) as {
        token: string;
      };
      expect(JSON.parse(Buffer.from(editor.token.split(".")[1], "base64url").toString())).toMatchObject({
        roles: ["EDITOR", "ANALYST"],
      });
    });

    it("refuses a missing or over-long user id and an unknown role, and takes 200 characters", async () => {
      for (const body of [{}, { sub: "" }, { sub: "u".repeat(201) }, { sub: "u", roles: ["ROOT"] }]) {
        const response = await signIn(body);
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: string }).error).toMatch(/^(sub|roles): /);
      }
      expect((await signIn({ sub: "u".repeat(200) })).status).toBe(200);
    });
  });
});

describe("/dev/sign-in in production", () => {
  it("does not exist", async () => {
    const config = testConfig("gateway", { NODE_ENV: "production" });
    const gateway = await createGatewayServer({
      config,
      logger: createLogger("gateway", "silent"),
      supergraphSdl: supergraphForGateway(readSupergraph()),
      subgraphUrls: {
        roles: "http://127.0.0.1:1/graphql",
        guides: "http://127.0.0.1:1/graphql",
        progress: "http://127.0.0.1:1/graphql",
      },
    });
    const { server } = await listen(gateway.app, 0, "127.0.0.1");
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/dev/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: APP_ORIGIN },
        body: JSON.stringify({ sub: "intruder" }),
      });
      expect(response.status).toBe(404);
    } finally {
      await closeServer(server, 0);
      await gateway.stop();
    }
  });
});
