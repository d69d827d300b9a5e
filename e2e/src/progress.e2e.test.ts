import { SignJWT } from "jose";
import { questionIdFor } from "@careergraph/content";
import { errorCodes } from "@careergraph/testing";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

let clock = new Date("2026-03-02T09:00:00.000Z");
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ now: () => clock });
});
afterAll(() => stack.stop());

const RECORD = `mutation($input: RecordPracticeInput!) {
  recordPractice(input: $input) {
    question { id myProgress { status attempts } }
    progress { status attempts lastRating nextReviewAt }
  }
}`;
interface RecordData {
  recordPractice: {
    question: { id: string; myProgress: { status: string; attempts: number } };
    progress: { status: string; attempts: number; lastRating: string; nextReviewAt: string };
  };
}
const backend = (position: number) => questionIdFor("backend-developer", position);

describe("the seed page for anonymous and authenticated callers", () => {
  it("has no progress for an anonymous caller, and the learner's own progress with a token", async () => {
    const anonymous = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data!.role!.myProgress).toBeNull();
    expect(anonymous.body.data!.role!.questions.edges.every((e) => e.node.myProgress === null)).toBe(true);

    const token = await stack.token("seed-page-learner");
    const practised = await stack.query<RecordData>(
      RECORD,
      { input: { questionId: backend(3), rating: "GOOD", idempotencyKey: "seed-1" } },
      { token },
    );
    expect(practised.body.errors).toBeUndefined();

    const mine = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });
    expect(mine.body.errors).toBeUndefined();
    const statuses = mine.body.data!.role!.questions.edges.map((e) => e.node.myProgress!.status);
    expect(statuses[2]).toBe("LEARNING");
    expect(statuses.filter((s) => s === "NOT_STARTED")).toHaveLength(15);
    expect(mine.body.data!.role!.myProgress).toEqual({ readiness: 0 });
  });
});

describe("practice through the gateway", () => {
  it("moves a question through the statuses on the library's schedule, and readiness follows mastery", async () => {
    const token = await stack.token("sequence-learner");
    const statuses = [];
    for (const [i, rating] of ["GOOD", "GOOD", "GOOD", "GOOD", "AGAIN"].entries()) {
      const response = await stack.query<RecordData>(
        RECORD,
        { input: { questionId: backend(5), rating, idempotencyKey: `seq-${i}` } },
        { token },
      );
      expect(response.body.errors).toBeUndefined();
      const { progress, question } = response.body.data!.recordPractice;
      expect(question.myProgress).toEqual({ status: progress.status, attempts: i + 1 });
      statuses.push(progress.status);
      if (progress.status === "MASTERED") {
        const role = await stack.query<SeedPageData>(
          `{ role(slug: "backend-developer") { myProgress { readiness } } }`,
          {},
          { token },
        );
        expect(role.body.data!.role!.myProgress).toEqual({ readiness: 1 / 16 });
      }
      clock = new Date(progress.nextReviewAt);
    }
    expect(statuses).toEqual(["LEARNING", "REVIEWING", "REVIEWING", "MASTERED", "LEARNING"]);
  });

  it("records 20 identical concurrent requests once", async () => {
    const token = await stack.token("concurrent-learner");
    const input = { questionId: backend(7), rating: "EASY", idempotencyKey: "same-key" };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => stack.query<RecordData>(RECORD, { input }, { token })),
    );
    expect(responses.every((r) => r.body.errors === undefined)).toBe(true);
    expect(new Set(responses.map((r) => JSON.stringify(r.body.data)))).toEqual(
      new Set([JSON.stringify(responses[0].body.data)]),
    );
    expect(responses[0].body.data!.recordPractice.progress.attempts).toBe(1);
    const conflict = await stack.query(RECORD, { input: { ...input, rating: "HARD" } }, { token });
    expect(errorCodes(conflict)).toEqual(["CONFLICT"]);
  });

  it("refuses a question that does not exist, writing nothing", async () => {
    const token = await stack.token("lost-learner");
    const missing = await stack.query(
      RECORD,
      { input: { questionId: "00000000-0000-4000-8000-000000000000", rating: "GOOD", idempotencyKey: "k" } },
      { token },
    );
    expect(errorCodes(missing)).toEqual(["NOT_FOUND"]);
    const viewer = await stack.query<{ viewer: { dueForReview: unknown[] } }>(
      `{ viewer { dueForReview { id } } }`,
      {},
      { token },
    );
    expect(viewer.body.data!.viewer.dueForReview).toEqual([]);
  });
});

