import { SignJWT } from "jose";
import { errorCodes } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

const PRODUCTION_SECRET = "the-production-secret-nobody-has-seen";
/** The development secret an earlier version committed: anyone could have it. */
const LEAKED_DEVELOPMENT_SECRET = "careergraph-development-secret-do-not-use-in-production";
const ALLOWED_ORIGIN = "https://app.careergraph.example";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    env: {
      NODE_ENV: "production",
      ANALYTICS_PSEUDONYM_SECRET: "the-production-pseudonym-key-of-tests",
      AUTH_JWT_SECRET: PRODUCTION_SECRET,
      AUTH_MAX_TOKEN_AGE: "1h",
      CORS_ORIGINS: ALLOWED_ORIGIN,
      // these tests send operations as text (production's default is the registered ones only)
      PERSISTED_QUERIES: "apq",
    },
  });
});
afterAll(() => stack.stop());

const now = () => Math.floor(Date.now() / 1000);
const sign = (claims: { iat?: number; exp?: number }, secret = PRODUCTION_SECRET) => {
  let jwt = new SignJWT({ roles: ["ADMIN"] }).setProtectedHeader({ alg: "HS256" }).setSubject("mallory");
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(secret));
};
const unsigned = () =>
  [
    { alg: "none", typ: "JWT" },
    { sub: "mallory", roles: ["ADMIN"], iat: now(), exp: now() + 600 },
  ]
    .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
    .join(".") + ".";

/** Raw HTTP to a `/graphql` endpoint, for what a GraphQL client would never send. */
async function send(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

describe("tokens, against a production gateway", () => {
  it.each([
    [
      "signed with another secret",
      () => sign({ iat: now(), exp: now() + 600 }, "some-other-secret-of-length"),
    ],
    [
      "signed with the leaked development secret",
      () => sign({ iat: now(), exp: now() + 600 }, LEAKED_DEVELOPMENT_SECRET),
    ],
    ["unsigned (alg none)", async () => unsigned()],
    ["without exp", () => sign({ iat: now() })],
    ["living longer than AUTH_MAX_TOKEN_AGE", () => sign({ iat: now(), exp: now() + 3601 })],
  ])("refuses a token %s: 401 UNAUTHENTICATED, no subgraph asked", async (_case, makeToken) => {
    stack.resetCounters();
    const response = await stack.query(
      `{ viewer { id } role(slug: "backend-developer") { title } }`,
      {},
      {
        token: await makeToken(),
      },
    );
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.body.data ?? null).toBeNull();
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });

  it("accepts a token living exactly AUTH_MAX_TOKEN_AGE", async () => {
    const iat = now();
    const response = await stack.query(
      `{ viewer { id } }`,
      {},
      { token: await sign({ iat, exp: iat + 3600 }) },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ viewer: { id: "mallory" } });
  });
});

