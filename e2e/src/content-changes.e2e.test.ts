import { describeWith, PG_SERVER_URL, waitFor } from "@careergraph/test-servers";
import "reflect-metadata";
import type { UserRole } from "@careergraph/auth";
import { questionIdFor, roleIdFor } from "@careergraph/content";
import { createLogger } from "@careergraph/logger";
import { rolesSubgraph } from "@careergraph/roles";
import { CONTENT_CHANGES_PATH, internalKey, signRequest } from "@careergraph/internal-calls";
import { startSubgraph, type RunningSubgraph } from "@careergraph/service";
import {
  createTestDatabase,
  errorCodes,
  postGraphQL,
  testConfig,
  type TestDatabase,
} from "@careergraph/testing";
import { freePort, TestRedis } from "@careergraph/test-servers";
import { startStack, type Stack } from "./stack";
import { TcpProxy } from "./tcp-proxy";

/**
 * Content writes reach every cache that may hold what they changed, at once: the writing replica's,
 * the other replicas' (one Redis), progress's copy of the catalog, and the gateway's whole responses.
 * A delivery that fails (Redis cut off) stays in the outbox and is retried until it lands.
 *
 * The stack runs on PostgreSQL in both CI passes: two replicas of roles need one database.
 */

const NAMESPACE = `changes-${process.pid}`;

let redis: TestRedis;
let redisProxy: TcpProxy;
let database: TestDatabase;
let stack: Stack;
/** A second roles replica on the same database and Redis; the gateway never calls it. */
let otherReplica: RunningSubgraph;

