import { questionIdFor, roleIdFor } from "@careergraph/content";
import { describeWith, PG_SERVER_URL, waitFor } from "@careergraph/test-servers";
import { TEST_PSEUDONYM_SECRET } from "@careergraph/testing";
import { codes, recordPractice } from "../../test-operations";
import { startProgressStack, type ProgressStack } from "../../test-progress-stack";
import { pseudonymOf } from "./pseudonym";
import { PRACTICE_EVENTS, tokenWithRoles, type FeedPage } from "../test-analytics";

const ROLE = "backend-developer";
let stack: ProgressStack;
/** A warehouse's export token: the feed needs ANALYTICS_EXPORT. */
let analyst: string;
let keys = 0;

beforeAll(async () => {
  stack = await startProgressStack(new Date("2026-03-02T09:37:12.345Z"));
  analyst = await tokenWithRoles(stack, "exporter", ["ANALYTICS_EXPORT"]);
});

afterAll(async () => {
  await stack?.stop();
});

async function practise(userId: string, n: number) {
  const result = await recordPractice(stack, await stack.tokenFor(userId), {
    questionId: questionIdFor(ROLE, 1 + (n % 10)),
    rating: ["AGAIN", "HARD", "GOOD", "EASY"][n % 4],
    idempotencyKey: `feed-${keys++}`,
  });
  expect(result.errors).toBeUndefined();
}

async function page(after: string | null, first: number) {
  const result = await stack.request<FeedPage>(PRACTICE_EVENTS, { after, first }, analyst);
  expect(result.errors).toBeUndefined();
  return result.data!.practiceEvents;
}

/** Reads pages of `first` from `after` until the feed has nothing more; returns the events and the last cursor. */
async function drain(after: string | null, first: number) {
  const events: FeedPage["practiceEvents"]["edges"][number]["node"][] = [];
  let cursor = after;
  for (;;) {
    const { edges, pageInfo } = await page(cursor, first);
    events.push(...edges.map((edge) => edge.node));
    cursor = pageInfo.endCursor;
    if (!pageInfo.hasNextPage) return { events, cursor };
  }
}

/** Every event id in the order the feed must give them. */
async function idsInFeedOrder() {
  const rows = await stack.sql<{ id: string }>(`SELECT id FROM progress.practice_event ORDER BY tx_id, seq`);
  return rows.map((row) => row.id);
}

/**
 * Drains from `after` until the feed has given `count` events. A transaction open anywhere on the
 * server, another test file's in another database too, holds back what committed after it began,
 * so on a shared PostgreSQL the last events can come a moment after their commit.
 */
async function drainUntil(after: string | null, first: number, count: number) {
  const events: FeedPage["practiceEvents"]["edges"][number]["node"][] = [];
  let cursor = after;
  await waitFor(`the feed to give ${count} events`, async () => {
    const next = await drain(cursor, first);
    events.push(...next.events);
    cursor = next.cursor;
    return events.length >= count;
  });
  return { events, cursor };
}

/** Waits until the feed from its start gives every committed event. */
async function caughtUp() {
  return drainUntil(null, 100, (await idsInFeedOrder()).length);
}

describe("practiceEvents", () => {
  it("gives each event once, with a pseudonymous learner, the hour only, and no notes", async () => {
    await practise("feed-user-1", 0);
    await practise("feed-user-2", 1);
    await caughtUp();
    const { edges, pageInfo } = await page(null, 10);
    expect(pageInfo).toEqual({ hasNextPage: false, endCursor: edges[1].cursor });
    expect(edges.map((edge) => edge.node)).toEqual([
      {
        id: expect.any(String),
        learner: pseudonymOf(TEST_PSEUDONYM_SECRET, "exporter", "2026-03-02", "feed-user-1"),
        question: { id: questionIdFor(ROLE, 1) },
        role: { id: roleIdFor(ROLE) },
        rating: "AGAIN",
        statusAfter: "LEARNING",
        // practised at 09:37:12.345
        practicedAt: "2026-03-02T09:00:00.000Z",
      },
      expect.objectContaining({ rating: "HARD", question: { id: questionIdFor(ROLE, 2) } }),
    ]);
    expect(edges[0].node.learner).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(edges)).not.toContain("feed-user-1");
  });

  it("resumes from a cursor with no gap or repeat while events are written concurrently", async () => {
    const start = await caughtUp();
    const writers = Promise.all(
      [0, 1, 2, 3].map(async (writer) => {
        for (let n = 0; n < 12; n++) await practise(`writer-${writer}`, writer * 12 + n);
      }),
    );
    // read 3 at a time while the writers run, from each page's endCursor
    const seen = [...start.events];
    let cursor = start.cursor;
    let done = false;
    void writers.then(() => (done = true));
    while (!done) {
      const { events, cursor: next } = await drain(cursor, 3);
      seen.push(...events);
      cursor = next;
    }
    await writers;
    seen.push(...(await drainUntil(cursor, 3, (await idsInFeedOrder()).length - seen.length)).events);
    const ids = seen.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(await idsInFeedOrder());
    expect(ids).toHaveLength(2 + 48);
  });

  it("gives an empty page for first: 0 and keeps the cursor, and refuses first over 100 and foreign cursors", async () => {
    const { cursor } = await caughtUp();
    expect(await page(cursor, 0)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
    const tooMany = await stack.request(PRACTICE_EVENTS, { first: 101 }, analyst);
    const foreign = await stack.request(
      PRACTICE_EVENTS,
      { after: Buffer.from("note:1").toString("base64url") },
      analyst,
    );
    const hundred = await stack.request<FeedPage>(PRACTICE_EVENTS, { first: 100 }, analyst);
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(foreign)).toEqual(["BAD_USER_INPUT"]);
    expect(foreign.errors![0].extensions?.field).toBe("after");
    expect(hundred.data!.practiceEvents.edges).toHaveLength(50);
  });
});

