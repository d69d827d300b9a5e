import { roleIdFor, rolePacks } from "@careergraph/content";
import { catalogServices, ContentStatus, QuestionType } from "@careergraph/roles";
import { startStack, type Stack } from "./stack";

/** Statement counts of the database path: with the shared cache off, every read reaches SQL. */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { CACHE_DISABLED: "true" } });
});
afterAll(() => stack.stop());

const ALL_ROLES_DEEP = `{
  roles(first: 50) {
    edges { node { title questions(first: 50) { edges { node { prompt role { title } topics { name } } } } } }
  }
}`;

interface DeepData {
  roles: {
    edges: {
      node: {
        title: string;
        questions: { edges: { node: { role: { title: string }; topics: unknown[] } }[] };
      };
    }[];
  };
}

async function measure() {
  stack.resetCounters();
  const response = await stack.query<DeepData>(ALL_ROLES_DEEP);
  expect(response.body.errors).toBeUndefined();
  return { response, statements: stack.statements(), calls: stack.gateway.gateway.subgraphCalls.snapshot() };
}

async function fillRolesTo(questionsPerRole: number) {
  const service = catalogServices(stack.roles.deps).questions;
  for (const pack of rolePacks) {
    for (let n = pack.questions.length + 1; n <= questionsPerRole; n++) {
      await service.create({
        roleId: roleIdFor(pack.slug),
        prompt: `Extra ${pack.title} question ${n}: how would you approach it?`,
        answerTip: "Walk through your reasoning.",
        type: QuestionType.TECHNICAL,
        topics: ["system-design"],
        status: ContentStatus.PUBLISHED,
      });
    }
  }
}

describe("no N+1: a constant number of SQL statements whatever the list sizes", () => {
  it("costs 3 statements for 5 roles of 15 to 18 questions, and the same for 5 roles of 50", async () => {
    const seeded = await measure();
    const edges = seeded.response.body.data!.roles.edges;
    expect(edges).toHaveLength(5);
    expect(edges.map((e) => e.node.questions.edges.length)).toEqual([16, 16, 16, 15, 18]);
    expect(edges.every((e) => e.node.questions.edges.every((q) => q.node.role.title === e.node.title))).toBe(
      true,
    );
    // the role list, every role's questions, every topic: one statement each
    expect(seeded.statements.roles).toBe(3);
    expect(seeded.calls).toEqual({ roles: 1 });

    await fillRolesTo(50);
    const grown = await measure();
    expect(grown.response.body.data!.roles.edges.map((e) => e.node.questions.edges.length)).toEqual([
      50, 50, 50, 50, 50,
    ]);
    expect(grown.statements.roles).toBe(3);
    expect(grown.calls).toEqual({ roles: 1 });
  });

  it("batches entity references: questions by id cost one statement for any number of ids", async () => {
    const ids = await stack.query<{
      roles: { edges: { node: { questions: { edges: { node: { id: string } }[] } } }[] };
    }>(`{ roles(first: 50) { edges { node { questions(first: 50) { edges { node { id } } } } } } }`);
    const all = ids.body.data!.roles.edges.flatMap((e) => e.node.questions.edges.map((q) => q.node.id));
    const representations = (n: number) => all.slice(0, n).map((id) => ({ __typename: "Question", id }));
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Question { id prompt role { title } } } }`;
    const counts = [];
    for (const n of [2, 40]) {
      stack.resetCounters();
      const body = JSON.stringify({ query: entities, variables: { r: representations(n) } });
      const response = await fetch(stack.roles.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...stack.signatureFor(stack.roles.url, body) },
        body,
      });
      const answer = (await response.json()) as { data: { _entities: unknown[] } };
      expect(answer.data._entities).toHaveLength(n);
      counts.push(stack.statements().roles);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("related guides of every role are batched", () => {
  it("costs one guides statement and four roles statements for all five roles' related guides and counts", async () => {
    stack.resetCounters();
    const response = await stack.query<{
      roles: { edges: { node: { relatedGuides: { role: { title: string; questionCount: number } }[] } }[] };
    }>(`{ roles { edges { node { slug relatedGuides { role { title questionCount } } } } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.roles.edges.flatMap((e) => e.node.relatedGuides)).toHaveLength(20);
    // roles: the role list; then, for the entity references, the related roles and their questions;
    // and which of the related roles are published, which guides asks (one batch)
    expect(stack.statements()).toEqual({ roles: 4, guides: 1, progress: 0 });
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({ roles: 2, guides: 1 });
  });
});
