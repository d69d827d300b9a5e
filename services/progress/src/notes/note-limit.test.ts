import { questionIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { addNote, codes, deleteNote } from "../test-operations";

const question = (n: number) => questionIdFor("backend-developer", n);

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack(undefined, { NOTES_PER_USER_MAX: "3" });
});

afterAll(async () => {
  await stack?.stop();
});

describe("notes per user (NOTES_PER_USER_MAX=3)", () => {
  it("accepts the third note and refuses the fourth with LIMIT_EXCEEDED, for that user only", async () => {
    const token = await stack.tokenFor("prolific");
    const ids: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const added = await addNote(stack, token, { questionId: question(n), body: `note ${n}` });
      expect(added.errors).toBeUndefined();
      ids.push(added.data!.addNote.id);
    }
    const fourth = await addNote(stack, token, { questionId: question(4), body: "note 4" });
    expect(codes(fourth)).toEqual(["LIMIT_EXCEEDED"]);
    expect(fourth.errors![0].extensions).toMatchObject({ limit: "notes per user", max: 3 });
    const [{ count }] = await stack.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM progress.note WHERE user_id = 'prolific'`,
    );
    expect(count).toBe(3);

    const other = await addNote(stack, await stack.tokenFor("someone-else"), {
      questionId: question(1),
      body: "mine",
    });
    expect(other.errors).toBeUndefined();

    // deleting one makes room for exactly one more
    expect((await deleteNote(stack, token, ids[0])).errors).toBeUndefined();
    expect((await addNote(stack, token, { questionId: question(4), body: "note 4" })).errors).toBeUndefined();
    expect(codes(await addNote(stack, token, { questionId: question(5), body: "note 5" }))).toEqual([
      "LIMIT_EXCEEDED",
    ]);
  });
});
