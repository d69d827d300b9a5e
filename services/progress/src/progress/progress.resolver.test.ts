import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { questionIdFor, roleIdFor, rolePacks } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { codes, questionProgress, recordPractice, roleProgress, rowCounts } from "../test-operations";

const ROLE = "backend-developer";
const question = (n: number) => questionIdFor(ROLE, n);
const QUESTION_COUNT = rolePacks.find((pack) => pack.slug === ROLE)!.questions.length;
const DAY = 24 * 60 * 60 * 1000;

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** What ts-fsrs itself schedules for the same ratings at the same times. */
function expectedSchedule(ratings: [Date, Grade][]): Card[] {
  const scheduler = fsrs();
  let card = createEmptyCard(ratings[0][0]);
  return ratings.map(([at, grade]) => (card = scheduler.next(card, at, grade).card));
}

describe("Question.myProgress and Role.myProgress", () => {
  it("are null for an anonymous caller", async () => {
    const questions = await questionProgress(stack, undefined, [question(1)]);
    const roles = await roleProgress(stack, undefined, [
      { id: roleIdFor(ROLE), questionCount: QUESTION_COUNT },
    ]);
    expect(questions.errors).toBeUndefined();
    expect(questions.data?._entities).toEqual([{ id: question(1), myProgress: null }]);
    expect(roles.data?._entities).toEqual([{ id: roleIdFor(ROLE), myProgress: null }]);
  });

  it("are NOT_STARTED and zero before any practice", async () => {
    const token = await stack.tokenFor("fresh");
    const questions = await questionProgress(stack, token, [question(1)]);
    const roles = await roleProgress(stack, token, [{ id: roleIdFor(ROLE), questionCount: QUESTION_COUNT }]);
    expect(questions.data?._entities[0].myProgress).toEqual({
      status: "NOT_STARTED",
      attempts: 0,
      lastRating: null,
      lastPracticedAt: null,
      nextReviewAt: null,
      notes: [],
    });
    expect(roles.data?._entities[0].myProgress).toEqual({
      practicedCount: 0,
      masteredCount: 0,
      dueCount: 0,
      readiness: 0,
    });
  });
});

