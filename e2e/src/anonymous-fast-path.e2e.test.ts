import { describeWith } from "@careergraph/test-servers";
import { cacheLookups } from "@careergraph/metrics";
import { roleIdFor } from "@careergraph/content";
import { TestRedis, freePort } from "./redis-server";
import { SEED_PAGE_QUERY } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * A warm anonymous page is answered before the GraphQL pipeline, from the answer to the same request
 * at the same content generation: the same body and headers, the rate limit still charged, never for a
 * signed-in caller, and never after a content write.
 */
let redis: TestRedis;
let stack: Stack;

async function fastPathHits(): Promise<number> {
  const { values } = await cacheLookups.get();
  return values
    .filter(({ labels }) => labels.kind === "gateway:fast-path" && labels.result === "hit")
    .reduce((sum, { value }) => sum + value, 0);
}

const body = JSON.stringify({ query: SEED_PAGE_QUERY, variables: { slug: "software-engineer" } });
const post = (headers: Record<string, string> = {}) =>
  fetch(stack.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describeWith(["redis-server"], "the anonymous fast path", () => {
  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    stack = await startStack({ env: { REDIS_URL: redis.url, RATE_LIMIT_ANONYMOUS_POINTS: "100000" } });
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
  });

  it("answers a repeated anonymous page with the same body and headers, and charges its cost", async () => {
    const first = await post();
    const firstText = await first.text();
    const hits = await fastPathHits();
    const second = await post();
    expect(await fastPathHits()).toBe(hits + 1);
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

  it("never answers a signed-in caller from it", async () => {
    await post();
    const hits = await fastPathHits();
    const token = await stack.token("fast-path-learner");
    const signedIn = await post({ authorization: `Bearer ${token}` });
    const page = (await signedIn.json()) as { data: { role: { myProgress: unknown } } };
    expect(page.data.role.myProgress).not.toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(await fastPathHits()).toBe(hits);
  });

  it("shows a content write on the next anonymous read", async () => {
    await post();
    await post();
    const editor = await stack.token("fast-path-editor", ["EDITOR"]);
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