describe("practiceEvents pseudonyms and scope", () => {
  const learnersOf = async (token: string) => {
    const result = await stack.request<FeedPage>(PRACTICE_EVENTS, { first: 100 }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.practiceEvents.edges.map((edge) => edge.node);
  };

  it("keys pseudonyms to the caller and rotates them weekly: one learner, one pseudonym per caller and week", async () => {
    stack.clock.set(new Date("2026-03-08T23:30:00.000Z")); // Sunday
    await practise("rotating-user", 1);
    await practise("rotating-user", 2);
    stack.clock.set(new Date("2026-03-09T00:30:00.000Z")); // Monday: the next ISO week
    await practise("rotating-user", 3);
    await caughtUp();
    const mine = (await learnersOf(analyst)).slice(-3);
    const other = (
      await learnersOf(await tokenWithRoles(stack, "other-exporter", ["ANALYTICS_EXPORT"]))
    ).slice(-3);
    expect(mine.map((event) => event.practicedAt)).toEqual([
      "2026-03-08T23:00:00.000Z",
      "2026-03-08T23:00:00.000Z",
      "2026-03-09T00:00:00.000Z",
    ]);
    expect(mine[0].learner).toBe(mine[1].learner);
    expect(mine[2].learner).not.toBe(mine[1].learner);
    expect(mine[2].learner).toBe(
      pseudonymOf(TEST_PSEUDONYM_SECRET, "exporter", "2026-03-09", "rotating-user"),
    );
    // another consumer's pseudonyms share nothing with these
    expect(other.map((event) => event.id)).toEqual(mine.map((event) => event.id));
    for (const event of other) expect(mine.map((m) => m.learner)).not.toContain(event.learner);
  });

  it("needs ANALYTICS_EXPORT or ADMIN: ANALYST alone is FORBIDDEN", async () => {
    const asAnalyst = await stack.request(
      PRACTICE_EVENTS,
      { first: 1 },
      await tokenWithRoles(stack, "a", ["ANALYST"]),
    );
    const asAdmin = await stack.request(
      PRACTICE_EVENTS,
      { first: 1 },
      await tokenWithRoles(stack, "x", ["ADMIN"]),
    );
    expect(codes(asAnalyst)).toEqual(["FORBIDDEN"]);
    expect(asAdmin.errors).toBeUndefined();
  });
});

// Two sessions at once need a real server: the embedded database is one session, where no
// transaction can be in flight while another commits, so there this case cannot arise.
describeWith(["postgres"], "practiceEvents while an older transaction is still open", () => {
  let embedded: ProgressStack | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) return;
    // the helpers above use `stack`: it is this block's PostgreSQL one while the block runs
    embedded = stack;
    stack = await startProgressStack(undefined, {}, PG_SERVER_URL);
    analyst = await tokenWithRoles(stack, "exporter", ["ANALYTICS_EXPORT"]);
  });
  afterAll(async () => {
    if (!embedded) return;
    await stack.stop();
    stack = embedded;
  });

  it("holds back events committed after it until it ends, then gives both in feed order", async () => {
    const { cursor } = await caughtUp();
    const runner = stack.progress.deps.db.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const [open] = await runner.query(
        `INSERT INTO progress.practice_event (user_id, question_id, role_id, rating, status_after, practiced_at, idempotency_key)
         VALUES ('slow-writer', $1, $2, 'GOOD', 'LEARNING', now(), 'slow') RETURNING id`,
        [questionIdFor(ROLE, 3), roleIdFor(ROLE)],
      );
      await practise("fast-writer", 5); // commits while the slow one is open
      expect((await drain(cursor, 100)).events).toEqual([]);
      await runner.commitTransaction();
      const after = await drainUntil(cursor, 100, 2);
      expect(after.events.map((event) => event.id)[0]).toBe(open.id);
      expect(after.events).toHaveLength(2);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
