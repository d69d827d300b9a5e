import { describeWith } from "@careergraph/test-servers";
import { spawnSync } from "node:child_process";
import { errorCodes, postGraphQL, type GraphQLResponse } from "@careergraph/testing";
import { TestRedis, freePort } from "@careergraph/test-servers";
import { SEED_PAGE_QUERY } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

const LIMITS = {
  MAX_OPERATION_COST: "1000",
  MAX_DEPTH: "10",
  MAX_ALIASES: "20",
  MAX_TOKENS: "12000",
  MAX_DIRECTIVES: "10",
};

/** `role { questions { edges { node { role … } } } }` nested `levels` times. */
function nestedRoles(levels: number, first: number): string {
  let inner = "id";
  for (let i = 0; i < levels; i++)
    inner = `role { questions(first: ${first}) { edges { node { ${inner} } } } }`;
  return `{ question(id: "x") { ${inner} } }`;
}

/** The response leaks nothing: no stack trace, no schema hint. */
function expectNoLeak(response: GraphQLResponse<unknown>): void {
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/stacktrace|\bat \w+ \(|Did you mean|node_modules|\.ts:\d/);
}

describe("operation limits (one stack with LIMITS)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: LIMITS });
  });
  afterAll(() => stack.stop());

  describe("at the gateway", () => {
    const refused = async (
      query: string,
      code: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<unknown>> => {
      stack.resetCounters();
      const response = await stack.query(query, variables);
      expect(errorCodes(response)).toEqual([code]);
      expect(response.body.data ?? null).toBeNull();
      expectNoLeak(response);
      expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
      return response;
    };

    it("serves the seed page, anonymous and signed in, and reports its cost", async () => {
      const anonymous = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" });
      expect(anonymous.body.errors).toBeUndefined();
      const extensions = (
        anonymous.body as { extensions?: { cost?: { requested: number; actual: number; limit: number } } }
      ).extensions;
      expect(extensions?.cost?.limit).toBe(1000);
      expect(extensions?.cost?.requested).toBeGreaterThan(100);
      expect(extensions?.cost?.requested).toBeLessThan(1000);
      // what came back: 16 questions, not the 50 asked for, and no progress for an anonymous caller
      expect(extensions?.cost?.actual).toBeGreaterThan(16 * 2);
      expect(extensions?.cost?.actual).toBeLessThan(extensions!.cost!.requested);
      const token = await stack.token("limits-user");
      const signedIn = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });
      expect(signedIn.body.errors).toBeUndefined();
      expect((signedIn.body.data as { role: { myProgress: unknown } }).role.myProgress).toEqual({
        readiness: 0,
      });
    });

    it("refuses 25 levels of role → questions → role with DEPTH_LIMIT_EXCEEDED", async () => {
      const response = await refused(nestedRoles(25, 2), "DEPTH_LIMIT_EXCEEDED");
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0].extensions?.limit).toBe(10);
    });

    it("refuses a cycle with large pages by its cost, stating the cost and the limit", async () => {
      const response = await refused(nestedRoles(2, 100), "COST_LIMIT_EXCEEDED");
      const extensions = response.body.errors?.[0].extensions;
      expect(extensions?.limit).toBe(1000);
      expect(extensions?.cost).toBeGreaterThan(1000);
      expect(response.body.errors?.[0].message).toContain(String(extensions?.cost));
    });

    it("refuses 1,000 aliases, duplicated fields and many directives, each with its code", async () => {
      const aliases = Array.from(
        { length: 1000 },
        (_, i) => `a${i}: role(slug: "backend-developer") { title }`,
      ).join(" ");
      await refused(`{ ${aliases} }`, "ALIAS_LIMIT_EXCEEDED");
      const duplicated = Array.from({ length: 13000 }, () => "title").join(" ");
      await refused(`{ role(slug: "backend-developer") { ${duplicated} } }`, "TOKEN_LIMIT_EXCEEDED");
      const directives = Array.from({ length: 50 }, () => "@include(if: true)").join(" ");
      await refused(
        `{ role(slug: "backend-developer") { title ${directives} } }`,
        "DIRECTIVE_LIMIT_EXCEEDED",
      );
      await refused(
        `{ role(slug: "backend-developer") { title @skip(if: false) @skip(if: false) } }`,
        "GRAPHQL_VALIDATION_FAILED",
      );
    });

    it("refuses circular fragments", async () => {
      await refused(
        `query { role(slug: "backend-developer") { ...A } }
       fragment A on Role { title ...B }
       fragment B on Role { slug ...A }`,
        "GRAPHQL_VALIDATION_FAILED",
      );
    });

    it("refuses array batches: a hostile operation in one by its limit, any batch as unsupported", async () => {
      const post = async (body: unknown) => {
        stack.resetCounters();
        const response = await fetch(stack.gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const parsed = { status: response.status, headers: response.headers, body: await response.json() };
        expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
        expectNoLeak(parsed);
        return parsed as GraphQLResponse<unknown>;
      };
      const cheap = { query: `{ roles(first: 1) { totalCount } }` };
      // the gateway serves one operation per request: any batch, hostile or not, is refused whole
      for (const body of [
        [cheap, { query: nestedRoles(25, 2) }],
        [cheap, cheap],
      ]) {
        const batch = await post(body);
        expect(batch.status).toBe(400);
        expect(errorCodes(batch)).toEqual(["BATCHING_NOT_SUPPORTED"]);
      }
    });

    it("refuses first out of 0..100, literal or from a variable, naming the argument", async () => {
      for (const [query, variables] of [
        [`{ roles(first: 1000000) { totalCount } }`, {}],
        [`{ roles(first: -1) { totalCount } }`, {}],
        [`query($n: Int) { roles(first: $n) { totalCount } }`, { n: 101 }],
        [`query($n: Int = -5) { roles(first: $n) { totalCount } }`, {}],
      ] as const) {
        const response = await refused(query, "BAD_USER_INPUT", variables);
        expect(response.body.errors?.[0].extensions?.field).toBe("first");
        // a request error, never a server's: 200 under application/json, as GraphQL over HTTP asks
        expect(response.status).toBe(200);
      }
      const strict = await stack.query(
        `{ roles(first: 101) { totalCount } }`,
        {},
        {
          headers: { accept: "application/graphql-response+json" },
        },
      );
      expect(strict.status).toBe(400);
      expect(strict.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      const edge = await stack.query(
        `{ roles(first: 100) { totalCount } a: roles(first: 0) { totalCount } }`,
      );
      expect(edge.body.errors).toBeUndefined();
    });

    it("accepts an operation at each limit and refuses one just over it", async () => {
      // depth: question > role > questions > edges > node > role > questions > edges > node > id is 10
      const atDepth = `{ question(id: "x") { role { questions(first: 1) { edges { node { role { questions(first: 1) { edges { node { id } } } } } } } } } }`;
      expect(errorCodes(await stack.query(atDepth))).toEqual([]);
      const overDepth = atDepth.replace("node { id }", "node { role { id } }");
      await refused(overDepth, "DEPTH_LIMIT_EXCEEDED");

      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(" ")} }`;
      expect(errorCodes(await stack.query(aliases(20)))).toEqual([]);
      await refused(aliases(21), "ALIAS_LIMIT_EXCEEDED");

      // cost: a page of roles is the connection 1 + 100 × (edge 1 + role 1)
      const costOf = async (query: string) =>
        ((await stack.query(query)).body as { extensions?: { cost?: { requested: number } } }).extensions
          ?.cost?.requested;
      const pages = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `p${i}: roles(first: 100) { edges { node { slug } } }`).join(" ")} }`;
      expect(await costOf(pages(1))).toBe(201);
      // 4 pages (804) + a question (1) + a role (1) with relatedGuides(first: n) at n × (guide 1 + role 1)
      const exactly = (related: number) =>
        `{ ${Array.from({ length: 4 }, (_, i) => `p${i}: roles(first: 100) { edges { node { slug } } }`).join(" ")} question(id: "x") { id } role(slug: "backend-developer") { relatedGuides(first: ${related}) { role { slug } } } }`;
      const atLimit = await stack.query(exactly(97));
      expect(errorCodes(atLimit)).toEqual([]);
      expect(
        (atLimit.body as { extensions?: { cost?: { requested: number } } }).extensions?.cost?.requested,
      ).toBe(1000);
      const over = await refused(exactly(98), "COST_LIMIT_EXCEEDED");
      expect(over.body.errors?.[0].extensions?.cost).toBe(1002);
    });
  });

  describe("in each subgraph (defence in depth)", () => {
    it("refuses the deep query sent straight to the roles subgraph", async () => {
      const response = await postGraphQL(stack.roles.url, nestedRoles(25, 2));
      expect(errorCodes(response)).toEqual(["DEPTH_LIMIT_EXCEEDED"]);
      expectNoLeak(response);
      const costly = await postGraphQL(stack.roles.url, nestedRoles(2, 100));
      expect(errorCodes(costly)).toEqual(["COST_LIMIT_EXCEEDED"]);
    });

    it("serves the gateway's own entity fetches for the seed page", async () => {
      const token = await stack.token("subgraph-limits");
      const response = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });
      expect(response.body.errors).toBeUndefined();
      expect(stack.gateway.gateway.subgraphCalls.snapshot()).toMatchObject({ roles: expect.any(Number) });
    });
  });
});

