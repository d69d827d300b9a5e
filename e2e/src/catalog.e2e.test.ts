import { errorCodes, type GraphQLResponse } from "@careergraph/testing";
import { seedQuestions } from "./seed-page";
import { startStack, type Stack } from "./stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

interface QuestionNode {
  position: number;
  prompt: string;
  answerTip: string;
  type: string;
}
interface RoleData {
  role: {
    title: string;
    questionCount: number;
    questions: {
      totalCount: number;
      edges: { cursor: string; node: QuestionNode }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
}

const ROLE_QUESTIONS = `query($slug: String!, $first: Int, $after: String, $type: QuestionType, $topic: String) {
  role(slug: $slug) {
    title questionCount
    questions(first: $first, after: $after, type: $type, topic: $topic) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { position prompt answerTip type } }
    }
  }
}`;

describe("the seed role through the gateway", () => {
  it("serves all 16 questions of the seed page, in order, with their exact texts and types", async () => {
    const response = await stack.query<RoleData>(ROLE_QUESTIONS, { slug: "backend-developer", first: 50 });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const role = response.body.data!.role!;
    expect(role.title).toBe("Backend Developer");
    expect(role.questionCount).toBe(16);
    const served = role.questions.edges.map((edge) => edge.node);
    expect(served.map(({ position, prompt, answerTip }) => ({ position, prompt, answerTip }))).toEqual(
      seedQuestions(),
    );
    const behavioral = served.filter((q) =>
      /^(Tell me about a time|Describe your experience)/.test(q.prompt),
    );
    expect(behavioral.map((q) => q.position)).toEqual([4, 8, 16]);
    expect(behavioral.every((q) => q.type === "BEHAVIORAL")).toBe(true);
    expect(served.filter((q) => q.type !== "BEHAVIORAL").every((q) => q.type === "TECHNICAL")).toBe(true);
  });

  it("answers null for an unknown slug", async () => {
    const response = await stack.query<RoleData>(ROLE_QUESTIONS, { slug: "astronaut" });
    expect(response.body).toEqual({ extensions: { cost: expect.any(Object) }, data: { role: null } });
  });

  it("filters questions by type and by topic", async () => {
    const behavioral = await stack.query<RoleData>(ROLE_QUESTIONS, {
      slug: "backend-developer",
      type: "BEHAVIORAL",
    });
    expect(behavioral.body.data!.role!.questions.edges.map((e) => e.node.position)).toEqual([4, 8, 16]);
    expect(behavioral.body.data!.role!.questions.totalCount).toBe(3);
    const caching = await stack.query<RoleData>(ROLE_QUESTIONS, {
      slug: "backend-developer",
      topic: "caching",
    });
    expect(caching.body.data!.role!.questions.edges.map((e) => e.node.prompt)).toContain(
      "How do you implement caching effectively? What are the common pitfalls?",
    );
  });

  it("gives a question by id with its role, and null for unknown or malformed ids", async () => {
    const first = await stack.query<{
      roles: { edges: { node: { questions: { edges: { node: { id: string } }[] } } }[] };
    }>(`{ roles(first: 1) { edges { node { questions(first: 1) { edges { node { id } } } } } } }`);
    const id = first.body.data!.roles.edges[0].node.questions.edges[0].node.id;
    const found = await stack.query(`query($id: ID!) { question(id: $id) { id position role { slug } } }`, {
      id,
    });
    expect(found.body.data).toEqual({ question: { id, position: 1, role: { slug: "backend-developer" } } });
    for (const missing of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await stack.query(`query($id: ID!) { question(id: $id) { id } }`, { id: missing });
      expect(response.body).toEqual({ extensions: { cost: expect.any(Object) }, data: { question: null } });
    }
  });
});

interface RolesPage {
  roles: { edges: { node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describe("pagination", () => {
  it("walks a role's questions with first/after without gaps or repeats", async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<RoleData> = await stack.query<RoleData>(ROLE_QUESTIONS, {
        slug: "software-engineer",
        first: 5,
        after,
      });
      const connection = response.body.data!.role!.questions;
      expect(connection.totalCount).toBe(18);
      seen.push(...connection.edges.map((edge) => edge.node.position));
      pages += 1;
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it("walks the roles list", async () => {
    const slugs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<RolesPage> = await stack.query<RolesPage>(
        `query($after: String) { roles(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      slugs.push(...response.body.data!.roles.edges.map((e) => e.node.slug));
      if (!response.body.data!.roles.pageInfo.hasNextPage) break;
      after = response.body.data!.roles.pageInfo.endCursor;
    }
    expect(slugs).toEqual([
      "backend-developer",
      "data-engineer",
      "devops-engineer",
      "full-stack-developer",
      "software-engineer",
    ]);
  });

  it("refuses a page size above 100, a negative one and a malformed cursor, naming the argument", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, "first"],
      [{ first: -1 }, "first"],
      [{ first: 5, after: "bm9wZQ" }, "after"],
      [{ first: 5, after: "%%%" }, "after"],
    ];
    for (const [variables, field] of cases) {
      const response = await stack.query<RoleData>(ROLE_QUESTIONS, {
        slug: "backend-developer",
        ...variables,
      });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.body.errors![0].extensions).toMatchObject({ field });
      expect(response.body.errors![0].message).toMatch(new RegExp(`^${field}:`));
    }
  });

  it("does not accept a cursor of another list", async () => {
    const roles = await stack.query<{ roles: { pageInfo: { endCursor: string } } }>(
      `{ roles(first: 1) { pageInfo { endCursor } } }`,
    );
    const response = await stack.query<RoleData>(ROLE_QUESTIONS, {
      slug: "backend-developer",
      after: roles.body.data!.roles.pageInfo.endCursor,
    });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("search", () => {
  interface SearchData {
    searchQuestions: {
      totalCount: number;
      edges: { node: { prompt: string; answerTip: string; type: string; role: { slug: string } } }[];
    };
  }
  const SEARCH = `query($query: String!, $roleSlug: String, $type: QuestionType, $first: Int, $after: String) {
    searchQuestions(query: $query, roleSlug: $roleSlug, type: $type, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { prompt answerTip type role { slug } } }
    }
  }`;

  it("finds questions by words of their prompt, best match first", async () => {
    const response = await stack.query<SearchData>(SEARCH, { query: "caching pitfalls" });
    expect(response.body.data!.searchQuestions.edges[0].node.prompt).toBe(
      "How do you implement caching effectively? What are the common pitfalls?",
    );
  });

  it("finds questions by words of their answer tip, and ranks a prompt match above a tip match", async () => {
    const tipOnly = await stack.query<SearchData>(SEARCH, { query: "OpenAPI" });
    expect(tipOnly.body.data!.searchQuestions.edges.map((e) => e.node.prompt)).toContain(
      "How do you design a RESTful API that is consistent, versioned, and well-documented?",
    );
    const ranked = await stack.query<SearchData>(SEARCH, {
      query: "rate limiting",
      roleSlug: "backend-developer",
    });
    const prompts = ranked.body.data!.searchQuestions.edges.map((e) => e.node.prompt);
    expect(prompts[0]).toBe("Describe your approach to API rate limiting and throttling.");
  });

  it("filters by role and by type, and pages through results", async () => {
    const byRole = await stack.query<SearchData>(SEARCH, {
      query: "database",
      roleSlug: "backend-developer",
    });
    const nodes = byRole.body.data!.searchQuestions.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.every((node) => node.role.slug === "backend-developer")).toBe(true);
    const behavioral = await stack.query<SearchData>(SEARCH, { query: "experience", type: "BEHAVIORAL" });
    expect(behavioral.body.data!.searchQuestions.edges.every((e) => e.node.type === "BEHAVIORAL")).toBe(true);

    const all = byRole.body.data!.searchQuestions;
    const firstPage = await stack.query<
      SearchData & { searchQuestions: { pageInfo: { endCursor: string } } }
    >(SEARCH, {
      query: "database",
      roleSlug: "backend-developer",
      first: 1,
    });
    const secondPage = await stack.query<SearchData>(SEARCH, {
      query: "database",
      roleSlug: "backend-developer",
      first: 100,
      after: firstPage.body.data!.searchQuestions.pageInfo.endCursor,
    });
    expect(
      [...firstPage.body.data!.searchQuestions.edges, ...secondPage.body.data!.searchQuestions.edges].map(
        (e) => e.node.prompt,
      ),
    ).toEqual(all.edges.map((e) => e.node.prompt));
  });

  it("refuses an empty query, naming it", async () => {
    const response = await stack.query(SEARCH, { query: "   " });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.body.errors![0].extensions).toMatchObject({ field: "query" });
  });
});
