import { describeWith, waitFor } from "@careergraph/test-servers";
import { questionIdFor } from "@careergraph/content";
import { startGateway } from "@careergraph/gateway";
import { createLogger } from "@careergraph/logger";
import { catalogServices, ContentStatus } from "@careergraph/roles";
import { postGraphQL, testConfig } from "@careergraph/testing";
import { startHangingProxy } from "./hanging-proxy";
import { metricValue, scrapeMetrics } from "./metrics-text";
import { freePort, TestRedis } from "@careergraph/test-servers";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

const ROLE_WITHOUT_PROGRESS = `query RoleOnly { role(slug: "backend-developer") { title relatedGuides { role { title } } } }`;

async function readyz(graphqlUrl: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/readyz"));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * One stack with a Redis of its own (so the gateway's response cache is on), whose subgraphs the
 * tests take off the network and put back.
 */
describeWith(["redis-server"], "a subgraph that is down, slow or pointing at archived content", () => {
  let redis: TestRedis;
  let stack: Stack;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    stack = await startStack({ env: { REDIS_URL: redis.url }, logs });
  });
  afterAll(async () => {
    await stack.stop();
    await redis.stop();
  });

  it("gives partial data and one error naming progress while it is down, and whole answers after", async () => {
    await stack.clearCaches();
    await stack.stopSubgraph("progress");
    try {
      logs.length = 0;
      const page = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
      expect(page.status).toBe(200);
      expect(page.body.data!.role!.title).toBe("Backend Developer");
      expect(page.body.data!.role!.questions.edges).toHaveLength(16);
      expect(page.body.data!.role!.relatedGuides).toHaveLength(4);
      expect(page.body.data!.role!.myProgress).toBeNull();
      expect(page.body.errors).toEqual([
        expect.objectContaining({
          extensions: { code: "SERVICE_UNAVAILABLE", service: "progress", reason: "unreachable" },
        }),
      ]);
      expect(page.headers.get("cache-control")).toBe("no-store");
      // one log line for it, and no internal error (no stack trace) anywhere
      expect(logs.filter((line) => line.subgraph === "progress" && line.level === 40)).toHaveLength(1);
      expect(logs.filter((line) => (line.level as number) >= 50)).toEqual([]);

      const ready = await readyz(stack.gatewayUrl);
      expect(ready).toEqual({
        status: 200,
        body: { status: "degraded", checks: { roles: "ok", guides: "ok", progress: "down", cache: "ok" } },
      });

      // the partial page is never stored: the next one asks the subgraphs again
      stack.resetCounters();
      await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" });
      expect(stack.gateway.gateway.subgraphCalls.snapshot().roles).toBeGreaterThan(0);

      // a whole answer that needs no progress is still cached while progress is down
      const first = await stack.query(ROLE_WITHOUT_PROGRESS);
      expect(first.body.errors).toBeUndefined();
      stack.resetCounters();
      const second = await stack.query(ROLE_WITHOUT_PROGRESS);
      expect(second.body).toEqual(first.body);
      expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
    } finally {
      await stack.restartSubgraph("progress");
    }
    const whole = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data!.role!.questions.edges).toHaveLength(16);
    expect((await readyz(stack.gatewayUrl)).body.status).toBe("ok");
  });

  it("keeps the role's own fields when guides is down", async () => {
    await stack.clearCaches();
    await stack.stopSubgraph("guides");
    try {
      const page = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
      expect(page.status).toBe(200);
      const role = page.body.data!.role!;
      expect(role.questionCount).toBe(16);
      expect(role.guide).toBeNull();
      expect(role.relatedGuides).toBeNull();
      expect(role.careerGuide).toBeNull();
      expect(page.body.errors!.map((error) => error.extensions)).toEqual([
        { code: "SERVICE_UNAVAILABLE", service: "guides", reason: "unreachable" },
      ]);
    } finally {
      await stack.restartSubgraph("guides");
    }
    const whole = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data!.role!.guide!.faqs).toHaveLength(5);
  });

  it("answers without a subgraph slower than its timeout, naming it", async () => {
    const proxy = await startHangingProxy(stack.guides.url);
    const gateway = await startGateway(
      testConfig("gateway", {
        ROLES_URL: stack.roles.url,
        GUIDES_URL: proxy.url,
        PROGRESS_URL: stack.progress.url,
        GUIDES_TIMEOUT_MS: "300",
      }),
      createLogger("test", "silent"),
    );
    try {
      const page = await postGraphQL<SeedPageData>(gateway.url, SEED_PAGE_QUERY, {
        slug: "backend-developer",
      });
      // the guides request was sent and never answered; the page came back anyway, without its fields
      expect(proxy.held).toBe(1);
      expect(page.status).toBe(200);
      expect(page.body.data!.role!.questions.edges).toHaveLength(16);
      expect(page.body.data!.role!.guide).toBeNull();
      expect(page.body.errors).toEqual([
        expect.objectContaining({
          message: "The guides service did not answer within 300 ms; its fields are missing",
          extensions: { code: "SERVICE_UNAVAILABLE", service: "guides", reason: "timeout" },
        }),
      ]);
    } finally {
      await gateway.stop();
      await proxy.close();
    }
  });

  it("leaves an archived related role out of the pages and paths that point at it", async () => {
    const { dataSource } = stack.roles.deps.db;
    await dataSource.query(`UPDATE roles.role SET status = 'ARCHIVED' WHERE slug = 'data-engineer'`);
    await stack.clearCaches();
    try {
      const page = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
      expect(page.body.errors).toBeUndefined();
      expect(page.body.data!.role!.title).toBe("Backend Developer");
      expect(page.body.data!.role!.relatedGuides!.map((g) => g.role?.slug ?? null)).toEqual([
        "software-engineer",
        "full-stack-developer",
        "devops-engineer",
      ]);

      const paths = await stack.query<{ learningPaths: { slug: string; roles: { title: string } | null }[] }>(
        `{ learningPaths { slug roles { title } } }`,
      );
      expect(paths.body.errors).toBeUndefined();
      const track = paths.body.data!.learningPaths.find((path) => path.slug === "data-career-track")!;
      expect(track.roles).toEqual([{ title: "Software Engineer" }, { title: "Backend Developer" }]);
      expect(paths.body.data!.learningPaths).toHaveLength(4);
    } finally {
      await dataSource.query(`UPDATE roles.role SET status = 'PUBLISHED' WHERE slug = 'data-engineer'`);
      await stack.clearCaches();
    }
  });

  it("keeps a learner's note on a question archived since, with the question null", async () => {
    const token = await stack.token("note-keeper");
    const questionId = questionIdFor("backend-developer", 3);
    const added = await stack.query<{ addNote: { id: string } }>(
      `mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`,
      { input: { questionId, body: "Idempotency keys, then retries." } },
      { token },
    );
    expect(added.body.errors).toBeUndefined();
    const service = catalogServices(stack.roles.deps).questions;
    await service.setStatus(questionId, ContentStatus.ARCHIVED);
    await stack.clearCaches();
    try {
      const notes = await stack.query<{
        viewer: { notes: { edges: { node: { body: string; question: { prompt: string } | null } }[] } };
      }>(`{ viewer { notes { edges { node { body question { prompt } } } } } }`, {}, { token });
      expect(notes.body.errors).toBeUndefined();
      expect(notes.body.data!.viewer.notes.edges).toEqual([
        { node: { body: "Idempotency keys, then retries.", question: null } },
      ]);
    } finally {
      await service.setStatus(questionId, ContentStatus.PUBLISHED);
      await stack.clearCaches();
    }
  });

  it("counts operations, subgraph fetches, cache lookups and pool connections at /metrics", async () => {
    const before = await scrapeMetrics(stack.gatewayUrl);
    const ok = { operation: "MetricsProbe", outcome: "ok" };
    const probe = `query MetricsProbe { role(slug: "devops-engineer") { title guide { headline } } }`;
    await stack.clearCaches();
    await stack.query(probe);
    await stack.query(probe);
    const after = await scrapeMetrics(stack.gatewayUrl);
    // the gateway and the subgraphs share this process's registry: the gateway's series are the ones labelled so
    const gatewayOk = { ...ok, service: "gateway" };
    expect(metricValue(after, "careergraph_graphql_requests_total", gatewayOk)).toBe(
      metricValue(before, "careergraph_graphql_requests_total", gatewayOk) + 2,
    );
    expect(metricValue(after, "careergraph_graphql_request_duration_seconds_count", gatewayOk)).toBe(
      metricValue(before, "careergraph_graphql_request_duration_seconds_count", gatewayOk) + 2,
    );
    // the first probe went to roles and guides, the second came from the gateway's cache
    for (const subgraph of ["roles", "guides"])
      expect(
        metricValue(after, "careergraph_subgraph_fetch_duration_seconds_count", { subgraph, outcome: "ok" }),
      ).toBe(
        metricValue(before, "careergraph_subgraph_fetch_duration_seconds_count", {
          subgraph,
          outcome: "ok",
        }) + 1,
      );
    const missesBefore = metricValue(before, "careergraph_cache_lookups_total", {
      kind: "roles:role-slug",
      result: "miss",
    });
    expect(
      metricValue(after, "careergraph_cache_lookups_total", { kind: "roles:role-slug", result: "miss" }),
    ).toBe(missesBefore + 1);
    expect(after).toMatch(/careergraph_db_pool_connections\{schema="roles",state="in_use"\} \d+/);
    expect(after).toMatch(/careergraph_db_pool_connections\{schema="roles",state="waiting"\} 0/);
    expect(after).toContain("# TYPE careergraph_rate_limit_refusals_total counter");

    await stack.stopSubgraph("guides");
    try {
      await stack.query(probe.replace("MetricsProbe", "MetricsProbeDown"));
    } finally {
      await stack.restartSubgraph("guides");
    }
    const down = await scrapeMetrics(stack.gatewayUrl);
    expect(
      metricValue(down, "careergraph_subgraph_fetch_errors_total", {
        subgraph: "guides",
        reason: "unreachable",
      }),
    ).toBe(
      metricValue(after, "careergraph_subgraph_fetch_errors_total", {
        subgraph: "guides",
        reason: "unreachable",
      }) + 1,
    );
    expect(
      metricValue(down, "careergraph_graphql_requests_total", {
        service: "gateway",
        operation: "MetricsProbeDown",
        outcome: "partial",
      }),
    ).toBe(1);
  });
});

