import { roleIdFor } from "@careergraph/content";
import { catalogServices, ContentStatus, QuestionType } from "@careergraph/roles";
import { errorCodes } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

/**
 * Every connection walked page by page to its end and compared with the whole list. On PostgreSQL the
 * database sorts text with an ICU collation that ignores punctuation (as glibc's en_US.UTF-8 does),
 * where "database-administrator" sorts before "data-engineer": cursors must still compare in the
 * order the list is sorted in.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ collation: "ignore-punctuation" });
  const extraRoles = ["database-administrator", "dev-rel", "data-analyst", "devops-lead"];
  await stack.roles.deps.db.dataSource.query(
    `INSERT INTO roles.role (slug, title, status) SELECT slug, initcap(replace(slug, '-', ' ')), 'PUBLISHED'
     FROM unnest($1::text[]) AS slug`,
    [extraRoles],
  );
  const questions = catalogServices(stack.roles.deps).questions;
  for (let n = 1; n <= 9; n++) {
    await questions.create({
      roleId: roleIdFor("data-engineer"),
      prompt: `How would you keep pipeline number ${n} reliable when its upstream schema changes?`,
      answerTip: "Contracts, validation at the edge, alerting and a replay plan.",
      type: n % 3 === 0 ? QuestionType.BEHAVIORAL : QuestionType.TECHNICAL,
      topics: n % 2 === 0 ? ["data-pipelines"] : [],
      status: ContentStatus.PUBLISHED,
    });
  }
  await stack.clearCaches();
});
afterAll(() => stack.stop());

interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Follows `endCursor` while `hasNextPage`, checking each page, and gives every node in order. */
async function walk<N>(first: number, page: (after: string | null) => Promise<Connection<N>>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const connection = await page(after);
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    expect(connection.pageInfo.endCursor).toBe(
      connection.edges.at(-1)?.cursor ?? after ?? expect.any(String),
    );
    nodes.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error("the connection never ended");
}

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await stack.query<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const ROLES = `query($first: Int, $after: String) {
  roles(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } }
}`;
const rolesPage = (first: number) => async (after: string | null) =>
  (await data<{ roles: Connection<{ slug: string }> }>(ROLES, { first, after })).roles;

const QUESTIONS = `query($first: Int, $after: String, $type: QuestionType, $topic: String) {
  role(slug: "data-engineer") {
    questions(first: $first, after: $after, type: $type, topic: $topic) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id position type } }
    }
  }
}`;
type QuestionNode = { id: string; position: number; type: string };
const questionsPage =
  (first: number, filters: { type?: string; topic?: string } = {}) =>
  async (after: string | null) =>
    (await data<{ role: { questions: Connection<QuestionNode> } }>(QUESTIONS, { first, after, ...filters }))
      .role.questions;

const SEARCH = `query($first: Int, $after: String) {
  searchQuestions(query: "pipeline OR data OR schema", first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id prompt } }
  }
}`;
const searchPage = (first: number) => async (after: string | null) =>
  (await data<{ searchQuestions: Connection<{ id: string }> }>(SEARCH, { first, after })).searchQuestions;

describe("the role list", () => {
  it("walks page by page to the same list, in bytewise slug order, whatever the database's collation", async () => {
    const all = (await rolesPage(100)(null)).edges.map((edge) => edge.node.slug);
    expect(all).toHaveLength(9);
    expect(all).toEqual([...all].sort());
    expect(all.indexOf("data-engineer")).toBeLessThan(all.indexOf("database-administrator"));
    for (const first of [1, 2, 3, 4]) {
      expect((await walk(first, rolesPage(first))).map((role) => role.slug)).toEqual(all);
    }
  });

  it("answers first: 0 with no edges, whether more follow, and a cursor that resumes", async () => {
    const empty = await rolesPage(0)(null);
    expect(empty).toMatchObject({ edges: [], totalCount: 9, pageInfo: { hasNextPage: true } });
    const resumed = await rolesPage(2)(empty.pageInfo.endCursor);
    expect(resumed.edges).toEqual((await rolesPage(2)(null)).edges);
    const whole = await rolesPage(100)(null);
    const atEnd = await rolesPage(0)(whole.pageInfo.endCursor);
    expect(atEnd.pageInfo).toEqual({ hasNextPage: false, endCursor: whole.pageInfo.endCursor });
  });
});

