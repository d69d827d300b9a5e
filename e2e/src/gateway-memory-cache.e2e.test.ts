import { questionIdFor } from "@careergraph/content";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * With `GATEWAY_URL` known to every server, as `npm start` sets it, the gateway caches whole
 * anonymous pages: in its own memory on the embedded defaults (the content subgraphs deliver every
 * change to it, after their own caches took it), in Redis when there is one. Either way a page after
 * an editor's write shows the write.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gatewayUrlKnown: true });
});
afterAll(() => stack.stop());

const page = () => stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" });
const UPDATE_QUESTION = `mutation($input: UpdateQuestionInput!) {
  updateQuestion(input: $input) { question { prompt version } }
}`;
const VERSION = `query($slug: String!) { role(slug: $slug) { questions(first: 1) { edges { node { version } } } } }`;
const firstPrompt = (answer: Awaited<ReturnType<typeof page>>) =>
  answer.body.data!.role!.questions.edges[0].node.prompt;

describe("the gateway's response cache on the stack npm start runs", () => {
  it("answers a repeated anonymous page without asking any subgraph, and the page after a write shows it", async () => {
    const first = await page();
    expect(first.body.errors).toBeUndefined();
    stack.resetCounters();
    const again = await page();
    expect(again.body).toEqual(first.body);
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});

    const version = await stack.queryAs<{
      role: { questions: { edges: { node: { version: number } }[] } };
    }>(["EDITOR"], VERSION, { slug: "backend-developer" });
    const prompt = "What changed in this question since the page was cached?";
    const updated = await stack.queryAs(["EDITOR"], UPDATE_QUESTION, {
      input: {
        id: questionIdFor("backend-developer", 1),
        expectedVersion: version.body.data!.role.questions.edges[0].node.version,
        prompt,
      },
    });
    expect(updated.body.errors).toBeUndefined();

    const after = await page();
    expect(firstPrompt(after)).toBe(prompt);
    expect(firstPrompt(first)).not.toBe(prompt);
    // the rest of the page is what it was
    expect(after.body.data!.role!.questions.edges.slice(1)).toEqual(
      first.body.data!.role!.questions.edges.slice(1),
    );
  });

  it("takes content changes only signed with the internal key", async () => {
    await page();
    const inMemory = stack.gateway.responseCache?.kind === "memory";
    const unsigned = await fetch(stack.gatewayUrl.replace(/\/graphql$/, "/internal/content-changes"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ questionIds: [] }),
    });
    // on Redis the generation is shared and the gateway takes no deliveries at all
    expect(unsigned.status).toBe(inMemory ? 401 : 404);
    stack.resetCounters();
    await page();
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });
});
