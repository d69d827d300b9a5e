import { describeWith, waitFor } from "@careergraph/test-servers";
import { roleIdFor } from "@careergraph/content";
import { catalogServices, ContentStatus, QuestionType } from "@careergraph/roles";
import { freePort, TestRedis } from "@careergraph/test-servers";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/** Runs on the in-process cache, and on Redis when REDIS_URL is set (CI's second run). */
describe(`the seed page with the ${process.env.REDIS_URL ? "Redis" : "in-process"} cache`, () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const seedPage = async (token?: string) => {
    stack.resetCounters();
    const response = await stack.query<SeedPageData>(
      SEED_PAGE_QUERY,
      { slug: "backend-developer" },
      { token },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.role!.questions.edges.length).toBeGreaterThanOrEqual(16);
    return {
      response,
      statements: stack.statements(),
      calls: stack.gateway.gateway.subgraphCalls.snapshot(),
    };
  };

  it("costs an exact number of statements cold, and the same with 200 questions", async () => {
    await stack.clearCaches();
    const cold = await seedPage();
    // roles: the role by slug, its questions; then the four related roles and their questions; and
    // whether the role and its related roles are published, which guides asks. guides: the guide, the
    // related guides, the career guide. progress: nothing for an anonymous caller.
    expect(cold.statements).toEqual({ roles: 5, guides: 3, progress: 0 });
    expect(cold.calls).toEqual({ roles: 2, guides: 1, progress: 2 });

    const service = catalogServices(stack.roles.deps).questions;
    for (let n = 17; n <= 200; n++) {
      await service.create({
        roleId: roleIdFor("backend-developer"),
        prompt: `Backend question ${n}: how do you keep a service healthy under load?`,
        answerTip: "Cover limits, back-pressure and what you would measure.",
        type: QuestionType.TECHNICAL,
        topics: ["performance"],
        status: ContentStatus.PUBLISHED,
      });
    }
    await stack.clearCaches();
    const grown = await seedPage();
    expect(grown.response.body.data!.role!.questionCount).toBe(200);
    expect(grown.statements).toEqual(cold.statements);
  });

  it("costs zero SQL statements warm, in every subgraph", async () => {
    await seedPage();
    const warm = await seedPage();
    expect(warm.statements).toEqual({ roles: 0, guides: 0, progress: 0 });
    // A differently named operation misses any whole-response cache and still reaches no database.
    stack.resetCounters();
    const variant = await stack.query(SEED_PAGE_QUERY.replace("query SeedPage", "query SeedPageAgain"), {
      slug: "backend-developer",
    });
    expect(variant.body.errors).toBeUndefined();
    expect(stack.statements()).toEqual({ roles: 0, guides: 0, progress: 0 });
  });

  it("serves the authenticated page from the shared cache too, but keeps per-user data out of it", async () => {
    const token = await stack.token("cache-learner");
    await seedPage(token);
    const again = await seedPage(token);
    // progress is read per request (one statement per batch); the public content comes from the cache
    expect(again.statements.roles).toBe(0);
    expect(again.statements.guides).toBe(0);
    expect(again.statements.progress).toBeGreaterThan(0);
    expect(again.calls.progress).toBeGreaterThan(0);
  });

  it("shows a content change on the next read, including the counts shown through related guides", async () => {
    await stack.query(
      `{ role(slug: "software-engineer") { relatedGuides { role { slug questionCount } } } }`,
    );
    await seedPage();
    const service = catalogServices(stack.roles.deps).questions;
    const added = await service.create({
      roleId: roleIdFor("data-engineer"),
      prompt: "How do you backfill a year of data without disturbing the daily pipeline?",
      answerTip: "Talk about partitioned reruns, idempotent writes, resource isolation and validation.",
      type: QuestionType.SITUATIONAL,
      topics: ["data-pipelines"],
      status: ContentStatus.PUBLISHED,
    });
    const page = await seedPage();
    const dataEngineer = page.response.body.data!.role!.relatedGuides!.find(
      (g) => g.role?.slug === "data-engineer",
    )!;
    expect(dataEngineer.role!.questionCount).toBe(17);
    const other = await stack.query<{
      role: { relatedGuides: { role: { slug: string; questionCount: number } }[] };
    }>(`{ role(slug: "software-engineer") { relatedGuides { role { slug questionCount } } } }`);
    expect(
      other.body.data!.role.relatedGuides.find((g) => g.role.slug === "data-engineer")!.role.questionCount,
    ).toBe(17);
    await service.setStatus(added.id, ContentStatus.ARCHIVED);
    const after = await seedPage();
    expect(
      after.response.body.data!.role!.relatedGuides!.find((g) => g.role?.slug === "data-engineer")!.role!
        .questionCount,
    ).toBe(16);
  });

  it("makes one database fetch per key for 100 concurrent cold requests", async () => {
    await stack.clearCaches();
    stack.resetCounters();
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" }),
      ),
    );
    expect(responses.every((r) => r.status === 200 && r.body.data?.role?.title === "Backend Developer")).toBe(
      true,
    );
    expect(stack.statements()).toEqual({ roles: 5, guides: 3, progress: 0 });
  });

  it("says public for anonymous reads, private for authenticated ones, no-store for writes", async () => {
    const anonymous = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(anonymous.headers.get("cache-control")).toBe("max-age=60, public");
    const token = await stack.token("headers-learner");
    const authenticated = await stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });
    expect(authenticated.headers.get("cache-control")).toBe("private, no-store");
    const write = await stack.query(
      `mutation { recordPractice(input: { questionId: "00000000-0000-4000-8000-000000000000", rating: GOOD, idempotencyKey: "h" }) { progress { status } } }`,
      {},
      { token },
    );
    expect(write.headers.get("cache-control")).toBe("private, no-store");
    const anonymousWrite = await stack.query(`mutation { deleteNote(id: "x") }`);
    expect(anonymousWrite.headers.get("cache-control")).toBe("no-store");
  });
});

