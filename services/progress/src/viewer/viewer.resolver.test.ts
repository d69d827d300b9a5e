import { questionIdFor, roleIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { codes, questionProgress, recordPractice, roleProgress } from "../test-operations";

const ROLE = "backend-developer";
const question = (n: number) => questionIdFor(ROLE, n);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = new Date("2026-03-02T09:00:00.000Z");

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack(START);
});

afterAll(async () => {
  await stack?.stop();
});

/** Practises questions `from..to` with GOOD a minute apart: each is due ten minutes after its practice. */
async function practiseInOrder(token: string, user: string, numbers: number[]) {
  for (const n of numbers) {
    const result = await recordPractice(stack, token, {
      questionId: question(n),
      rating: "GOOD",
      idempotencyKey: `${user}-${n}`,
    });
    expect(result.data?.recordPractice.progress.status).toBe("LEARNING");
    stack.clock.advance(MINUTE);
  }
}

interface DueResult {
  viewer: {
    id: string;
    dueForReview: { id: string; myProgress: { status: string; nextReviewAt?: string } }[];
  } | null;
}

const DUE_QUERY = `query($first: Int) { viewer { id dueForReview(first: $first) { id myProgress { status nextReviewAt } } } }`;

/** Runs an operation and counts the SQL statements the progress subgraph sent for it. */
async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter = stack.progress.deps.db.statements;
  counter.reset();
  const result = await work();
  return { result, statements: counter.count };
}

describe("viewer", () => {
  it("is UNAUTHENTICATED without a token", async () => {
    const result = await stack.request<DueResult>(`{ viewer { id streakDays } }`);
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.data).toEqual({ viewer: null });
  });

  it("is the token's subject", async () => {
    const result = await stack.request<{ viewer: { id: string } }>(
      `{ viewer { id } }`,
      {},
      await stack.tokenFor("who-am-i"),
    );
    expect(result.data).toEqual({ viewer: { id: "who-am-i" } });
  });
});

