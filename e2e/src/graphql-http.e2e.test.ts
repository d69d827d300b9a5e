import { auditServer, type AuditResult } from "graphql-http";
import { startStack, type Stack } from "./stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

/**
 * CSRF prevention refuses a GET or a simple-content-type POST unless it says it is not a browser's
 * form: every non-browser client (like the audit) sends `apollo-require-preflight`.
 */
const fetchAsClient = (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set("apollo-require-preflight", "true");
  return fetch(input, { ...init, headers });
};

describe("GraphQL over HTTP conformance (graphql-http's audit)", () => {
  let results: AuditResult[];
  beforeAll(async () => {
    stack.resetCounters();
    results = await auditServer({ url: stack.gatewayUrl, fetchFn: fetchAsClient });
  });

  it("passes every MUST and every SHOULD", async () => {
    const failures = await Promise.all(
      results
        .filter((result) => result.status !== "ok" && !result.name.startsWith("MAY"))
        .map(async (result) =>
          result.status === "ok"
            ? ""
            : `${result.name}: ${result.reason}${result.response ? ` (${result.response.status}: ${(await result.response.text()).slice(0, 200)})` : ""}`,
        ),
    );
    expect(failures).toEqual([]);
    // graphql-http 1.23 has 36 MUST and SHOULD audits (and 25 MAY)
    expect(results.filter((result) => !result.name.startsWith("MAY")).length).toBe(36);
  });

  it("runs all 61 audits, answering their `{ __typename }` queries without asking any subgraph", () => {
    expect(results.length).toBe(61);
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });
});

describe("status codes by media type", () => {
  const post = (accept: string) =>
    fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify({ query: "{ role(slug: " }),
    });

  it("answers a document that does not parse with 200 under application/json, 400 under graphql-response+json", async () => {
    const json = await post("application/json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    const graphqlResponse = await post("application/graphql-response+json");
    expect(graphqlResponse.status).toBe(400);
    expect(graphqlResponse.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    for (const response of [json, graphqlResponse])
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
      ).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("CORS outside production", () => {
  it("allows local pages (a front end on a dev server) and nothing else", async () => {
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:5173"])
      expect((await preflight(origin)).headers.get("access-control-allow-origin")).toBe(origin);
    for (const origin of ["https://localhost.evil.example", "http://localhost.evil.example:3000"])
      expect((await preflight(origin)).headers.get("access-control-allow-origin")).toBeNull();
  });
});