describeWith(["redis-server"], "Redis is never a single point of failure", () => {
  const CACHE_TIMEOUT_MS = 200;
  const readiness = async (stack: Stack) => {
    const urls = [stack.gatewayUrl, ...stack.subgraphs.map((s) => s.url)];
    return Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url.replace(/graphql$/, "readyz"));
        return [response.status, ((await response.json()) as { status: string }).status];
      }),
    );
  };
  const correctSeedPage = async (stack: Stack) => {
    const started = Date.now();
    const response = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.role!.questionCount).toBe(16);
    expect(response.body.data!.role!.relatedGuides!.map((g) => g.role!.questionCount)).toEqual([
      18, 15, 16, 16,
    ]);
    return Date.now() - started;
  };

  it("answers correctly and reports degraded when Redis is unreachable (a closed port)", async () => {
    const closed = await freePort();
    const stack = await startStack({
      env: { REDIS_URL: `redis://127.0.0.1:${closed}`, CACHE_TIMEOUT_MS: String(CACHE_TIMEOUT_MS) },
    });
    try {
      for (let i = 0; i < 3; i++) await correctSeedPage(stack);
      expect(await readiness(stack)).toEqual([
        [200, "degraded"],
        [200, "degraded"],
        [200, "degraded"],
        [200, "degraded"],
      ]);
    } finally {
      await stack.stop();
    }
  });

  it("keeps answering when a real Redis hangs or stops mid-test, and caches again when it returns", async () => {
    const redis = new TestRedis(await freePort());
    await redis.start();
    const stack = await startStack({
      env: { REDIS_URL: redis.url, CACHE_TIMEOUT_MS: String(CACHE_TIMEOUT_MS) },
    });
    try {
      await correctSeedPage(stack);
      stack.resetCounters();
      await correctSeedPage(stack);
      expect(stack.statements()).toEqual({ roles: 0, guides: 0, progress: 0 });
      expect((await readiness(stack)).map(([, status]) => status)).toEqual(["ok", "ok", "ok", "ok"]);

      redis.freeze();
      // every cache call gives up after the timeout; a request makes a few in sequence, never hangs
      const frozenMs = await correctSeedPage(stack);
      expect(frozenMs).toBeLessThan(30 * CACHE_TIMEOUT_MS);
      expect((await readiness(stack)).map(([code, status]) => `${code} ${status}`)).toEqual(
        Array(4).fill("200 degraded"),
      );
      redis.thaw();

      await redis.stop();
      await correctSeedPage(stack);
      expect((await readiness(stack)).map(([, status]) => status)).toEqual(Array(4).fill("degraded"));

      await redis.start();
      await waitFor("every server to say ready again", async () =>
        (await readiness(stack)).every(([, status]) => status === "ok"),
      );
      await correctSeedPage(stack);
      stack.resetCounters();
      await correctSeedPage(stack);
      expect(stack.statements()).toEqual({ roles: 0, guides: 0, progress: 0 });
    } finally {
      redis.thaw();
      await stack.stop();
      await redis.stop();
    }
  });
});
