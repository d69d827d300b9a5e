import { questionIdFor } from "@careergraph/content";
import { graphqlBatchSize, graphqlRequests } from "@careergraph/metrics";
import { MAX_BATCH_OPERATIONS } from "@careergraph/edge";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * The gateway sends the fetches of one operation that go to the same subgraph at the same moment as
 * one batched HTTP request (the signed-in seed page asks progress for the role's and the questions'
 * progress in parallel). Counted at the subgraphs: HTTP requests are operations, less the operations
 * that came in batches, plus the batches.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const SERVICES = ["roles", "guides", "progress"] as const;

type Sample = { labels: Record<string, string | number | undefined>; value: number; metricName?: string };

async function served(): Promise<Record<string, { operations: number; requests: number }>> {
  const operations: Sample[] = (await graphqlRequests.get()).values;
  const batches: Sample[] = (await graphqlBatchSize.get()).values;
  const total = (values: Sample[], service: string, name?: string) =>
    values
      .filter((v) => v.labels.service === service && (name === undefined || v.metricName === name))
      .reduce((sum, v) => sum + v.value, 0);
  return Object.fromEntries(
    SERVICES.map((service) => {
      const ops = total(operations, service);
      const batched = total(batches, service, "careergraph_graphql_batch_size_sum");
      const count = total(batches, service, "careergraph_graphql_batch_size_count");
      return [service, { operations: ops, requests: ops - batched + count }];
    }),
  );
}

async function servedBy(work: () => Promise<unknown>) {
  const before = await served();
  await work();
  const after = await served();
  return Object.fromEntries(
    SERVICES.map((s) => [
      s,
      {
        operations: after[s].operations - before[s].operations,
        requests: after[s].requests - before[s].requests,
      },
    ]),
  );
}

const RECORD = `mutation($input: RecordPracticeInput!) { recordPractice(input: $input) { progress { status } } }`;
const page = (token?: string) =>
  stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });

describe("batched subgraph fetches", () => {
  it("sends a signed-in page's two progress fetches as one request, and answers both", async () => {
    const token = await stack.token("batching-learner");
    const practised = await stack.query(
      RECORD,
      { input: { questionId: questionIdFor("backend-developer", 2), rating: "GOOD", idempotencyKey: "b-1" } },
      { token },
    );
    expect(practised.body.errors).toBeUndefined();
    let answer: Awaited<ReturnType<typeof page>> | undefined;
    const counts = await servedBy(async () => (answer = await page(token)));
    expect(answer!.body.errors).toBeUndefined();
    const role = answer!.body.data!.role!;
    expect(role.myProgress).toEqual({ readiness: 0 });
    expect(role.questions.edges.map((e) => e.node.myProgress!.status)[1]).toBe("LEARNING");
    // roles also answers guides, which asks (cold) whether the page's role and its related roles are
    // published: the role itself first, then the roles its related guides name
    expect(counts).toEqual({
      roles: { operations: 4, requests: 4 },
      guides: { operations: 1, requests: 1 },
      progress: { operations: 2, requests: 1 },
    });
  });

  it("never batches two callers' fetches together: each page gets its own learner's progress", async () => {
    const [ada, bob] = await Promise.all([stack.token("batching-ada"), stack.token("batching-bob")]);
    const practised = await stack.query(
      RECORD,
      { input: { questionId: questionIdFor("backend-developer", 4), rating: "GOOD", idempotencyKey: "b-2" } },
      { token: ada },
    );
    expect(practised.body.errors).toBeUndefined();
    const answers: Awaited<ReturnType<typeof page>>[] = [];
    const counts = await servedBy(async () => answers.push(...(await Promise.all([page(ada), page(bob)]))));
    const statusOf = (i: number) =>
      answers[i].body.data!.role!.questions.edges.map((e) => e.node.myProgress!.status)[3];
    expect(statusOf(0)).toBe("LEARNING");
    expect(statusOf(1)).toBe("NOT_STARTED");
    expect(counts.progress).toEqual({ operations: 4, requests: 2 });
  });

  it(`takes a batch of ${MAX_BATCH_OPERATIONS} operations at a subgraph and refuses one of ${MAX_BATCH_OPERATIONS + 1}, running none of it`, async () => {
    const operation = { query: `{ roles(first: 1) { edges { node { slug } } } }` };
    const post = (size: number) =>
      fetch(stack.roles.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(Array.from({ length: size }, () => operation)),
      });
    const under = await post(MAX_BATCH_OPERATIONS);
    expect(under.status).toBe(200);
    const answers = (await under.json()) as { data: { roles: { edges: unknown[] } } }[];
    expect(answers).toHaveLength(MAX_BATCH_OPERATIONS);
    expect(answers.every((a) => a.data.roles.edges.length === 1)).toBe(true);

    const before = await served();
    const over = await post(MAX_BATCH_OPERATIONS + 1);
    expect(over.status).toBe(400);
    const refusal = (await over.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(refusal.errors[0].extensions.code).toBe("BATCHING_NOT_SUPPORTED");
    expect(refusal.errors[0].message).toContain(`at most ${MAX_BATCH_OPERATIONS} operations`);
    expect((await served()).roles.operations).toBe(before.roles.operations);
  });

  it("still refuses any array batch at the gateway", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("BATCHING_NOT_SUPPORTED");
  });
});
