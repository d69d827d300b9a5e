import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { questionIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { codes, recordPractice, rowCounts } from "../test-operations";

const question = (n: number) => questionIdFor("backend-developer", n);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(START.getTime() + ms).toISOString();
const GRADE: Record<string, Grade> = {
  AGAIN: Rating.Again,
  HARD: Rating.Hard,
  GOOD: Rating.Good,
  EASY: Rating.Easy,
};

interface PracticeEvent {
  questionId: string;
  rating: string;
  clientTime: string;
  idempotencyKey: string;
}
interface SyncResult {
  idempotencyKey: string;
  outcome: string;
  question: { id: string; myProgress: { status: string; attempts: number } | null };
  progress: {
    status: string;
    attempts: number;
    lastRating: string;
    lastPracticedAt: string;
    nextReviewAt: string;
  } | null;
  message: string | null;
}

const SYNC = `mutation($input: SyncPracticeInput!) {
  syncPractice(input: $input) {
    results {
      idempotencyKey outcome message
      question { id myProgress { status attempts } }
      progress { status attempts lastRating lastPracticedAt nextReviewAt }
    }
  }
}`;

let stack: ProgressStack;
beforeAll(async () => {
  stack = await startProgressStack(new Date(START.getTime() + 30 * DAY));
});
afterAll(() => stack?.stop());

function sync(token: string | undefined, events: PracticeEvent[]) {
  return stack.request<{ syncPractice: { results: SyncResult[] } }>(SYNC, { input: { events } }, token);
}

/** The card ts-fsrs gives for these ratings at these times, in time order (ties: in key order). */
function fsrsOver(events: PracticeEvent[]): Card {
  const ordered = [...events].sort(
    (a, b) => a.clientTime.localeCompare(b.clientTime) || (a.idempotencyKey < b.idempotencyKey ? -1 : 1),
  );
  const scheduler = fsrs();
  let card = createEmptyCard(new Date(ordered[0].clientTime));
  for (const event of ordered)
    card = scheduler.next(card, new Date(event.clientTime), GRADE[event.rating]).card;
  return card;
}

async function cardRow(userId: string, questionId: string) {
  const [row] = await stack.sql<Record<string, unknown>>(
    `SELECT status, attempts, last_rating, last_practiced_at, next_review_at, stability, difficulty, elapsed_days,
            scheduled_days, learning_steps, reps, lapses, state, last_review
     FROM progress.question_progress WHERE user_id = $1 AND question_id = $2`,
    [userId, questionId],
  );
  return row;
}

describe("syncPractice", () => {
  it("applies events in client-time order, each scheduled by FSRS at its own time, with a result per event", async () => {
    const token = await stack.tokenFor("order");
    const events: PracticeEvent[] = [
      { questionId: question(1), rating: "GOOD", clientTime: at(2 * DAY), idempotencyKey: "order-c" },
      { questionId: question(1), rating: "HARD", clientTime: at(0), idempotencyKey: "order-a" },
      { questionId: question(2), rating: "EASY", clientTime: at(HOUR), idempotencyKey: "order-b" },
    ];
    const response = await sync(token, events);
    expect(response.errors).toBeUndefined();
    const results = response.data!.syncPractice.results;
    expect(results.map((r) => [r.idempotencyKey, r.outcome])).toEqual([
      ["order-a", "APPLIED"],
      ["order-b", "APPLIED"],
      ["order-c", "APPLIED"],
    ]);
    expect(results.map((r) => r.progress!.lastPracticedAt)).toEqual([at(0), at(HOUR), at(2 * DAY)]);
    expect(results[2].progress!.attempts).toBe(2);
    const expected = fsrsOver(events.filter((e) => e.questionId === question(1)));
    expect(await cardRow("order", question(1))).toMatchObject({
      attempts: 2,
      last_rating: "GOOD",
      next_review_at: expected.due,
      stability: expected.stability,
      difficulty: expected.difficulty,
      reps: expected.reps,
      state: expected.state,
    });
    // the payload's question.myProgress is the question's state after the batch
    expect(results[0].question.myProgress).toEqual({ status: results[2].progress!.status, attempts: 2 });
    expect(await rowCounts(stack, "order")).toEqual({ progress: 2, events: 3, requests: 3, notes: 0 });
  });

  it("answers a retried batch from its records: DUPLICATE, the first results, nothing written twice", async () => {
    const token = await stack.tokenFor("retry");
    const events: PracticeEvent[] = [1, 2, 3].map((n) => ({
      questionId: question(n),
      rating: "GOOD",
      clientTime: at(n * HOUR),
      idempotencyKey: `retry-${n}`,
    }));
    const first = await sync(token, events);
    const again = await sync(token, [...events].reverse());
    expect(again.errors).toBeUndefined();
    expect(again.data!.syncPractice.results.map((r) => r.outcome)).toEqual([
      "DUPLICATE",
      "DUPLICATE",
      "DUPLICATE",
    ]);
    expect(again.data!.syncPractice.results.map((r) => r.progress)).toEqual(
      first.data!.syncPractice.results.map((r) => r.progress),
    );
    expect(await rowCounts(stack, "retry")).toEqual({ progress: 3, events: 3, requests: 3, notes: 0 });
  });

  it("shares its keys with recordPractice: a practice recorded online is not synced again", async () => {
    const token = await stack.tokenFor("shared");
    const online = await recordPractice(stack, token, {
      questionId: question(4),
      rating: "EASY",
      idempotencyKey: "shared-1",
    });
    const synced = await sync(token, [
      { questionId: question(4), rating: "EASY", clientTime: at(0), idempotencyKey: "shared-1" },
    ]);
    expect(synced.data!.syncPractice.results[0]).toMatchObject({
      outcome: "DUPLICATE",
      progress: online.data!.recordPractice.progress,
    });
    expect(await rowCounts(stack, "shared")).toEqual({ progress: 1, events: 1, requests: 1, notes: 0 });
  });

  it("puts an event older than the card's last review in its place and schedules the card again (REWOUND)", async () => {
    const token = await stack.tokenFor("rewind");
    const later: PracticeEvent = {
      questionId: question(5),
      rating: "GOOD",
      clientTime: at(3 * DAY),
      idempotencyKey: "rw-2",
    };
    const older: PracticeEvent = {
      questionId: question(5),
      rating: "AGAIN",
      clientTime: at(DAY),
      idempotencyKey: "rw-1",
    };
    expect((await sync(token, [later])).data!.syncPractice.results[0].outcome).toBe("APPLIED");
    const response = await sync(token, [older]);
    const [result] = response.data!.syncPractice.results;
    expect(result.outcome).toBe("REWOUND");
    // what the learner sees now: the last practice is still the later one
    expect(result.progress).toMatchObject({
      attempts: 2,
      lastRating: "GOOD",
      lastPracticedAt: later.clientTime,
    });
    const expected = fsrsOver([later, older]);
    expect(await cardRow("rewind", question(5))).toMatchObject({
      next_review_at: expected.due,
      stability: expected.stability,
      difficulty: expected.difficulty,
      reps: 2,
      state: expected.state,
      last_review: new Date(later.clientTime),
    });
  });

  it("ends two devices' offline practice of the same cards in the same state, whichever syncs first", async () => {
    const phone: PracticeEvent[] = [
      { questionId: question(6), rating: "GOOD", clientTime: at(0), idempotencyKey: "phone-1" },
      { questionId: question(6), rating: "GOOD", clientTime: at(2 * DAY), idempotencyKey: "phone-2" },
      { questionId: question(7), rating: "HARD", clientTime: at(DAY), idempotencyKey: "phone-3" },
      { questionId: question(6), rating: "EASY", clientTime: at(9 * DAY), idempotencyKey: "phone-4" },
    ];
    const laptop: PracticeEvent[] = [
      { questionId: question(6), rating: "AGAIN", clientTime: at(DAY), idempotencyKey: "laptop-1" },
      { questionId: question(7), rating: "GOOD", clientTime: at(3 * DAY), idempotencyKey: "laptop-2" },
      { questionId: question(6), rating: "GOOD", clientTime: at(5 * DAY), idempotencyKey: "laptop-3" },
      // the same moment as a phone practice: the key breaks the tie, the same way on either order
      { questionId: question(7), rating: "EASY", clientTime: at(DAY), idempotencyKey: "laptop-4" },
    ];
    const phoneFirst = await stack.tokenFor("phone-first");
    const laptopFirst = await stack.tokenFor("laptop-first");
    for (const batch of [phone, laptop]) expect((await sync(phoneFirst, batch)).errors).toBeUndefined();
    for (const batch of [laptop, phone]) expect((await sync(laptopFirst, batch)).errors).toBeUndefined();
    for (const n of [6, 7]) {
      const a = await cardRow("phone-first", question(n));
      const b = await cardRow("laptop-first", question(n));
      expect(a).toEqual(b);
      const expected = fsrsOver([...phone, ...laptop].filter((e) => e.questionId === question(n)));
      expect(a).toMatchObject({
        next_review_at: expected.due,
        stability: expected.stability,
        reps: expected.reps,
      });
    }
    expect(await rowCounts(stack, "phone-first")).toEqual(await rowCounts(stack, "laptop-first"));
  });

  it("refuses per event a key reused for another practice (CONFLICT) and an unpublished question (NOT_FOUND), and applies the rest", async () => {
    const token = await stack.tokenFor("mixed");
    await sync(token, [
      { questionId: question(8), rating: "GOOD", clientTime: at(0), idempotencyKey: "mixed-1" },
    ]);
    const response = await sync(token, [
      { questionId: question(8), rating: "EASY", clientTime: at(HOUR), idempotencyKey: "mixed-1" },
      {
        questionId: "7b0c6c56-54a4-4bd4-9a4e-000000000000",
        rating: "GOOD",
        clientTime: at(2 * HOUR),
        idempotencyKey: "mixed-2",
      },
      { questionId: "not-a-uuid", rating: "GOOD", clientTime: at(3 * HOUR), idempotencyKey: "mixed-3" },
      { questionId: question(9), rating: "GOOD", clientTime: at(4 * HOUR), idempotencyKey: "mixed-4" },
    ]);
    expect(response.errors).toBeUndefined();
    expect(
      response.data!.syncPractice.results.map((r) => [r.outcome, r.progress === null, r.message !== null]),
    ).toEqual([
      ["CONFLICT", true, true],
      ["NOT_FOUND", true, true],
      ["NOT_FOUND", true, true],
      ["APPLIED", false, false],
    ]);
    expect(await rowCounts(stack, "mixed")).toEqual({ progress: 2, events: 2, requests: 2, notes: 0 });
  });

  it("takes 100 events in one call and refuses 101 with BAD_USER_INPUT, writing nothing", async () => {
    const token = await stack.tokenFor("limit");
    const events = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        questionId: question((i % 16) + 1),
        rating: "GOOD",
        clientTime: at(i * HOUR),
        idempotencyKey: `${prefix}-${i}`,
      }));
    const over = await sync(token, events(101, "over"));
    expect(codes(over)).toEqual(["BAD_USER_INPUT"]);
    expect(over.errors![0].extensions!.field).toBe("input.events");
    expect(await rowCounts(stack, "limit")).toEqual({ progress: 0, events: 0, requests: 0, notes: 0 });
    const most = await sync(token, events(100, "most"));
    expect(most.errors).toBeUndefined();
    expect(most.data!.syncPractice.results).toHaveLength(100);
    expect(await rowCounts(stack, "limit")).toEqual({ progress: 16, events: 100, requests: 100, notes: 0 });
  });

  it("refuses an empty or over-long key, naming the event, and writes nothing", async () => {
    const token = await stack.tokenFor("keys");
    for (const idempotencyKey of ["", "k".repeat(201)]) {
      const response = await sync(token, [
        { questionId: question(1), rating: "GOOD", clientTime: at(0), idempotencyKey: "keys-ok" },
        { questionId: question(2), rating: "GOOD", clientTime: at(HOUR), idempotencyKey },
      ]);
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.errors![0].extensions!.field).toBe("input.events[1].idempotencyKey");
    }
    expect(await rowCounts(stack, "keys")).toEqual({ progress: 0, events: 0, requests: 0, notes: 0 });
    const longest = await sync(token, [
      { questionId: question(2), rating: "GOOD", clientTime: at(HOUR), idempotencyKey: "k".repeat(200) },
    ]);
    expect(longest.data!.syncPractice.results[0].outcome).toBe("APPLIED");
  });

  it("counts a client time after the server's now as now", async () => {
    const token = await stack.tokenFor("future");
    const now = stack.clock.now();
    const response = await sync(token, [
      {
        questionId: question(3),
        rating: "GOOD",
        clientTime: new Date(now.getTime() + DAY).toISOString(),
        idempotencyKey: "f-1",
      },
    ]);
    expect(response.data!.syncPractice.results[0].progress!.lastPracticedAt).toBe(now.toISOString());
  });

  it("needs a signed-in caller", async () => {
    const response = await sync(undefined, [
      { questionId: question(1), rating: "GOOD", clientTime: at(0), idempotencyKey: "anon" },
    ]);
    expect(codes(response)).toEqual(["UNAUTHENTICATED"]);
  });
});