describe("viewer.dueForReview", () => {
  it("lists the questions due now, earliest first, up to `first`", async () => {
    stack.clock.set(START);
    const token = await stack.tokenFor("due");
    await practiseInOrder(token, "due", [5, 3, 4]);
    // EASY on a new card schedules days ahead: not due within the hour.
    await recordPractice(stack, token, { questionId: question(6), rating: "EASY", idempotencyKey: "due-6" });

    const early = await stack.request<DueResult>(DUE_QUERY, {}, token);
    expect(early.data?.viewer?.dueForReview).toEqual([]);

    stack.clock.set(new Date(START.getTime() + HOUR));
    const due = await stack.request<DueResult>(DUE_QUERY, {}, token);
    expect(due.errors).toBeUndefined();
    expect(due.data?.viewer?.dueForReview.map((q) => q.id)).toEqual([question(5), question(3), question(4)]);
    expect(due.data?.viewer?.dueForReview[0].myProgress).toEqual({
      status: "LEARNING",
      nextReviewAt: new Date(START.getTime() + 10 * MINUTE).toISOString(),
    });
    const two = await stack.request<DueResult>(DUE_QUERY, { first: 2 }, token);
    expect(two.data?.viewer?.dueForReview.map((q) => q.id)).toEqual([question(5), question(3)]);
  });

  it("leaves out a due question the catalog no longer publishes", async () => {
    const archived = question(16);
    await stack.roles.deps.db.dataSource.query(
      `UPDATE roles.question SET status = 'ARCHIVED' WHERE id = $1`,
      [archived],
    );
    await stack.sql(
      `INSERT INTO progress.question_progress (user_id, question_id, role_id, status, attempts, next_review_at, reps, state)
       VALUES ('archive-reader', $1, $2, 'LEARNING', 1, $3, 1, 1)`,
      [archived, roleIdFor(ROLE), START],
    );
    const token = await stack.tokenFor("archive-reader");
    await practiseInOrder(token, "archive-reader", [1]);
    stack.clock.advance(HOUR);
    const due = await stack.request<DueResult>(DUE_QUERY, {}, token);
    expect(due.data?.viewer?.dueForReview.map((q) => q.id)).toEqual([question(1)]);
  });

  it("costs the same, constant number of SQL statements for 2 and for 6 due questions", async () => {
    stack.clock.set(START);
    const [two, six] = await Promise.all([stack.tokenFor("two-due"), stack.tokenFor("six-due")]);
    await practiseInOrder(two, "two-due", [1, 2]);
    await practiseInOrder(six, "six-due", [1, 2, 3, 4, 5, 6]);
    stack.clock.advance(HOUR);

    const query = `{ viewer { dueForReview { id myProgress { status } } } }`;
    const forTwo = await countStatements(() => stack.request<DueResult>(query, {}, two));
    const forSix = await countStatements(() => stack.request<DueResult>(query, {}, six));
    expect(forTwo.result.data?.viewer?.dueForReview).toHaveLength(2);
    expect(forSix.result.data?.viewer?.dueForReview).toHaveLength(6);
    // The due query primes each question's progress: myProgress costs nothing more.
    expect(forTwo.statements).toBe(1);
    expect(forSix.statements).toBe(forTwo.statements);

    const withNotes = `{ viewer { dueForReview { id myProgress { status notes { id } } } } }`;
    const notesForTwo = await countStatements(() => stack.request(withNotes, {}, two));
    const notesForSix = await countStatements(() => stack.request(withNotes, {}, six));
    expect(notesForTwo.statements).toBe(2);
    expect(notesForSix.statements).toBe(notesForTwo.statements);
  });

  it("batches myProgress of entity references: one statement for any number of questions or roles", async () => {
    const token = await stack.tokenFor("six-due");
    const questions = await countStatements(() =>
      questionProgress(stack, token, [1, 2, 3, 4, 5, 6, 7, 8].map(question)),
    );
    expect(questions.result.data?._entities.filter((q) => q.myProgress?.status === "LEARNING")).toHaveLength(
      6,
    );
    // progress and notes: one statement each
    expect(questions.statements).toBe(2);
    const roles = await countStatements(() =>
      roleProgress(stack, token, [
        { id: roleIdFor(ROLE), questionCount: 16 },
        { id: roleIdFor("data-analyst"), questionCount: 10 },
        { id: roleIdFor("product-manager"), questionCount: 12 },
      ]),
    );
    expect(roles.result.data?._entities.map((r) => r.myProgress?.practicedCount)).toEqual([6, 0, 0]);
    expect(roles.statements).toBe(1);
  });
});

describe("viewer.streakDays", () => {
  const streak = async (token: string) =>
    (await stack.request<{ viewer: { streakDays: number } }>(`{ viewer { streakDays } }`, {}, token)).data
      ?.viewer.streakDays;

  it("counts consecutive UTC days with a practice, ending today or yesterday", async () => {
    const token = await stack.tokenFor("streaker");
    expect(await streak(token)).toBe(0);
    const day = (n: number, hour: number) => new Date(Date.UTC(2026, 3, 1 + n, hour));
    let key = 0;
    const practiseAt = async (at: Date) => {
      stack.clock.set(at);
      const result = await recordPractice(stack, token, {
        questionId: question(1 + (key % 5)),
        rating: "GOOD",
        idempotencyKey: `s-${key++}`,
      });
      expect(result.errors).toBeUndefined();
    };
    await practiseAt(day(0, 23));
    await practiseAt(day(1, 0));
    await practiseAt(day(1, 12));
    await practiseAt(day(2, 8));
    expect(await streak(token)).toBe(3);
    stack.clock.set(day(3, 23));
    expect(await streak(token)).toBe(3);
    stack.clock.set(day(4, 0));
    expect(await streak(token)).toBe(0);
    await practiseAt(day(4, 6));
    expect(await streak(token)).toBe(1);
  });
});
