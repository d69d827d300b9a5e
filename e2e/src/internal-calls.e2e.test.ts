import { questionIdFor } from "@careergraph/content";
import {
  CONTENT_CHANGES_PATH,
  internalKey,
  signRequest,
  SIGNATURE_HEADER,
} from "@careergraph/internal-calls";
import { errorCodes, postGraphQL } from "@careergraph/testing";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";
import { startStack, type Stack } from "./stack";

/**
 * Subgraphs are no second front door: every call the gateway and the subgraphs make to one another is
 * signed (HMAC over method, path, body digest, time and nonce, with the internal key), and a subgraph
 * refuses what is unsigned, signed for something else, or signed outside the 5-minute window. Content
 * deliveries are refused a second time (each nonce once).
 */
const SECRET = "the-internal-key-of-these-tests";
const key = Buffer.from(SECRET);
const WINDOW_MS = 300_000;

const entities = JSON.stringify({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Question { id prompt } } }`,
  variables: { r: [{ __typename: "Question", id: questionIdFor("backend-developer", 1) }] },
});

/** POSTs a body to a subgraph, signed at `signedAt` (ms) for `signedPath` and `signedBody` when given. */
async function post(
  url: string,
  body: string,
  sign?: { at?: number; path?: string; body?: string; key?: Buffer },
): Promise<{ status: number; codes: unknown[]; data: unknown }> {
  const { pathname } = new URL(url);
  const signature = sign
    ? signRequest(
        sign.key ?? key,
        { method: "POST", path: sign.path ?? pathname, body: sign.body ?? body },
        sign.at ?? Date.now(),
      )
    : undefined;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
    body,
  });
  const answer = (await response.json()) as {
    data?: unknown;
    errors?: { extensions?: { code?: unknown } }[];
  };
  return {
    status: response.status,
    codes: (answer.errors ?? []).map((error) => error.extensions?.code),
    data: answer.data,
  };
}

describe("with an internal key set (as in production)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { INTERNAL_API_SECRET: SECRET } });
  });
  afterAll(() => stack?.stop());

  it("serves the signed-in seed page through the gateway, which signs every subgraph call", async () => {
    const token = await stack.token("signed-calls-learner");
    const page = await stack.query<SeedPageData>(SEED_PAGE_QUERY, { slug: "backend-developer" }, { token });
    expect(page.body.errors).toBeUndefined();
    const role = page.body.data?.role;
    expect(role?.questions.edges).toHaveLength(16);
    expect(role?.myProgress).not.toBeNull();
  });

  it("refuses a direct, unsigned request at every subgraph with 401, before reading its operation", async () => {
    for (const subgraph of stack.subgraphs) {
      const refused = await post(subgraph.url, JSON.stringify({ query: "{ __typename }" }));
      expect(refused).toMatchObject({ status: 401, codes: ["UNAUTHENTICATED"] });
    }
  });

  it("answers a request signed just inside the window, and refuses one replayed just after it", async () => {
    const url = stack.roles.url;
    expect(await post(url, entities, { at: Date.now() - WINDOW_MS + 5_000 })).toMatchObject({ status: 200 });
    expect(await post(url, entities, { at: Date.now() - WINDOW_MS - 5_000 })).toMatchObject({
      status: 401,
      codes: ["UNAUTHENTICATED"],
    });
    expect(await post(url, entities, { at: Date.now() + WINDOW_MS + 5_000 })).toMatchObject({ status: 401 });
  });

  it("refuses a signature made for another body, another path or with another key", async () => {
    const url = stack.roles.url;
    const other = JSON.stringify({ query: "{ __typename }" });
    expect(await post(url, entities, { body: other })).toMatchObject({ status: 401 });
    expect(await post(url, entities, { path: "/other" })).toMatchObject({ status: 401 });
    expect(await post(url, entities, { key: Buffer.from("another-key-of-some-length") })).toMatchObject({
      status: 401,
    });
  });

  it("takes a content delivery once: a captured one replayed is refused, and so is one too old", async () => {
    const url = new URL(CONTENT_CHANGES_PATH, stack.progress.url).toString();
    const body = JSON.stringify({ questionIds: [questionIdFor("backend-developer", 2)] });
    const signature = signRequest(internalKey(stack.progress.deps.config)!, {
      method: "POST",
      path: CONTENT_CHANGES_PATH,
      body,
    });
    const deliver = (header: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: header },
        body,
      });
    expect((await deliver(signature)).status).toBe(204);
    expect((await deliver(signature)).status).toBe(401);
    const stale = signRequest(
      key,
      { method: "POST", path: CONTENT_CHANGES_PATH, body },
      Date.now() - 6 * 60_000,
    );
    expect((await deliver(stale)).status).toBe(401);
    const skewed = signRequest(
      key,
      { method: "POST", path: CONTENT_CHANGES_PATH, body },
      Date.now() + 6 * 60_000,
    );
    expect((await deliver(skewed)).status).toBe(401);
  });
});

describe("in development, without an internal key set", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it("answers unsigned reads, but gives _entities and _service to signed callers only", async () => {
    const roles = stack.roles.url;
    const read = await postGraphQL(roles, `{ role(slug: "backend-developer") { title } }`);
    expect(read.body.data).toEqual({ role: { title: "Backend Developer" } });
    const { query, variables } = JSON.parse(entities) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const unsigned = await postGraphQL(roles, query, variables);
    expect(errorCodes(unsigned)).toEqual(["FORBIDDEN"]);
    expect(unsigned.body.data ?? null).toBeNull();
    const service = await postGraphQL(roles, `{ _service { sdl } }`);
    expect(errorCodes(service)).toEqual(["FORBIDDEN"]);
    const signWith = internalKey(stack.roles.deps.config);
    const signed = await postGraphQL<{ _entities: { prompt: string }[] }>(roles, query, variables, {
      signWith,
    });
    expect(signed.body.errors).toBeUndefined();
    expect(signed.body.data!._entities[0].prompt).toMatch(/RESTful API/);
  });
});
