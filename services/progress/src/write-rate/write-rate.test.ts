import { questionIdFor } from "@careergraph/content";
import { addNote, codes, deleteNote, recordPractice, rowCounts, updateNote } from "../test-operations";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";

const question = (n: number) => questionIdFor("backend-developer", n);
const MINUTE = new Date("2026-03-02T09:00:00.000Z");
let stack: ProgressStack;
let keys = 0;

beforeAll(async () => {
  stack = await startProgressStack(MINUTE, { PRACTICE_WRITES_PER_MINUTE: "3", NOTE_WRITES_PER_MINUTE: "2" });
});
afterAll(async () => {
  await stack?.stop();
});

const practise = async (userId: string) =>
  recordPractice(stack, await stack.tokenFor(userId), {
    questionId: question(1),
    rating: "GOOD",
    idempotencyKey: `rate-${keys++}`,
  });

describe("a learner's practice writes per minute", () => {
  it("takes the 3rd practice of a minute and refuses the 4th with RATE_LIMITED and retryAfterSeconds, writing nothing", async () => {
    stack.clock.set(new Date(MINUTE.getTime() + 10_000)); // 50 s left in the minute
    for (let i = 0; i < 3; i++) expect((await practise("busy")).errors).toBeUndefined();
    const before = await rowCounts(stack, "busy");
    const over = await practise("busy");
    expect(codes(over)).toEqual(["RATE_LIMITED"]);
    expect(over.errors![0].extensions).toMatchObject({ retryAfterSeconds: 50, limit: 3 });
    expect(over.data).toBeNull();
    expect(await rowCounts(stack, "busy")).toEqual(before);
    // another learner has a budget of their own
    expect((await practise("calm")).errors).toBeUndefined();
  });

  it("takes practices again once the minute is over", async () => {
    stack.clock.set(new Date(MINUTE.getTime() + 59_999));
    expect(codes(await practise("busy"))).toEqual(["RATE_LIMITED"]);
    stack.clock.set(new Date(MINUTE.getTime() + 60_000));
    expect((await practise("busy")).errors).toBeUndefined();
  });
});

describe("a learner's note writes per minute", () => {
  it("counts adds, updates and deletes together: the 2nd is taken, the 3rd refused and nothing changes", async () => {
    stack.clock.set(new Date(MINUTE.getTime() + 5 * 60_000));
    const token = await stack.tokenFor("noter");
    const added = await addNote(stack, token, { questionId: question(2), body: "first" });
    expect(added.errors).toBeUndefined();
    const id = added.data!.addNote.id;
    expect((await updateNote(stack, token, { id, body: "second" })).errors).toBeUndefined();
    const refused = await deleteNote(stack, token, id);
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.errors![0].extensions?.retryAfterSeconds).toBe(60);
    expect(codes(await addNote(stack, token, { questionId: question(3), body: "x" }))).toEqual([
      "RATE_LIMITED",
    ]);
    const [note] = await stack.sql<{ body: string }>(
      `SELECT body FROM progress.note WHERE user_id = 'noter'`,
    );
    expect(note).toEqual({ body: "second" });
    expect((await rowCounts(stack, "noter")).notes).toBe(1);
    stack.clock.advance(60_000);
    expect((await deleteNote(stack, token, id)).data?.deleteNote).toBe(true);
  });

  it("keeps practices and notes apart: notes used up leave practices free", async () => {
    stack.clock.set(new Date(MINUTE.getTime() + 10 * 60_000));
    const token = await stack.tokenFor("both");
    for (let i = 0; i < 2; i++)
      expect(
        (await addNote(stack, token, { questionId: question(4), body: `n${i}` })).errors,
      ).toBeUndefined();
    expect(codes(await addNote(stack, token, { questionId: question(4), body: "n3" }))).toEqual([
      "RATE_LIMITED",
    ]);
    expect((await practise("both")).errors).toBeUndefined();
  });
});
