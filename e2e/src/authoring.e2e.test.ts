import type { UserRole } from "@careergraph/auth";
import { roleIdFor } from "@careergraph/content";
import { errorCodes, type GraphQLResponse } from "@careergraph/testing";
import { startStack, type Stack } from "./stack";

/** Editors' writes to the catalog through the gateway: who may, drafts, versions, rules, audit trail. */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const tokenOf = (roles: UserRole[]) => stack.tokenOf(roles);
const as = <T = Record<string, unknown>>(
  roles: UserRole[] | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => stack.queryAs<T>(roles, query, variables, headers);

const ROLE_FIELDS = "id slug title summary status version";
const QUESTION_FIELDS = "id position prompt answerTip type status version topics { slug }";
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { ${ROLE_FIELDS} } } }`;
const UPDATE_ROLE = `mutation($input: UpdateRoleInput!) { updateRole(input: $input) { role { ${ROLE_FIELDS} } } }`;
const PUBLISH_ROLE = `mutation($input: ChangeStatusInput!) { publishRole(input: $input) { role { ${ROLE_FIELDS} } } }`;
const ARCHIVE_ROLE = `mutation($input: ChangeStatusInput!) { archiveRole(input: $input) { role { ${ROLE_FIELDS} } } }`;
const CREATE_QUESTION = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const MOVE_QUESTION = `mutation($input: MoveQuestionInput!) { moveQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const PUBLISH_QUESTION = `mutation($input: ChangeStatusInput!) { publishQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const ARCHIVE_QUESTION = `mutation($input: ChangeStatusInput!) { archiveQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { slug name } }`;
const AUDIT_LOG = `query($entityId: ID, $first: Int, $after: String) {
  auditLog(entityId: $entityId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { actor action entityType entityId requestId changes { field before after } } }
  }
}`;

interface RoleShape {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  status: string;
  version: number;
}
interface QuestionShape {
  id: string;
  position: number;
  prompt: string;
  answerTip: string;
  type: string;
  status: string;
  version: number;
  topics: { slug: string }[];
}

const EDITOR: UserRole[] = ["EDITOR"];
const newQuestion = (roleId: string, n: number) => ({
  roleId,
  prompt: `Walk me through how you would approach problem number ${n}.`,
  answerTip: "Structure the answer, name the trade-offs, close with what you measured.",
  type: "TECHNICAL",
  topicSlugs: ["system-design"],
});

async function createRole(slug: string): Promise<RoleShape> {
  const created = await as<{ createRole: { role: RoleShape } }>(EDITOR, CREATE_ROLE, {
    input: { slug, title: `Role ${slug}`, summary: "A role for the tests." },
  });
  expect(created.body.errors).toBeUndefined();
  return created.body.data!.createRole.role;
}

async function createQuestion(roleId: string, n: number, extra: Record<string, unknown> = {}) {
  const created = await as<{ createQuestion: { question: QuestionShape } }>(EDITOR, CREATE_QUESTION, {
    input: { ...newQuestion(roleId, n), ...extra },
  });
  expect(created.body.errors).toBeUndefined();
  return created.body.data!.createQuestion.question;
}

const catalogCounts = () =>
  stack.roles.deps.db.dataSource
    .query<{ roles: number; questions: number; audit: number }[]>(
      `SELECT (SELECT count(*) FROM roles.role)::int AS roles, (SELECT count(*) FROM roles.question)::int AS questions,
              (SELECT count(*) FROM roles.audit_entry)::int AS audit`,
    )
    .then((rows) => rows[0]);

describe("who may edit", () => {
  const SOME_ID = roleIdFor("backend-developer");
  const attempts: [string, string, Record<string, unknown>][] = [
    ["createRole", CREATE_ROLE, { input: { slug: "x-role", title: "X" } }],
    ["updateRole", UPDATE_ROLE, { input: { id: SOME_ID, expectedVersion: 1, title: "X" } }],
    ["publishRole", PUBLISH_ROLE, { input: { id: SOME_ID, expectedVersion: 1 } }],
    ["archiveRole", ARCHIVE_ROLE, { input: { id: SOME_ID, expectedVersion: 1 } }],
    ["createQuestion", CREATE_QUESTION, { input: newQuestion(SOME_ID, 1) }],
    ["updateQuestion", UPDATE_QUESTION, { input: { id: SOME_ID, expectedVersion: 1 } }],
    ["moveQuestion", MOVE_QUESTION, { input: { id: SOME_ID, expectedVersion: 1, position: 1 } }],
    ["publishQuestion", PUBLISH_QUESTION, { input: { id: SOME_ID, expectedVersion: 1 } }],
    ["archiveQuestion", ARCHIVE_QUESTION, { input: { id: SOME_ID, expectedVersion: 1 } }],
    ["createTopic", CREATE_TOPIC, { input: { slug: "x-topic", name: "X" } }],
    ["auditLog", AUDIT_LOG, {}],
  ];

  it.each(attempts)(
    "%s: anonymous is UNAUTHENTICATED, LEARNER and ANALYST are FORBIDDEN, nothing written",
    async (_, query, variables) => {
      const before = await catalogCounts();
      expect(errorCodes(await as(null, query, variables))).toEqual(["UNAUTHENTICATED"]);
      expect(errorCodes(await as(["LEARNER"], query, variables))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await as(["ANALYST"], query, variables))).toEqual(["FORBIDDEN"]);
      expect(await catalogCounts()).toEqual(before);
    },
  );

  it.each(attempts)("%s: EDITOR and ADMIN pass the role check", async (name, query, variables) => {
    for (const roles of [["EDITOR"], ["ADMIN"]] as UserRole[][]) {
      // unknown ids and fresh slugs: the call gets past the role check and is judged on its input
      const input = { ...(variables.input as Record<string, unknown> | undefined) };
      for (const field of ["id", "roleId"])
        if (field in input) input[field] = "00000000-0000-4000-8000-000000000000";
      if ("slug" in input) input.slug = `${String(input.slug)}-${roles[0].toLowerCase()}`;
      const response = await as(roles, query, variables.input ? { input } : variables);
      const codes = errorCodes(response);
      expect(codes).not.toContain("FORBIDDEN");
      expect(codes).not.toContain("UNAUTHENTICATED");
      const creates = ["createRole", "createTopic", "auditLog"].includes(name);
      expect(codes).toEqual(creates ? [] : ["NOT_FOUND"]);
    }
  });

  it("lets EDITOR and ADMIN write, and declares it in the supergraph for a router to enforce", async () => {
    for (const roles of [["EDITOR"], ["ADMIN"]] as UserRole[][]) {
      const slug = `allowed-${roles[0].toLowerCase()}`;
      const created = await as<{ createRole: { role: RoleShape } }>(roles, CREATE_ROLE, {
        input: { slug, title: "Allowed" },
      });
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.createRole.role).toMatchObject({ slug, status: "DRAFT", version: 1 });
    }
    const { readSupergraph } = await import("@careergraph/gateway");
    expect(readSupergraph()).toMatch(
      /createRole\(input: CreateRoleInput!\): RolePayload! @join__field\(graph: ROLES\) @requiresScopes\(scopes: \[\["EDITOR"\], \["ADMIN"\]\]\)/,
    );
  });
});

describe("the draft lifecycle", () => {
  it("shows drafts to editors who ask for them, and to readers only once published", async () => {
    const role = await createRole("draft-lifecycle");
    const READ = `query($status: [ContentStatus!]) { role(slug: "draft-lifecycle", status: $status) {
      title status questionCount questions(status: $status) { totalCount edges { node { status } } } } }`;
    expect((await as(null, READ)).body.data).toEqual({ role: null });
    expect(errorCodes(await as(["LEARNER"], READ, { status: ["DRAFT"] }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as(null, READ, { status: ["DRAFT"] }))).toEqual(["UNAUTHENTICATED"]);
    const LIST = `query($status: [ContentStatus!]) { roles(first: 100, status: $status) {
      totalCount edges { node { slug status version } } } }`;
    type RoleList = { roles: { totalCount: number; edges: { node: { slug: string; status: string } }[] } };
    const slugsIn = (list: RoleList) => list.roles.edges.map((edge) => edge.node.slug);
    expect(slugsIn((await as<RoleList>(null, LIST)).body.data!)).not.toContain("draft-lifecycle");
    const drafts = (await as<RoleList>(EDITOR, LIST, { status: ["DRAFT"] })).body.data!;
    expect(drafts.roles.edges).toContainEqual({
      node: { slug: "draft-lifecycle", status: "DRAFT", version: 1 },
    });
    expect(drafts.roles.edges.every((edge) => edge.node.status === "DRAFT")).toBe(true);
    expect(drafts.roles.totalCount).toBe(drafts.roles.edges.length);
    const everything = (await as<RoleList>(EDITOR, LIST, { status: ["DRAFT", "PUBLISHED"] })).body.data!;
    expect(slugsIn(everything)).toEqual([...slugsIn(everything)].sort());
    expect(slugsIn(everything)).toEqual(expect.arrayContaining(["backend-developer", "draft-lifecycle"]));
    expect(errorCodes(await as(["LEARNER"], LIST, { status: ["DRAFT"] }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await as(null, LIST, { status: ["DRAFT"] }))).toEqual(["UNAUTHENTICATED"]);

    const question = await createQuestion(role.id, 1);
    expect(question).toMatchObject({ status: "DRAFT", position: 1, version: 1 });
    const asEditor = await as<{
      role: { status: string; questionCount: number; questions: { totalCount: number } };
    }>(EDITOR, READ, { status: ["DRAFT", "PUBLISHED"] });
    expect(asEditor.body.data!.role).toMatchObject({
      status: "DRAFT",
      questionCount: 0,
      questions: { totalCount: 1 },
    });

    await as(EDITOR, PUBLISH_QUESTION, { input: { id: question.id, expectedVersion: 1 } });
    expect((await as(null, READ)).body.data).toEqual({ role: null }); // its role is still a draft
    const published = await as<{ publishRole: { role: RoleShape } }>(EDITOR, PUBLISH_ROLE, {
      input: { id: role.id, expectedVersion: 1 },
    });
    expect(published.body.data!.publishRole.role).toMatchObject({ status: "PUBLISHED", version: 2 });
    const reader = await as<{ role: { questionCount: number; questions: { totalCount: number } } }>(
      null,
      READ,
    );
    expect(reader.body.data!.role).toMatchObject({ questionCount: 1, questions: { totalCount: 1 } });

    await as(EDITOR, ARCHIVE_QUESTION, { input: { id: question.id, expectedVersion: 2 } });
    const afterArchive = await as<{ role: { questionCount: number } }>(null, READ);
    expect(afterArchive.body.data!.role.questionCount).toBe(0);
    const archivedForEditor = await as<{ role: { questions: { edges: { node: { status: string } }[] } } }>(
      EDITOR,
      READ,
      { status: ["ARCHIVED", "PUBLISHED"] },
    );
    expect(archivedForEditor.body.data!.role.questions.edges.map((e) => e.node.status)).toEqual(["ARCHIVED"]);
  });
});

describe("optimistic concurrency", () => {
  it("lets exactly one of 50 concurrent updates at the same version through; the others are CONFLICT", async () => {
    const role = await createRole("concurrency");
    const question = await createQuestion(role.id, 1);
    const token = await tokenOf(EDITOR);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query<{ updateQuestion: { question: QuestionShape } }>(
          UPDATE_QUESTION,
          {
            input: {
              id: question.id,
              expectedVersion: 1,
              prompt: `Concurrent prompt number ${i} wins the race?`,
            },
          },
          { token },
        ),
      ),
    );
    const won = responses.filter((r) => !r.body.errors);
    const lost = responses.filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const r of lost)
      expect(r.body.errors![0].extensions).toMatchObject({
        code: "CONFLICT",
        currentVersion: 2,
        field: "expectedVersion",
      });
    const [row]: { version: number; prompt: string }[] = await stack.roles.deps.db.dataSource.query(
      `SELECT version, prompt FROM roles.question WHERE id = $1`,
      [question.id],
    );
    expect(row).toEqual({ version: 2, prompt: won[0].body.data!.updateQuestion.question.prompt });
  });
});

describe("validation", () => {
  let roleId: string;
  beforeAll(async () => {
    roleId = (await createRole("validation")).id;
  });

  const refusal = async (input: Record<string, unknown>, query = CREATE_QUESTION) => {
    const before = await catalogCounts();
    const response = await as(EDITOR, query, { input });
    expect(await catalogCounts()).toEqual(before);
    const error = response.body.errors?.[0];
    return [error?.extensions?.code, error?.extensions?.field];
  };

  it("holds prompts to 10–500 characters and tips to 10–2,000, after trimming", async () => {
    const q = newQuestion("", 0);
    expect(await refusal({ ...q, roleId, prompt: "   " })).toEqual(["BAD_USER_INPUT", "prompt"]);
    expect(await refusal({ ...q, roleId, prompt: ` ${"p".repeat(9)} ` })).toEqual([
      "BAD_USER_INPUT",
      "prompt",
    ]);
    expect(await refusal({ ...q, roleId, prompt: "p".repeat(501) })).toEqual(["BAD_USER_INPUT", "prompt"]);
    expect(await refusal({ ...q, roleId, answerTip: "t".repeat(9) })).toEqual([
      "BAD_USER_INPUT",
      "answerTip",
    ]);
    expect(await refusal({ ...q, roleId, answerTip: "t".repeat(2001) })).toEqual([
      "BAD_USER_INPUT",
      "answerTip",
    ]);
    const shortest = await createQuestion(roleId, 0, { prompt: "p".repeat(10), answerTip: "t".repeat(10) });
    const longest = await createQuestion(roleId, 0, { prompt: "p".repeat(500), answerTip: "t".repeat(2000) });
    expect([shortest.prompt.length, longest.answerTip.length]).toEqual([10, 2000]);
  });

  it("names unknown roles and topics NOT_FOUND, bad slugs and positions BAD_USER_INPUT", async () => {
    const q = newQuestion(roleId, 1);
    expect(await refusal({ ...q, roleId: "00000000-0000-4000-8000-000000000000" })).toEqual([
      "NOT_FOUND",
      undefined,
    ]);
    expect(await refusal({ ...q, topicSlugs: ["system-design", "no-such-topic"] })).toEqual([
      "NOT_FOUND",
      "topicSlugs.1",
    ]);
    expect(await refusal({ ...q, topicSlugs: ["Not A Slug"] })).toEqual(["BAD_USER_INPUT", "topicSlugs.0"]);
    expect(await refusal({ ...q, position: 99 })).toEqual(["BAD_USER_INPUT", "position"]);
    expect(await refusal({ slug: "Bad Slug", title: "t" }, CREATE_ROLE)).toEqual(["BAD_USER_INPUT", "slug"]);
    expect(await refusal({ slug: "ok-slug", title: "  " }, CREATE_ROLE)).toEqual(["BAD_USER_INPUT", "title"]);
    expect(await refusal({ slug: "backend-developer", title: "Again" }, CREATE_ROLE)).toEqual([
      "CONFLICT",
      "slug",
    ]);
    expect(await refusal({ slug: "api-design", name: "Again" }, CREATE_TOPIC)).toEqual(["CONFLICT", "slug"]);
  });
});

describe("ordering", () => {
  it("moves a question and keeps the role's positions 1..n without gaps", async () => {
    const role = await createRole("ordering");
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) ids.push((await createQuestion(role.id, n)).id);
    const inserted = await createQuestion(role.id, 9, { position: 2 });
    const order = async () => {
      const rows: { id: string; position: number }[] = await stack.roles.deps.db.dataSource.query(
        `SELECT id, position FROM roles.question WHERE role_id = $1 ORDER BY position`,
        [role.id],
      );
      expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i + 1));
      return rows.map((r) => r.id);
    };
    expect(await order()).toEqual([ids[0], inserted.id, ids[1], ids[2], ids[3]]);
    const [current]: { version: number }[] = await stack.roles.deps.db.dataSource.query(
      `SELECT version FROM roles.question WHERE id = $1`,
      [ids[3]],
    );
    const moved = await as<{ moveQuestion: { question: QuestionShape } }>(EDITOR, MOVE_QUESTION, {
      input: { id: ids[3], expectedVersion: current.version, position: 1 },
    });
    expect(moved.body.data!.moveQuestion.question.position).toBe(1);
    expect(await order()).toEqual([ids[3], ids[0], inserted.id, ids[1], ids[2]]);
    const tooFar = await as(EDITOR, MOVE_QUESTION, {
      input: { id: ids[3], expectedVersion: moved.body.data!.moveQuestion.question.version, position: 6 },
    });
    expect(tooFar.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "position" });
  });
});

describe("the audit trail", () => {
  it("records who changed what, before and after, with the request id, newest first", async () => {
    const role = await createRole("audited");
    const question = await createQuestion(role.id, 1);
    const updated = await as(
      ["EDITOR"],
      UPDATE_QUESTION,
      { input: { id: question.id, expectedVersion: 1, answerTip: "A better tip: lead with the outcome." } },
      { "x-request-id": "audit-req-1" },
    );
    expect(updated.body.errors).toBeUndefined();
    const log = await as<{
      auditLog: {
        totalCount: number;
        edges: {
          node: {
            actor: string;
            action: string;
            requestId: string;
            changes: { field: string; before: string | null; after: string }[];
          };
        }[];
      };
    }>(EDITOR, AUDIT_LOG, { entityId: question.id });
    const entries = log.body.data!.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => e.action)).toEqual(["updateQuestion", "createQuestion"]);
    expect(entries[0]).toMatchObject({
      actor: "user-editor",
      requestId: "audit-req-1",
      changes: [
        {
          field: "answerTip",
          before: JSON.stringify(question.answerTip),
          after: JSON.stringify("A better tip: lead with the outcome."),
        },
      ],
    });
    expect(entries[1].changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(["prompt", "answerTip", "type", "status", "position", "topicSlugs"]),
    );
    expect(entries[1].changes.every((c) => c.before === null)).toBe(true);
  });

  it("pages the whole trail newest first without gaps or repeats", async () => {
    const all = await as<{ auditLog: { edges: { node: { entityId: string; action: string } }[] } }>(
      EDITOR,
      AUDIT_LOG,
      { first: 100 },
    );
    const whole = all.body.data!.auditLog.edges.map((e) => e.node);
    const paged: unknown[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<{
        auditLog: {
          edges: { node: unknown }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }> = await as(EDITOR, AUDIT_LOG, { first: 3, after });
      paged.push(...page.body.data!.auditLog.edges.map((e) => e.node));
      after = page.body.data!.auditLog.pageInfo.hasNextPage
        ? page.body.data!.auditLog.pageInfo.endCursor
        : null;
    } while (after);
    expect(paged).toEqual(whole);
  });
});

describe("reads right after writes", () => {
  it("show an edit of a published question at once, through the gateway's and the subgraph's caches", async () => {
    const READ = `{ role(slug: "backend-developer") { questionCount questions(first: 1) { edges { node { id prompt version } } } } }`;
    const before = await as<{
      role: { questionCount: number; questions: { edges: { node: { id: string; version: number } }[] } };
    }>(null, READ);
    const first = before.body.data!.role.questions.edges[0].node;
    await as(null, READ); // warm
    const edited = await as(EDITOR, UPDATE_QUESTION, {
      input: {
        id: first.id,
        expectedVersion: first.version,
        prompt: "An edited first question: what changed and why?",
      },
    });
    expect(edited.body.errors).toBeUndefined();
    const after = await as<{ role: { questions: { edges: { node: { prompt: string } }[] } } }>(null, READ);
    expect(after.body.data!.role.questions.edges[0].node.prompt).toBe(
      "An edited first question: what changed and why?",
    );
  });
});
