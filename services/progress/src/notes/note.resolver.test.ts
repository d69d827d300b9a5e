import { questionIdFor } from "@careergraph/content";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import {
  addNote,
  codes,
  deleteNote,
  questionProgress,
  rowCounts,
  updateNote,
  viewerNotes,
} from "../test-operations";

const question = (n: number) => questionIdFor("backend-developer", n);
const MISSING_NOTE = "0f6b8a52-3d52-4a0e-9c5e-000000000001";

let stack: ProgressStack;

beforeAll(async () => {
  stack = await startProgressStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe("addNote", () => {
  it("adds a note that shows in the question's progress and the viewer's notes", async () => {
    const token = await stack.tokenFor("writer");
    const added = await addNote(stack, token, {
      questionId: question(1),
      body: "  Mention idempotent retries.  ",
      highlight: "retries",
    });
    expect(added.errors).toBeUndefined();
    const note = added.data!.addNote;
    expect(note).toMatchObject({
      body: "Mention idempotent retries.",
      highlight: "retries",
      question: { id: question(1) },
    });
    expect(note.createdAt).toBe(stack.clock.now().toISOString());
    expect(note.updatedAt).toBe(note.createdAt);

    const progress = await questionProgress(stack, token, [question(1), question(2)]);
    expect(progress.data?._entities.map((q) => q.myProgress?.notes)).toEqual([[note], []]);
    const listed = await viewerNotes(stack, token);
    expect(listed.data?.viewer?.notes.edges.map((edge) => edge.node)).toEqual([note]);
  });

  it("refuses a question the catalog does not publish with NOT_FOUND, and writes nothing", async () => {
    const token = await stack.tokenFor("nowhere");
    for (const questionId of ["6a1d4a8e-2c0b-4d0e-8a55-000000000000", "42"]) {
      const result = await addNote(stack, token, { questionId, body: "a note" });
      expect(codes(result)).toEqual(["NOT_FOUND"]);
    }
    expect(await rowCounts(stack, "nowhere")).toMatchObject({ notes: 0 });
  });

  it("checks body and highlight, naming the field, and writes nothing", async () => {
    const token = await stack.tokenFor("careless");
    const cases = [
      [{ body: "" }, "body"],
      [{ body: "   " }, "body"],
      [{ body: "x".repeat(10_001) }, "body"],
      [{ body: "fine", highlight: "h".repeat(1_001) }, "highlight"],
    ] as const;
    for (const [fields, field] of cases) {
      const result = await addNote(stack, token, { questionId: question(1), ...fields });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors?.[0].extensions?.field).toBe(field);
    }
    expect(await rowCounts(stack, "careless")).toMatchObject({ notes: 0 });
    // The limits themselves are allowed (characters, not UTF-16 units).
    const longest = await addNote(stack, token, {
      questionId: question(1),
      body: "😀".repeat(10_000),
      highlight: "h".repeat(1_000),
    });
    expect(longest.errors).toBeUndefined();
  });

  it("needs a signed-in caller", async () => {
    expect(codes(await addNote(stack, undefined, { questionId: question(1), body: "anonymous" }))).toEqual([
      "UNAUTHENTICATED",
    ]);
  });
});

describe("updateNote and deleteNote", () => {
  it("change only the fields given", async () => {
    const token = await stack.tokenFor("editor-of-own");
    const { data } = await addNote(stack, token, {
      questionId: question(2),
      body: "first",
      highlight: "passage",
    });
    const id = data!.addNote.id;
    stack.clock.advance(60_000);
    const body = await updateNote(stack, token, { id, body: "second" });
    expect(body.data?.updateNote).toMatchObject({
      body: "second",
      highlight: "passage",
      updatedAt: stack.clock.now().toISOString(),
    });
    const kept = await updateNote(stack, token, { id, highlight: "another passage" });
    expect(kept.data?.updateNote).toMatchObject({ body: "second", highlight: "another passage" });
    const cleared = await updateNote(stack, token, { id, highlight: null });
    expect(cleared.data?.updateNote).toMatchObject({ body: "second", highlight: null });
    const invalid = await updateNote(stack, token, { id, body: "" });
    expect(codes(invalid)).toEqual(["BAD_USER_INPUT"]);
    expect(invalid.errors?.[0].extensions?.field).toBe("body");

    expect((await deleteNote(stack, token, id)).data).toEqual({ deleteNote: true });
    expect(codes(await deleteNote(stack, token, id))).toEqual(["NOT_FOUND"]);
    expect(await rowCounts(stack, "editor-of-own")).toMatchObject({ notes: 0 });
  });

  it("treat another user's note exactly like a note that does not exist", async () => {
    const [owner, other] = await Promise.all([stack.tokenFor("owner"), stack.tokenFor("intruder")]);
    const { data } = await addNote(stack, owner, { questionId: question(3), body: "mine" });
    const note = data!.addNote;

    const update = await updateNote(stack, other, { id: note.id, body: "yours now" });
    const missingUpdate = await updateNote(stack, other, { id: MISSING_NOTE, body: "yours now" });
    const remove = await deleteNote(stack, other, note.id);
    for (const result of [update, missingUpdate, remove]) expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(update.errors?.[0].message).toBe(missingUpdate.errors?.[0].message.replace(MISSING_NOTE, note.id));

    const theirs = await questionProgress(stack, other, [question(3)]);
    expect(theirs.data?._entities[0].myProgress?.notes).toEqual([]);
    expect((await viewerNotes(stack, other)).data?.viewer?.notes.totalCount).toBe(0);
    const mine = await viewerNotes(stack, owner);
    expect(mine.data?.viewer?.notes.edges.map((edge) => edge.node)).toEqual([note]);
  });

  it("give NOT_FOUND, not a database error, for an id that is not a uuid", async () => {
    const token = await stack.tokenFor("typo");
    expect(codes(await updateNote(stack, token, { id: "note-1", body: "x" }))).toEqual(["NOT_FOUND"]);
    expect(codes(await deleteNote(stack, token, "note-1"))).toEqual(["NOT_FOUND"]);
  });
});

describe("viewer.notes", () => {
  it("pages newest first with a keyset cursor", async () => {
    const token = await stack.tokenFor("pager");
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      stack.clock.advance(1_000);
      const { data } = await addNote(stack, token, { questionId: question(i), body: `note ${i}` });
      ids.push(data!.addNote.id);
    }
    const newestFirst = [...ids].reverse();
    const first = await viewerNotes(stack, token, 2);
    const page1 = first.data!.viewer!.notes;
    expect(page1.edges.map((edge) => edge.node.id)).toEqual(newestFirst.slice(0, 2));
    expect(page1).toMatchObject({
      totalCount: 5,
      pageInfo: { hasNextPage: true, endCursor: page1.edges[1].cursor },
    });

    // A note added meanwhile is newer than the cursor: the next page neither repeats nor skips.
    stack.clock.advance(1_000);
    await addNote(stack, token, { questionId: question(6), body: "newest" });
    const page2 = (await viewerNotes(stack, token, 2, page1.pageInfo.endCursor)).data!.viewer!.notes;
    expect(page2.edges.map((edge) => edge.node.id)).toEqual(newestFirst.slice(2, 4));
    const page3 = (await viewerNotes(stack, token, 2, page2.pageInfo.endCursor)).data!.viewer!.notes;
    expect(page3.edges.map((edge) => edge.node.id)).toEqual(newestFirst.slice(4));
    expect(page3).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false } });
  });

  it("orders notes written in the same millisecond by id", async () => {
    const token = await stack.tokenFor("same-time");
    await Promise.all(
      [1, 2, 3].map((n) => addNote(stack, token, { questionId: question(n), body: `same ${n}` })),
    );
    const all = (await viewerNotes(stack, token, 10)).data!.viewer!.notes.edges.map((edge) => edge.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        edges: { node: { id: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      } = (await viewerNotes(stack, token, 1, after)).data!.viewer!.notes;
      paged.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    expect(all).toEqual([...all].sort().reverse());
  });

  it("refuses a cursor from another list or a page size over 100", async () => {
    const token = await stack.tokenFor("pager");
    const badCursor = await viewerNotes(stack, token, 2, Buffer.from("question:3").toString("base64url"));
    expect(codes(badCursor)).toEqual(["BAD_USER_INPUT"]);
    expect(badCursor.errors?.[0].extensions?.field).toBe("after");
    const tooMany = await viewerNotes(stack, token, 101);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