describeWith(["postgres", "redis-server"], "content changes across replicas", () => {
  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    redisProxy = new TcpProxy({ host: "127.0.0.1", port: redis.port }, await freePort());
    await redisProxy.open();
    database = await createTestDatabase("careergraph_changes", { serverUrl: PG_SERVER_URL });
    const env = { REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`, CACHE_NAMESPACE: NAMESPACE };
    stack = await startStack({ databaseUrl: database.url, env });
    otherReplica = await startSubgraph(
      rolesSubgraph,
      testConfig("roles", {
        ...env,
        DATABASE_URL: database.url!,
        PROGRESS_URL: stack.progress.url,
        GUIDES_URL: stack.guides.url,
        PORT: "0",
      }),
      { dataDir: null, logger: createLogger("test", "silent") },
    );
  });

  afterAll(async () => {
    await otherReplica?.stop();
    await stack?.stop();
    await database?.drop();
    await redisProxy?.cut();
    await redis?.stop();
  });

  const tokenOf = (roles: UserRole[]) => stack.token(`user-${roles.join("-").toLowerCase()}`, roles);

  /** A write sent to the other replica, as a load balancer might. */
  async function onOtherReplica<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await postGraphQL<T>(otherReplica.url, query, variables, {
      token: await tokenOf(["EDITOR"]),
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  const ROLE_PAGE = `query($slug: String!) {
    role(slug: $slug) {
      id title version questionCount
      myProgress { readiness masteredCount }
      relatedGuides { role { slug questionCount } }
    }
  }`;
  interface RolePage {
    role: {
      id: string;
      title: string;
      version: number;
      questionCount: number;
      myProgress: { readiness: number; masteredCount: number } | null;
      relatedGuides: { role: { slug: string; questionCount: number } | null }[];
    };
  }
  const UPDATE_ROLE = `mutation($input: UpdateRoleInput!) { updateRole(input: $input) { role { id title version } } }`;
  const ARCHIVE_QUESTION = `mutation($input: ChangeStatusInput!) { archiveQuestion(input: $input) { question { id status version } } }`;
  const QUESTION = `query($id: ID!) { question(id: $id) { id version } }`;
  const RECORD = `mutation($input: RecordPracticeInput!) {
    recordPractice(input: $input) { progress { status attempts } }
  }`;

  async function rolePage(slug: string, token?: string): Promise<RolePage["role"]> {
    const response = await stack.query<RolePage>(ROLE_PAGE, { slug }, { token });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.role;
  }

  async function pendingChanges(): Promise<number> {
    const [{ count }]: { count: number }[] = await stack.roles.deps.db.dataSource.query(
      `SELECT count(*)::int AS count FROM roles.content_change WHERE cardinality(pending) > 0`,
    );
    return count;
  }

  describe("a content write through one replica", () => {
    it("shows on the next anonymous read through the gateway, which reads through the other replica", async () => {
      const before = await rolePage("full-stack-developer");
      await rolePage("full-stack-developer"); // now also a whole cached response in the gateway
      await onOtherReplica(UPDATE_ROLE, {
        input: { id: before.id, expectedVersion: before.version, title: "Full-Stack Engineer" },
      });
      const after = await rolePage("full-stack-developer");
      expect(after.title).toBe("Full-Stack Engineer");
      expect(after.version).toBe(before.version + 1);
    });

    it("reaches progress's copy of the catalog, readiness and the counts shown through related guides", async () => {
      const learner = await stack.token("changes-learner");
      const archived = questionIdFor("data-engineer", 2);
      const practise = (key: string) =>
        stack.query(
          RECORD,
          { input: { questionId: archived, rating: "EASY", idempotencyKey: key } },
          { token: learner },
        );
      // progress now holds "published, of data-engineer" for the question, and the pages are warm
      expect((await practise("before-archive")).body.errors).toBeUndefined();
      const mine = await rolePage("data-engineer", learner);
      const linking = await rolePage("software-engineer");
      const shownBefore = linking.relatedGuides.find((g) => g.role?.slug === "data-engineer")!.role!
        .questionCount;

      const current = await stack.query<{ question: { version: number } }>(QUESTION, { id: archived });
      await onOtherReplica(ARCHIVE_QUESTION, {
        input: { id: archived, expectedVersion: current.body.data!.question.version },
      });

      expect(errorCodes(await practise("after-archive"))).toEqual(["NOT_FOUND"]);
      const mineAfter = await rolePage("data-engineer", learner);
      expect(mineAfter.questionCount).toBe(mine.questionCount - 1);
      expect(mineAfter.myProgress!.readiness).toBeCloseTo(
        Math.min(1, mineAfter.myProgress!.masteredCount / mineAfter.questionCount),
      );
      const linkingAfter = await rolePage("software-engineer");
      expect(
        linkingAfter.relatedGuides.find((g) => g.role?.slug === "data-engineer")!.role!.questionCount,
      ).toBe(shownBefore - 1);
      expect(await pendingChanges()).toBe(0);
    });
  });

  describe("progress's content-change endpoint", () => {
    const endpoint = () => new URL("/internal/content-changes", stack.progress.url).toString();
    const post = (body: string, signature?: string) =>
      fetch(endpoint(), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(signature ? { "x-careergraph-signature": signature } : {}),
        },
        body,
      });

    it("refuses a delivery that is not signed with the internal key, or is signed with another", async () => {
      const body = JSON.stringify({ questionIds: [questionIdFor("backend-developer", 1)] });
      expect((await post(body)).status).toBe(401);
      const forged = signRequest(Buffer.from("some other key of some length"), {
        method: "POST",
        path: CONTENT_CHANGES_PATH,
        body,
      });
      expect((await post(body, forged)).status).toBe(401);
    });

    it("takes a signed delivery, and refuses a signed one that names no questions", async () => {
      const key = internalKey(stack.progress.deps.config)!;
      const good = JSON.stringify({ questionIds: [questionIdFor("backend-developer", 1)] });
      const signed = (body: string) => signRequest(key, { method: "POST", path: CONTENT_CHANGES_PATH, body });
      expect((await post(good, signed(good))).status).toBe(204);
      const bad = JSON.stringify({ questionIds: ["not-an-id"] });
      expect((await post(bad, signed(bad))).status).toBe(400);
    });
  });

  describe("a delivery that fails", () => {
    it("stays in the outbox while Redis is cut off, and is retried until no stale page is served", async () => {
      const slug = "devops-engineer";
      const before = await rolePage(slug);
      await rolePage(slug); // cached in roles and as a whole response in the gateway, in Redis
      await redisProxy.cut();
      try {
        const edited = await stack.query<{ updateRole: { role: { title: string } } }>(
          UPDATE_ROLE,
          { input: { id: roleIdFor(slug), expectedVersion: before.version, title: "Platform Engineer" } },
          { token: await tokenOf(["EDITOR"]) },
        );
        expect(edited.body.errors).toBeUndefined();
        expect(edited.body.data!.updateRole.role.title).toBe("Platform Engineer");
        // the generation bump and the deletes could not reach Redis: the change waits, it is not lost
        expect(await pendingChanges()).toBe(1);
      } finally {
        await redisProxy.open();
      }
      // Redis still holds the old entries and the old whole response; only the retry retires them
      await waitFor("the outbox to deliver the change", async () => (await pendingChanges()) === 0, {
        deadlineMs: 15_000,
      });
      expect((await rolePage(slug)).title).toBe("Platform Engineer");
    });
  });
});