describe("recordPractice", () => {
  it("moves a question through LEARNING and REVIEWING to MASTERED as ts-fsrs schedules it, and a lapse back to LEARNING", async () => {
    const token = await stack.tokenFor("sequence");
    const start = new Date("2026-03-02T09:00:00.000Z");
    stack.clock.set(start);
    const ratings: [string, Grade][] = [
      ["GOOD", Rating.Good],
      ["GOOD", Rating.Good],
      ["GOOD", Rating.Good],
      ["GOOD", Rating.Good],
      ["AGAIN", Rating.Again],
      ["GOOD", Rating.Good],
    ];
    const statuses: string[] = [];
    const practisedAt: Date[] = [];
    for (const [i, [rating]] of ratings.entries()) {
      practisedAt.push(stack.clock.now());
      const result = await recordPractice(stack, token, {
        questionId: question(2),
        rating,
        idempotencyKey: `sequence-${i}`,
      });
      expect(result.errors).toBeUndefined();
      const { progress, question: practised } = result.data!.recordPractice;
      expect(practised.id).toBe(question(2));
      expect(practised.myProgress).toEqual(progress);
      statuses.push(progress.status);
      expect(progress.attempts).toBe(i + 1);
      expect(progress.lastRating).toBe(rating);
      expect(progress.lastPracticedAt).toBe(practisedAt[i].toISOString());
      // Practise the next time exactly when it is due.
      stack.clock.set(new Date(progress.nextReviewAt!));
    }
    const expected = expectedSchedule(ratings.map(([, grade], i) => [practisedAt[i], grade]));
    expect(statuses).toEqual([
      "LEARNING",
      "REVIEWING",
      "REVIEWING",
      "MASTERED",
      "LEARNING",
      expect.any(String),
    ]);
    expect(expected[3].scheduled_days).toBeGreaterThanOrEqual(21);
    expect(expected[4].lapses).toBe(1);

    const [row] = await stack.sql<{
      next_review_at: Date;
      stability: number;
      difficulty: number;
      reps: number;
      lapses: number;
      state: number;
      scheduled_days: number;
    }>(
      `SELECT next_review_at, stability, difficulty, reps, lapses, state, scheduled_days FROM progress.question_progress
       WHERE user_id = 'sequence' AND question_id = $1`,
      [question(2)],
    );
    const last = expected.at(-1)!;
    expect(row).toEqual({
      next_review_at: last.due,
      stability: last.stability,
      difficulty: last.difficulty,
      reps: last.reps,
      lapses: last.lapses,
      state: last.state,
      scheduled_days: last.scheduled_days,
    });
    const events = await stack.sql<{ rating: string; status_after: string; role_id: string }>(
      `SELECT rating, status_after, role_id FROM progress.practice_event WHERE user_id = 'sequence' ORDER BY practiced_at`,
    );
    expect(events.map((e) => e.status_after)).toEqual(statuses);
    expect(events.map((e) => e.rating)).toEqual(ratings.map(([rating]) => rating));
    expect(new Set(events.map((e) => e.role_id))).toEqual(new Set([roleIdFor(ROLE)]));
  });

  it("gives readiness as mastered over the role's question count", async () => {
    const token = await stack.tokenFor("ready");
    const start = new Date("2026-03-02T09:00:00.000Z");
    // EASY on a new card goes straight to Review; three more EASY reviews at their due times pass 21 days.
    for (const n of [1, 2]) {
      stack.clock.set(start);
      for (let i = 0; i < 4; i++) {
        const result = await recordPractice(stack, token, {
          questionId: question(n),
          rating: "EASY",
          idempotencyKey: `ready-${n}-${i}`,
        });
        if (i === 3) expect(result.data?.recordPractice.progress.status).toBe("MASTERED");
        stack.clock.set(new Date(result.data!.recordPractice.progress.nextReviewAt!));
      }
    }
    stack.clock.set(start);
    await recordPractice(stack, token, {
      questionId: question(3),
      rating: "HARD",
      idempotencyKey: "ready-3",
    });
    // A day on, the learning card is due and the mastered ones are not.
    stack.clock.advance(DAY);
    const roles = await roleProgress(stack, token, [
      { id: roleIdFor(ROLE), questionCount: QUESTION_COUNT },
      { id: roleIdFor("product-manager"), questionCount: 0 },
    ]);
    expect(roles.errors).toBeUndefined();
    expect(roles.data?._entities).toEqual([
      {
        id: roleIdFor(ROLE),
        myProgress: { practicedCount: 3, masteredCount: 2, dueCount: 1, readiness: 2 / QUESTION_COUNT },
      },
      {
        id: roleIdFor("product-manager"),
        myProgress: { practicedCount: 0, masteredCount: 0, dueCount: 0, readiness: 0 },
      },
    ]);
  });

  it("returns the first result for a retry with the same key and input, and records one attempt", async () => {
    const token = await stack.tokenFor("retry");
    const input = { questionId: question(4), rating: "GOOD", idempotencyKey: "retry-1" };
    const first = await recordPractice(stack, token, input);
    stack.clock.advance(DAY);
    const again = await recordPractice(stack, token, input);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(again.data?.recordPractice.progress.attempts).toBe(1);
    expect(await rowCounts(stack, "retry")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });

  it("refuses a key reused for a different practice with CONFLICT and changes nothing", async () => {
    const token = await stack.tokenFor("reuse");
    await recordPractice(stack, token, {
      questionId: question(5),
      rating: "GOOD",
      idempotencyKey: "reuse-1",
    });
    const otherRating = await recordPractice(stack, token, {
      questionId: question(5),
      rating: "EASY",
      idempotencyKey: "reuse-1",
    });
    const otherQuestion = await recordPractice(stack, token, {
      questionId: question(6),
      rating: "GOOD",
      idempotencyKey: "reuse-1",
    });
    expect(codes(otherRating)).toEqual(["CONFLICT"]);
    expect(codes(otherQuestion)).toEqual(["CONFLICT"]);
    const progress = await questionProgress(stack, token, [question(5), question(6)]);
    expect(progress.data?._entities.map((q) => [q.myProgress?.attempts, q.myProgress?.lastRating])).toEqual([
      [1, "GOOD"],
      [0, null],
    ]);
    expect(await rowCounts(stack, "reuse")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });

  it("scopes keys per user", async () => {
    const [a, b] = await Promise.all([stack.tokenFor("keys-a"), stack.tokenFor("keys-b")]);
    const first = await recordPractice(stack, a, {
      questionId: question(7),
      rating: "GOOD",
      idempotencyKey: "shared-key",
    });
    const second = await recordPractice(stack, b, {
      questionId: question(8),
      rating: "HARD",
      idempotencyKey: "shared-key",
    });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.recordPractice.progress).toMatchObject({ attempts: 1, lastRating: "HARD" });
  });

  it("records one attempt for 20 identical requests sent at once", async () => {
    const token = await stack.tokenFor("burst");
    const input = { questionId: question(9), rating: "GOOD", idempotencyKey: "burst-1" };
    const results = await Promise.all(Array.from({ length: 20 }, () => recordPractice(stack, token, input)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => JSON.stringify(result.data)))).toHaveProperty("size", 1);
    expect(results[0].data?.recordPractice.progress.attempts).toBe(1);
    expect(await rowCounts(stack, "burst")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });

  it("refuses an unknown or malformed question with NOT_FOUND and writes nothing", async () => {
    const token = await stack.tokenFor("unknown");
    for (const questionId of ["7b0c6c56-54a4-4bd4-9a4e-000000000000", "not-a-uuid"]) {
      const result = await recordPractice(stack, token, {
        questionId,
        rating: "GOOD",
        idempotencyKey: `unknown-${questionId}`,
      });
      expect(codes(result)).toEqual(["NOT_FOUND"]);
      expect(result.data).toBeNull();
    }
    expect(await rowCounts(stack, "unknown")).toEqual({ progress: 0, events: 0, requests: 0, notes: 0 });
  });

  it("checks the idempotency key's length, naming the field, and writes nothing", async () => {
    const token = await stack.tokenFor("badkey");
    for (const idempotencyKey of ["", "k".repeat(201)]) {
      const result = await recordPractice(stack, token, {
        questionId: question(1),
        rating: "GOOD",
        idempotencyKey,
      });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0].extensions?.field).toBe("idempotencyKey");
    }
    const longest = await recordPractice(stack, token, {
      questionId: question(1),
      rating: "GOOD",
      idempotencyKey: "k".repeat(200),
    });
    expect(longest.errors).toBeUndefined();
    expect(await rowCounts(stack, "badkey")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });

  it("needs a signed-in caller", async () => {
    const result = await recordPractice(stack, undefined, {
      questionId: question(1),
      rating: "GOOD",
      idempotencyKey: "anon",
    });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });

  // Last: it stops the roles subgraph.
  it("gives SERVICE_UNAVAILABLE and writes nothing when the catalog cannot be asked", async () => {
    const token = await stack.tokenFor("outage");
    const known = await recordPractice(stack, token, {
      questionId: question(10),
      rating: "GOOD",
      idempotencyKey: "outage-0",
    });
    expect(known.errors).toBeUndefined();
    await stack.roles.stop();
    // Never looked up before, so not in the cache: roles must be asked.
    const result = await recordPractice(stack, token, {
      questionId: question(11),
      rating: "GOOD",
      idempotencyKey: "outage-1",
    });
    expect(codes(result)).toEqual(["SERVICE_UNAVAILABLE"]);
    // A retry is answered from its idempotency record, without the catalog.
    const retry = await recordPractice(stack, token, {
      questionId: question(10),
      rating: "GOOD",
      idempotencyKey: "outage-0",
    });
    expect(retry.data).toEqual(known.data);
    expect(await rowCounts(stack, "outage")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });
});