describe("rate limits by cost (in process)", () => rateLimitSuite(false));
describeWith(["redis-server"], "rate limits by cost (in Redis)", () => rateLimitSuite(true));

function rateLimitSuite(withRedis: boolean): void {
  let stack: Stack;
  let redis: TestRedis | undefined;
  const RATE = {
    ...LIMITS,
    RATE_LIMIT_WINDOW_SECONDS: "2",
    RATE_LIMIT_ANONYMOUS_POINTS: "30",
    RATE_LIMIT_LEARNER_POINTS: "60",
    RATE_LIMIT_EDITOR_POINTS: "90",
    RATE_LIMIT_ANALYST_POINTS: "120",
  };
  const cheap = `{ role(slug: "backend-developer") { title } }`; // cost 1, plus 1 per request

  beforeAll(async () => {
    redis = withRedis ? new TestRedis(await freePort()) : undefined;
    await redis?.start();
    stack = await startStack({ env: { ...RATE, ...(redis ? { REDIS_URL: redis.url } : { REDIS_URL: "" }) } });
  });
  afterAll(async () => {
    await stack.stop();
    await redis?.stop();
  });

  /** Waits until the current window (2 s) has surely ended; nothing is asserted about time. */
  const freshWindow = () => new Promise((resolve) => setTimeout(resolve, 2100));

  it("puts RateLimit headers on every response, refused ones too", async () => {
    await freshWindow();
    const ok = await stack.query(cheap);
    expect(ok.headers.get("ratelimit-limit")).toBe("30");
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBe(28);
    expect(Number(ok.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    const bad = await stack.query(nestedRoles(25, 2));
    expect(errorCodes(bad)).toEqual(["DEPTH_LIMIT_EXCEEDED"]);
    expect(bad.headers.get("ratelimit-remaining")).toBe("27");
    if (redis) {
      // the counter is in Redis (shared by every gateway replica), under this stack's namespace
      const keys = spawnSync(
        "redis-cli",
        ["-p", String(redis.port), "--scan", "--pattern", "*:rate:anonymous*"],
        {
          encoding: "utf8",
        },
      );
      expect(keys.stdout.trim().split("\n")).toHaveLength(1);
      expect(keys.stdout).toMatch(/^test-[0-9a-f]{8}:rate:anonymous/);
    }
  });

  it("answers 429 RATE_LIMITED with Retry-After over budget, and serves again after the window", async () => {
    await freshWindow();
    stack.resetCounters();
    let response = await stack.query(cheap);
    let served = 0;
    while (response.status === 200) {
      served++;
      response = await stack.query(cheap);
    }
    expect(served).toBe(15); // 30 points, 2 each
    expect(response.status).toBe(429);
    expect(errorCodes(response)).toEqual(["RATE_LIMITED"]);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(response.headers.get("ratelimit-remaining")).toBe("0");
    expectNoLeak(response);
    const subgraphRequests = stack.gateway.gateway.subgraphCalls.snapshot().roles;
    await stack.query(cheap);
    expect(stack.gateway.gateway.subgraphCalls.snapshot().roles).toBe(subgraphRequests);
    await freshWindow();
    const recovered = await stack.query(cheap);
    expect(recovered.status).toBe(200);
    expect(recovered.body.errors).toBeUndefined();
  });

  it("keeps separate budgets per user and per address", async () => {
    await freshWindow();
    let anonymous = await stack.query(cheap);
    while (anonymous.status === 200) anonymous = await stack.query(cheap);
    expect(anonymous.status).toBe(429);
    const alice = await stack.token("alice");
    const bob = await stack.token("bob");
    const aliceResponse = await stack.query(cheap, {}, { token: alice });
    expect(aliceResponse.status).toBe(200);
    expect(aliceResponse.headers.get("ratelimit-limit")).toBe("60");
    let spent = aliceResponse;
    while (spent.status === 200) spent = await stack.query(cheap, {}, { token: alice });
    expect(spent.status).toBe(429);
    const bobResponse = await stack.query(cheap, {}, { token: bob });
    expect(bobResponse.status).toBe(200);
    expect(bobResponse.headers.get("ratelimit-remaining")).toBe("58");
    // content and analytics tools have budgets of their own
    const editor = await stack.query(cheap, {}, { token: await stack.token("carol", ["EDITOR"]) });
    expect(editor.headers.get("ratelimit-limit")).toBe("90");
    const analyst = await stack.query(cheap, {}, { token: await stack.token("dan", ["ANALYST"]) });
    expect(analyst.headers.get("ratelimit-limit")).toBe("120");
    const admin = await stack.query(cheap, {}, { token: await stack.token("erin", ["ADMIN"]) });
    expect(admin.headers.get("ratelimit-limit")).toBe("120");
  });

  if (withRedis)
    it("falls back to counting in process when Redis stops", async () => {
      await redis!.stop();
      await freshWindow();
      let response = await stack.query(cheap);
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBe("30");
      let served = 0;
      while (response.status === 200) {
        served++;
        response = await stack.query(cheap);
      }
      expect(served).toBe(15);
      expect(response.status).toBe(429);
      expect(errorCodes(response)).toEqual(["RATE_LIMITED"]);
    });
}

describe("rate limits behind a trusted proxy (TRUSTED_PROXIES)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: {
        TRUSTED_PROXIES: "loopback",
        RATE_LIMIT_ANONYMOUS_POINTS: "10",
        RATE_LIMIT_WINDOW_SECONDS: "60",
      },
    });
  });
  afterAll(() => stack.stop());

  const cheap = `{ role(slug: "backend-developer") { title } }`; // 2 points a request
  const from = (address: string) => stack.query(cheap, {}, { headers: { "x-forwarded-for": address } });

  it("gives each client behind the proxy a budget of its own", async () => {
    let response = await from("203.0.113.1");
    let served = 0;
    while (response.status === 200) {
      served++;
      response = await from("203.0.113.1");
    }
    expect(served).toBe(5);
    expect(errorCodes(response)).toEqual(["RATE_LIMITED"]);
    const other = await from("203.0.113.2");
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe("8");
  });
});