describe("ids and slugs that cannot exist", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it("are answered null without reaching the cache or the database", async () => {
    await stack.query(`{ role(slug: "backend-developer") { title } }`);
    const before = await scrapeMetrics(stack.gatewayUrl);
    stack.resetCounters();
    const impossible = await stack.query<Record<string, unknown>>(
      `query Impossible($slug: String!, $id: ID!) {
        role(slug: $slug) { title }
        question(id: $id) { prompt }
        learningPath(slug: $slug) { title }
      }`,
      { slug: "Robert'); DROP TABLE roles.role;--", id: "not-a-uuid" },
    );
    expect(impossible.body.errors).toBeUndefined();
    expect(impossible.body.data).toMatchObject({ role: null, question: null, learningPath: null });
    const after = await scrapeMetrics(stack.gatewayUrl);
    for (const kind of ["roles:role-slug", "roles:question"])
      expect(metricValue(after, "careergraph_cache_lookups_total", { kind })).toBe(
        metricValue(before, "careergraph_cache_lookups_total", { kind }),
      );
    expect(stack.statements().roles).toBe(0);
  });
});

describe("the gateway starting before its subgraphs", () => {
  it("waits for every subgraph's readiness, logging each, and then answers the first query in full", async () => {
    // the subgraphs' processes are "not started yet": their ports refuse until the gateway is waiting
    const stack = await startStack();
    const names = ["roles", "guides", "progress"] as const;
    for (const name of names) await stack.stopSubgraph(name);
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger("gateway", "info", {
      write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    try {
      const starting = startGateway(
        testConfig("gateway", {
          ROLES_URL: stack.roles.url,
          GUIDES_URL: stack.guides.url,
          PROGRESS_URL: stack.progress.url,
        }),
        logger,
      );
      const waiting = (name: string) => logs.some((line) => line.msg === `waiting for subgraph ${name}`);
      await waitFor("the gateway to wait for every subgraph", () => names.every(waiting));
      for (const name of names) await stack.restartSubgraph(name);
      const gateway = await starting;
      try {
        const page = await postGraphQL<SeedPageData>(gateway.url, SEED_PAGE_QUERY, {
          slug: "backend-developer",
        });
        expect(page.body.errors).toBeUndefined();
        expect(page.body.data!.role!.questions.edges).toHaveLength(16);
        expect(page.body.data!.role!.guide).not.toBeNull();
        const messages = logs.map((line) => line.msg);
        for (const name of names) expect(messages).toContain(`subgraph ${name} is ready`);
        expect((await readyz(gateway.url)).body.status).toBe("ok");
      } finally {
        await gateway.stop();
      }
    } finally {
      await stack.stop();
    }
  });

  it("gives up, naming the missing subgraphs, after its startup timeout", async () => {
    const port = await freePort();
    const closed = `http://127.0.0.1:${port}/graphql`;
    await expect(
      startGateway(
        testConfig("gateway", {
          ROLES_URL: closed,
          GUIDES_URL: closed,
          PROGRESS_URL: closed,
          SUBGRAPH_STARTUP_TIMEOUT_MS: "600",
        }),
        createLogger("test", "silent"),
      ),
    ).rejects.toThrow("subgraphs not ready after 600 ms: roles, guides, progress");
  });
});