describe("a role's questions", () => {
  it("walks to the same list in page order, also filtered by type or topic", async () => {
    const all = (await questionsPage(100)(null)).edges.map((edge) => edge.node);
    expect(all).toHaveLength(25);
    expect(all.map((q) => q.position)).toEqual(all.map((_, i) => i + 1));
    for (const first of [1, 3, 7]) expect(await walk(first, questionsPage(first))).toEqual(all);
    const technical = await walk(2, questionsPage(2, { type: "TECHNICAL" }));
    expect(technical).toEqual(all.filter((q) => q.type === "TECHNICAL"));
    const pipelines = await walk(2, questionsPage(2, { topic: "data-pipelines" }));
    expect(pipelines.length).toBe((await questionsPage(100, { topic: "data-pipelines" })(null)).totalCount);
    expect(pipelines.map((q) => q.position)).toEqual(
      [...pipelines.map((q) => q.position)].sort((a, b) => a - b),
    );
  });

  it("answers first: 0 with the count and a cursor that resumes", async () => {
    const empty = await questionsPage(0)(null);
    expect(empty).toMatchObject({ edges: [], totalCount: 25, pageInfo: { hasNextPage: true } });
    expect((await questionsPage(3)(empty.pageInfo.endCursor)).edges).toEqual(
      (await questionsPage(3)(null)).edges,
    );
  });
});

describe("search", () => {
  it("walks to the same ranked list, whatever the page size", async () => {
    const all = (await searchPage(100)(null)).edges.map((edge) => edge.node.id);
    expect(all.length).toBeGreaterThan(10);
    for (const first of [1, 4]) expect((await walk(first, searchPage(first))).map((q) => q.id)).toEqual(all);
  });

  it("neither repeats nor skips a result when content changes between two pages", async () => {
    const before = (await searchPage(100)(null)).edges.map((edge) => edge.node.id);
    const page1 = await searchPage(3)(null);
    const archived = page1.edges[0].node.id;
    await catalogServices(stack.roles.deps).questions.setStatus(archived, ContentStatus.ARCHIVED);
    const continued = await walkFrom(page1.pageInfo.endCursor);
    expect(continued).not.toContain(archived);
    expect([...page1.edges.map((edge) => edge.node.id), ...continued]).toEqual(before);
  });
});

/** The rest of the search list after a cursor, page by page. */
async function walkFrom(after: string | null): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor = after; ;) {
    const page = await searchPage(3)(cursor);
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    cursor = page.pageInfo.endCursor;
  }
}

describe("the learner's notes", () => {
  it("walks newest first to the same list", async () => {
    const token = await stack.token("walking-learner");
    const ids = (await questionsPage(6)(null)).edges.map((edge) => edge.node.id);
    for (const questionId of ids) {
      const added = await stack.query(
        `mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`,
        { input: { questionId, body: `a note on ${questionId}` } },
        { token },
      );
      expect(added.body.errors).toBeUndefined();
    }
    const NOTES = `query($first: Int, $after: String) {
      viewer { notes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
    }`;
    const notesPage = (first: number) => async (after: string | null) => {
      const response = await stack.query<{ viewer: { notes: Connection<{ id: string }> } }>(
        NOTES,
        { first, after },
        { token },
      );
      return response.body.data!.viewer.notes;
    };
    const all = (await notesPage(100)(null)).edges.map((edge) => edge.node.id);
    expect(all).toHaveLength(6);
    for (const first of [1, 4]) expect((await walk(first, notesPage(first))).map((n) => n.id)).toEqual(all);
  });
});

describe("cursors that do not fit", () => {
  it("are refused naming `after`, and so are page sizes over 100", async () => {
    const questionCursor = (await questionsPage(1)(null)).pageInfo.endCursor;
    const wrongList = await stack.query(ROLES, { first: 2, after: questionCursor });
    expect(errorCodes(wrongList)).toEqual(["BAD_USER_INPUT"]);
    expect(wrongList.body.errors![0].extensions?.field).toBe("after");
    const tooMany = await stack.query(ROLES, { first: 101 });
    expect(tooMany.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});