describe("two users never see each other's data", () => {
  it("keeps progress and notes to their owner", async () => {
    const alice = await stack.token("alice");
    const bob = await stack.token("bob");
    await stack.query(
      RECORD,
      { input: { questionId: backend(1), rating: "GOOD", idempotencyKey: "a1" } },
      { token: alice },
    );
    const note = await stack.query<{ addNote: { id: string } }>(
      `mutation($input: AddNoteInput!) { addNote(input: $input) { id body } }`,
      {
        input: {
          questionId: backend(1),
          body: "Mention versioning in the URL vs headers.",
          highlight: "versioned",
        },
      },
      { token: alice },
    );
    const noteId = note.body.data!.addNote.id;

    const bobsView = await stack.query<{
      question: { myProgress: { status: string; notes: unknown[] } };
      viewer: { notes: { totalCount: number } };
    }>(
      `query($id: ID!) { question(id: $id) { myProgress { status notes { id } } } viewer { notes { totalCount } } }`,
      { id: backend(1) },
      { token: bob },
    );
    expect(bobsView.body.data).toEqual({
      question: { myProgress: { status: "NOT_STARTED", notes: [] } },
      viewer: { notes: { totalCount: 0 } },
    });

    const update = await stack.query(
      `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id } }`,
      { input: { id: noteId, body: "mine now" } },
      { token: bob },
    );
    const missing = await stack.query(
      `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id } }`,
      { input: { id: "00000000-0000-4000-8000-000000000001", body: "x" } },
      { token: bob },
    );
    expect(errorCodes(update)).toEqual(["NOT_FOUND"]);
    expect(update.body.errors![0].message).toBe(
      missing.body.errors![0].message.replace("00000000-0000-4000-8000-000000000001", noteId),
    );
    const del = await stack.query(
      `mutation($id: ID!) { deleteNote(id: $id) }`,
      { id: noteId },
      { token: bob },
    );
    expect(errorCodes(del)).toEqual(["NOT_FOUND"]);

    const alicesView = await stack.query<{ viewer: { notes: { edges: { node: { body: string } }[] } } }>(
      `{ viewer { notes { edges { node { body } } } } }`,
      {},
      { token: alice },
    );
    expect(alicesView.body.data!.viewer.notes.edges.map((e) => e.node.body)).toEqual([
      "Mention versioning in the URL vs headers.",
    ]);
  });

  it("refuses bad note input naming the field, writing nothing", async () => {
    const token = await stack.token("validation-learner");
    for (const [input, field] of [
      [{ questionId: backend(2), body: "" }, "body"],
      [{ questionId: backend(2), body: "x".repeat(10_001) }, "body"],
      [{ questionId: backend(2), body: "ok", highlight: "h".repeat(1001) }, "highlight"],
    ] as const) {
      const response = await stack.query(
        `mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`,
        { input },
        { token },
      );
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.body.errors![0].extensions).toMatchObject({ field });
    }
    const notes = await stack.query<{ viewer: { notes: { totalCount: number } } }>(
      `{ viewer { notes { totalCount } } }`,
      {},
      { token },
    );
    expect(notes.body.data!.viewer.notes.totalCount).toBe(0);
  });
});

describe("identity", () => {
  const sign = (claims: Record<string, unknown>, secret = stack.jwtSecret, alg = "HS256") =>
    new SignJWT(claims)
      .setProtectedHeader({ alg })
      .setSubject("mallory")
      .sign(new TextEncoder().encode(secret));
  const unsigned = () =>
    [
      { alg: "none", typ: "JWT" },
      { sub: "mallory", roles: ["ADMIN"], exp: Math.floor(Date.now() / 1000) + 3600 },
    ]
      .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url"))
      .join(".") + ".";

  it.each([
    ["expired", () => sign({ exp: Math.floor(Date.now() / 1000) - 60 })],
    [
      "not yet valid",
      () => sign({ nbf: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 }),
    ],
    [
      "wrongly signed",
      () => sign({ exp: Math.floor(Date.now() / 1000) + 60 }, "another-secret-of-enough-length"),
    ],
    ["alg none", async () => unsigned()],
    ["malformed", async () => "not.a.jwt"],
  ])("answers a %s token with 401 UNAUTHENTICATED and no data", async (_case, makeToken) => {
    const response = await stack.query(
      `{ viewer { id } role(slug: "backend-developer") { title } }`,
      {},
      { token: await makeToken() },
    );
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.body.data ?? null).toBeNull();
  });

  it("treats a missing token as anonymous, and viewer then says UNAUTHENTICATED", async () => {
    const response = await stack.query(`{ viewer { id } }`);
    expect(response.status).toBe(200);
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.body.data).toEqual({ viewer: null });
  });

  it("is checked again by each subgraph: a forged token sent straight to progress is refused", async () => {
    const forged = await sign({ exp: Math.floor(Date.now() / 1000) + 60 }, "another-secret-of-enough-length");
    const response = await fetch(stack.progress.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${forged}`,
        "x-user-id": "alice",
      },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(response.status).toBe(401);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("UNAUTHENTICATED");
  });
});

describe("cost of the viewer's due reviews", () => {
  it("is a constant number of SQL statements and subgraph calls whatever the number of items", async () => {
    const token = await stack.token("due-learner");
    const measure = async () => {
      stack.resetCounters();
      const response = await stack.query<{
        viewer: { dueForReview: { prompt: string; myProgress: { status: string } }[] };
      }>(`{ viewer { dueForReview(first: 50) { prompt myProgress { status } } } }`, {}, { token });
      expect(response.body.errors).toBeUndefined();
      return {
        items: response.body.data!.viewer.dueForReview.length,
        statements: stack.statements(),
        calls: stack.gateway.gateway.subgraphCalls.snapshot(),
      };
    };
    const practise = async (positions: number[]) => {
      for (const position of positions) {
        await stack.query(
          RECORD,
          { input: { questionId: backend(position), rating: "AGAIN", idempotencyKey: `due-${position}` } },
          { token },
        );
      }
    };
    await practise([9, 10]);
    clock = new Date(clock.getTime() + 24 * 3600 * 1000);
    const two = await measure();
    await practise([11, 12, 13, 14]);
    clock = new Date(clock.getTime() + 24 * 3600 * 1000);
    const six = await measure();
    expect([two.items, six.items]).toEqual([2, 6]);
    expect(six.statements).toEqual(two.statements);
    expect(six.calls).toEqual(two.calls);
    expect(two.statements.progress).toBe(1);
  });
});