describe("production posture", () => {
  const introspection = `{ __schema { queryType { name } } }`;

  it("refuses introspection at the gateway and at each subgraph, which still serve _service { sdl }", async () => {
    const atGateway = await stack.query(introspection);
    expect(errorCodes(atGateway)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(atGateway.body.data ?? null).toBeNull();
    for (const subgraph of stack.subgraphs) {
      const introspectionQuery = JSON.stringify({ query: introspection });
      const direct = await send(subgraph.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...stack.signatureFor(subgraph.url, introspectionQuery),
        },
        body: introspectionQuery,
      });
      expect(direct.text).toMatch(/GRAPHQL_VALIDATION_FAILED/);
      expect(direct.text).not.toMatch(/"queryType"/);
      const sdlQuery = JSON.stringify({ query: "{ _service { sdl } }" });
      const sdl = await send(subgraph.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...stack.signatureFor(subgraph.url, sdlQuery) },
        body: sdlQuery,
      });
      expect(JSON.parse(sdl.text).data._service.sdl).toMatch(/@key/);
    }
  });

  it("keeps /metrics and the detailed readiness on each server's admin port", async () => {
    const servers = [
      { port: stack.gateway.port, adminPort: stack.gateway.adminPort },
      ...stack.subgraphs.map((subgraph) => ({ port: subgraph.port, adminPort: subgraph.adminPort })),
    ];
    for (const { port, adminPort } of servers) {
      const at = (p: number | undefined, path: string) => fetch(`http://127.0.0.1:${p}${path}`);
      expect(adminPort).toEqual(expect.any(Number));
      expect((await at(port, "/metrics")).status).toBe(404);
      expect(await (await at(port, "/readyz")).json()).toEqual({ status: "ok" });
      expect((await at(adminPort, "/metrics")).status).toBe(200);
      expect(await (await at(adminPort, "/readyz")).json()).toMatchObject({
        status: "ok",
        checks: expect.any(Object),
      });
    }
  });

  it("answers no unsigned call at a subgraph: 401 before the operation is read", async () => {
    for (const subgraph of stack.subgraphs) {
      const unsigned = await send(subgraph.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ _service { sdl } }" }),
      });
      expect(unsigned.status).toBe(401);
      expect(JSON.parse(unsigned.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("gives no field suggestions and no stack traces", async () => {
    const response = await stack.query(`{ role(slug: "backend-developer") { titl summry } }`);
    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_VALIDATION_FAILED"]);
    const text = JSON.stringify(response.body);
    expect(text).toContain('Cannot query field \\"titl\\" on type \\"Role\\".');
    expect(text).not.toMatch(/Did you mean|title|summary|stacktrace/);
  });

  it("masks an internal error, giving the request id that leads to its log line", async () => {
    const unknownEntity = JSON.stringify({
      query: `{ _entities(representations: [{ __typename: "NoSuchType", id: "1" }]) { __typename } }`,
    });
    const response = await send(stack.progress.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": "masked-error-1",
        ...stack.signatureFor(stack.progress.url, unknownEntity),
      },
      body: unknownEntity,
    });
    const body = JSON.parse(response.text) as { errors: { message: string; extensions: object }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "masked-error-1" },
      }),
    ]);
    expect(response.text).not.toMatch(/NoSuchType|stacktrace|node_modules/);
  });

  it("prevents CSRF: a GET or a simple-content-type POST without the preflight header is refused", async () => {
    const get = await send(`${stack.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, {
      method: "GET",
    });
    expect(get.status).toBe(400);
    expect(get.text).toMatch(/CSRF/);
    const form = await send(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(form.status).toBe(400);
    const preflighted = await send(`${stack.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, {
      method: "GET",
      headers: { "apollo-require-preflight": "true" },
    });
    expect(JSON.parse(preflighted.text)).toEqual({
      extensions: { cost: expect.any(Object) },
      data: { __typename: "Query" },
    });
  });

  it("shows no landing page to a browser", async () => {
    const page = await send(stack.gatewayUrl, { method: "GET", headers: { accept: "text/html" } });
    expect(page.headers.get("content-type") ?? "").not.toMatch(/html/);
    expect(page.text).not.toMatch(/<html|<script/i);
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(stack.gatewayUrl, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });

  it("answers the preflight of an allowed origin, echoing it and the headers it may send", async () => {
    const response = await preflight(ALLOWED_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type.*authorization/);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const actual = await stack.query(`{ __typename }`, {}, { headers: { origin: ALLOWED_ORIGIN } });
    expect(actual.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(actual.headers.get("vary")).toMatch(/Origin/);
  });

  it("allows no other origin, not even localhost in production", async () => {
    for (const origin of [
      "https://evil.example",
      "http://localhost:3000",
      `${ALLOWED_ORIGIN}.evil.example`,
    ]) {
      const response = await preflight(origin);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      const actual = await stack.query(`{ __typename }`, {}, { headers: { origin } });
      expect(actual.headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});

describe("bodies that are not one GraphQL request", () => {
  const targets = () => [
    ["the gateway", stack.gatewayUrl],
    ...stack.subgraphs.map((subgraph) => [`the ${subgraph.name} subgraph`, subgraph.url]),
  ];

  it("answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE in JSON, and asks no subgraph", async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(1024 * 1024) } });
    for (const [, url] of targets()) {
      stack.resetCounters();
      const response = await send(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(response.status).toBe(413);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(response.text).errors[0].extensions).toEqual({ code: "PAYLOAD_TOO_LARGE" });
      expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
    }
  });

  it("accepts a body just under 1 MB", async () => {
    const query = `{ __typename }`;
    const overhead = JSON.stringify({ query, variables: { padding: "" } }).length;
    const body = JSON.stringify({ query, variables: { padding: "x".repeat(1024 * 1024 - overhead) } });
    expect(body.length).toBe(1024 * 1024);
    const response = await send(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({
      extensions: { cost: expect.any(Object) },
      data: { __typename: "Query" },
    });
  });

  it("answers a body that is not JSON with 400 BAD_REQUEST in JSON: no HTML, no stack, no file path", async () => {
    for (const [, url] of targets()) {
      const body = `{"query": "{ __typename }"`;
      // a subgraph reads no body of an unsigned caller in production: signed, as the gateway's are
      const signature = url === stack.gatewayUrl ? {} : stack.signatureFor(url, body);
      const response = await send(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signature },
        body,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(JSON.parse(response.text)).toEqual({
        errors: [{ message: "the request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
      });
      expect(response.text).not.toMatch(/<html|node_modules|at \w+ \(/);
    }
  });

  // (a subgraph takes small batches, which the gateway sends it: see subgraph-batching.e2e.test.ts)
  it("refuses an array batch at the gateway with BATCHING_NOT_SUPPORTED, running none of it", async () => {
    stack.resetCounters();
    const response = await send(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: `{ roles(first: 1) { totalCount } }` }, { query: `{ __typename }` }]),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).errors[0].extensions).toEqual({ code: "BATCHING_NOT_SUPPORTED" });
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });
});
