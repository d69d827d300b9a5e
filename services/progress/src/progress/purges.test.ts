import { questionIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { recordPractice } from "../test-operations";
import { ACTIVITY, HARDEST, RETENTION, ROLE_ANALYTICS, tokenWithRoles } from "../analytics/test-analytics";
import { purgeIdempotencyRecords, purgePracticeEvents } from "./purges";

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack(new Date("2026-03-10T12:00:00.000Z"));
});

afterAll(async () => {
  await stack?.stop();
});

describe("the idempotency purge", () => {
  it("deletes records older than the retention and keeps the ones just inside it", async () => {
    const insert = (key: string, createdAt: string) =>
      stack.sql(
        `INSERT INTO progress.practice_request (user_id, idempotency_key, request_hash, question_id, created_at)
         VALUES ('purge-user', $1, 'hash', $2, $3)`,
        [key, questionIdFor("backend-developer", 1), createdAt],
      );
    // retention 24 hours before 2026-03-10T12:00Z: the cutoff is 2026-03-09T12:00Z
    await insert("just-over", "2026-03-09T11:59:59.000Z");
    await insert("long-ago", "2026-01-01T00:00:00.000Z");
    await insert("just-under", "2026-03-09T12:00:01.000Z");
    await insert("recent", "2026-03-10T11:00:00.000Z");

    expect(await purgeIdempotencyRecords(stack.progress.deps, stack.clock.now, 24)).toBe(2);
    const left = await stack.sql<{ key: string }>(
      `SELECT idempotency_key AS key FROM progress.practice_request WHERE user_id = 'purge-user' ORDER BY 1`,
    );
    expect(left.map((row) => row.key)).toEqual(["just-under", "recent"]);
    expect(await purgeIdempotencyRecords(stack.progress.deps, stack.clock.now, 24)).toBe(0);
  });
});

describe("the practice-event purge", () => {
  const DAY0 = Date.parse("2026-01-05T09:00:00.000Z"); // a Monday
  const day = (n: number, minute = 0) => new Date(DAY0 + n * 86_400_000 + minute * 60_000);
  let keys = 0;

  /** Every analytics view over the whole span, and each learner's streak and progress: what must not change. */
  async function everything() {
    const analyst = await tokenWithRoles(stack, "analyst", ["ANALYST"]);
    const span = { from: "2026-01-05", to: "2026-03-29" };
    const answers: unknown[] = [];
    for (const [query, variables] of [
      [ROLE_ANALYTICS, { slug: "backend-developer" }],
      [ROLE_ANALYTICS, { slug: "backend-developer", from: "2026-01-05", to: "2026-01-11" }],
      [ACTIVITY, { ...span, granularity: "DAY" }],
      [ACTIVITY, { ...span, granularity: "WEEK" }],
      [RETENTION, span],
      [HARDEST, { first: 100 }],
    ] as const) {
      const result = await stack.request(query, variables, analyst);
      expect(result.errors).toBeUndefined();
      answers.push(result.data);
    }
    for (const learner of ["early-0", "late-0"]) {
      const mine = await stack.request(
        `{ viewer { streakDays dueForReview(first: 50) { id } } }`,
        {},
        await stack.tokenFor(learner),
      );
      answers.push(mine.data);
    }
    return answers;
  }

  it("deletes the events older than the retention in batches, and changes no figure", async () => {
    // 6 learners in the first week (days 0 to 3), 6 more in week 7 (days 49 to 52), 4 practices each
    for (const [group, first] of [
      ["early", 0],
      ["late", 49],
    ] as const)
      for (let i = 0; i < 6; i++)
        for (let n = 0; n < 4; n++) {
          stack.clock.set(day(first + n, i));
          const result = await recordPractice(stack, await stack.tokenFor(`${group}-${i}`), {
            questionId: questionIdFor("backend-developer", 1 + (n % 2)),
            rating: n % 3 === 0 ? "AGAIN" : "GOOD",
            idempotencyKey: `events-${keys++}`,
          });
          expect(result.errors).toBeUndefined();
        }
    stack.clock.set(day(52, 600));
    const before = await everything();
    const count = async () =>
      (await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM progress.practice_event`))[0].n;
    expect(await count()).toBe(48);

    // 30 days' retention on day 52: the first week's 24 events go, 5 at a time (5 statements)
    stack.progress.deps.db.statements.reset();
    expect(await purgePracticeEvents(stack.progress.deps, stack.clock.now, 30, 5)).toBe(24);
    expect(stack.progress.deps.db.statements.count).toBe(5);
    expect(await count()).toBe(24);
    const [oldest] = await stack.sql<{ day: string }>(
      `SELECT min(practiced_at)::date::text AS day FROM progress.practice_event`,
    );
    expect(oldest.day).toBe("2026-02-23");

    expect(await everything()).toEqual(before);
  });

  it("keeps a card's history when a late synced practice lands on events the purge took", async () => {
    const sync = `mutation($input: SyncPracticeInput!) {
      syncPractice(input: $input) { results { outcome progress { attempts } } }
    }`;
    const token = await stack.tokenFor("early-0");
    const question = questionIdFor("backend-developer", 1);
    // early-0 practised question 1 twice in the first week; those events are purged, the card stays
    const [card] = await stack.sql<{ attempts: number }>(
      `SELECT attempts FROM progress.question_progress WHERE user_id = 'early-0' AND question_id = $1`,
      [question],
    );
    expect(card.attempts).toBe(2);
    const late = await stack.request<{
      syncPractice: { results: { outcome: string; progress: { attempts: number } }[] };
    }>(
      sync,
      {
        input: {
          events: [
            { questionId: question, rating: "GOOD", clientTime: day(1, 30), idempotencyKey: "late-sync" },
          ],
        },
      },
      token,
    );
    expect(late.errors).toBeUndefined();
    // a rewind would replay only what is logged (this event alone): the card would restart at 1 attempt
    expect(late.data!.syncPractice.results).toEqual([{ outcome: "APPLIED", progress: { attempts: 3 } }]);
  });
});
