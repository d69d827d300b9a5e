import { roleIdFor } from "@careergraph/content";
import { cacheLookups } from "@careergraph/metrics";
import { SEED_PAGE_QUERY } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * The gateway's one cache of whole anonymous answers, as `npm start` runs it (in the gateway's memory)
 * or on Redis when this run has one: a warm page is answered before the GraphQL pipeline, with the same
 * body and headers, the rate limit still charged, each lookup counted once, never for a signed-in
 * caller, and never after a content write.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gatewayUrlKnown: true, env: { RATE_LIMIT_ANONYMOUS_POINTS: "100000" } });
});
afterAll(async () => {
  await stack?.stop();
});

/** The response cache's lookups so far, by result. */
async function lookups(): Promise<{ hit: number; miss: number }> {
  const { values } = await cacheLookups.get();
  const count = (result: string) =>
    values
      .filter(({ labels }) => labels.kind === "gateway:response" && labels.result === result)
      .reduce((sum, { value }) => sum + value, 0);
  return { hit: count("hit"), miss: count("miss") };
}

const variables = { slug: "software-engineer" };
const body = JSON.stringify({ query: SEED_PAGE_QUERY, variables });
const post = (headers: Record<string, string> = {}) =>
  fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
const get = () =>
  fetch(
    `${stack.gatewayUrl}?${new URLSearchParams({ query: SEED_PAGE_QUERY, variables: JSON.stringify(variables) })}`,
    { headers: { "apollo-require-preflight": "true" } },
  );

describe("the gateway's anonymous response cache", () => {
  it("answers a repeated anonymous page with the same body and headers, without a subgraph, and charges its cost", async () => {
    const first = await post();
    const firstText = await first.text();
    const before = await lookups();
    stack.resetCounters();
    const second = await post();
    expect(await lookups()).toEqual({ hit: before.hit + 1, miss: before.miss });
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(JSON.stringify(JSON.parse(firstText)));
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(second.headers.get("cache-control")).toBe("max-age=60, public");
    const cost = (JSON.parse(firstText) as { extensions: { cost: { requested: number } } }).extensions.cost
      .requested;
    const remaining = (response: Response) => Number(response.headers.get("ratelimit-remaining"));
    // each request spends 1 point on arrival and its cost once answered; the stored answer's too
    const third = await post();
    expect(remaining(second) - remaining(third)).toBe(1 + cost);
  });

  it("counts each lookup once: a miss, then a hit", async () => {
    const unique = JSON.stringify({ query: `{ role(slug: "data-engineer") { title questionCount } }` });
    const send = () =>
      fetch(stack.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: unique,
      });
    const before = await lookups();
    await send();
    expect(await lookups()).toEqual({ hit: before.hit, miss: before.miss + 1 });
    await send();
    expect(await lookups()).toEqual({ hit: before.hit + 1, miss: before.miss + 1 });
  });

  it("answers the same operation sent as a GET from the same entry", async () => {
    await get();
    const before = await lookups();
    stack.resetCounters();
    const again = await get();
    expect(again.status).toBe(200);
    expect(await lookups()).toEqual({ hit: before.hit + 1, miss: before.miss });
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
    expect(((await again.json()) as { data: { role: { title: string } } }).data.role.title).toMatch(
      /^Software Engineer/,
    );
  });

  it("never answers a signed-in caller from it", async () => {
    await post();
    const before = await lookups();
    const token = await stack.token("response-cache-learner");
    const signedIn = await post({ authorization: `Bearer ${token}` });
    const page = (await signedIn.json()) as { data: { role: { myProgress: unknown } } };
    expect(page.data.role.myProgress).not.toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(await lookups()).toEqual(before);
  });

  it("shows a content write on the next anonymous read", async () => {
    await post();
    await post();
    const editor = await stack.token("response-cache-editor", ["EDITOR"]);
    const current = await stack.query<{ role: { version: number } }>(
      `{ role(slug: "software-engineer") { version } }`,
    );
    const edited = await stack.query(
      `mutation($input: UpdateRoleInput!) { updateRole(input: $input) { role { title } } }`,
      {
        input: {
          id: roleIdFor("software-engineer"),
          expectedVersion: current.body.data!.role.version,
          title: "Software Engineer (edited)",
        },
      },
      { token: editor },
    );
    expect(edited.body.errors).toBeUndefined();
    const after = (await (await post()).json()) as { data: { role: { title: string } } };
    expect(after.data.role.title).toBe("Software Engineer (edited)");
  });
});
