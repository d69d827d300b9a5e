import { graphqlRequests } from "@careergraph/metrics";
import { SEED_PAGE_QUERY } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * Identical anonymous reads in flight at once share the gateway's subgraph fetches (they are public
 * and of one content generation); signed-in reads never do. Counted at the subgraphs, which is where
 * the sharing shows: the gateway still plans every operation.
 */
let stack: Stack;

/** GraphQL requests each subgraph has served (the stack's servers share this process's registry). */
async function served(): Promise<Record<string, number>> {
  const { values } = await graphqlRequests.get();
  const totals: Record<string, number> = { roles: 0, guides: 0, progress: 0 };
  for (const { labels, value } of values) {
    const service = String(labels.service);
    if (service in totals) totals[service] += value;
  }
  return totals;
}

/** The subgraph requests `work` caused, per subgraph. */
async function subgraphRequestsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await served();
  await work();
  const after = await served();
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] - before[name]]));
}

const page = (token?: string) => stack.query(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });

describe("sharing of subgraph fetches in flight", () => {
  beforeAll(async () => {
    // a shared response cache: Redis when this run has one, else the gateway's own memory
    stack = await startStack({ gatewayUrlKnown: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("lets 20 identical anonymous pages at once share their subgraph requests, each answered in full", async () => {
    await stack.clearCaches();
    const one = await subgraphRequestsOf(() => page());
    await stack.clearCaches();
    const answers: Awaited<ReturnType<typeof page>>[] = [];
    const twenty = await subgraphRequestsOf(async () => {
      answers.push(...(await Promise.all(Array.from({ length: 20 }, () => page()))));
    });
    expect(answers.every((answer) => answer.status === 200 && answer.body.errors === undefined)).toBe(true);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body.data))).size).toBe(1);
    // the query plan's fetches, and guides' two cold questions to roles (which roles are published)
    expect(one).toEqual({ roles: 4, guides: 1, progress: 2 });
    for (const name of ["roles", "guides", "progress"]) {
      expect(twenty[name]).toBeGreaterThanOrEqual(one[name]);
      expect(twenty[name]).toBeLessThan(20 * one[name]);
    }
  });

  it("never shares a signed-in page's requests: 20 learners at once cost 20 pages of requests", async () => {
    const tokens = await Promise.all(
      Array.from({ length: 20 }, (_, i) => stack.token(`sharing-learner-${i}`)),
    );
    const one = await subgraphRequestsOf(() => page(tokens[0]));
    const twenty = await subgraphRequestsOf(() => Promise.all(tokens.map((token) => page(token))));
    for (const name of ["roles", "guides", "progress"]) expect(twenty[name]).toBe(20 * one[name]);
  });
});
