import { startStack, type Stack } from "./stack";

const PAGE = `{ role(slug: "backend-developer") { title myProgress { practicedCount } questions(first: 1) { edges { node { id myProgress { attempts } } } } } }`;

interface Page {
  role: {
    title: string;
    myProgress: { practicedCount: number } | null;
    questions: { edges: { node: { id: string; myProgress: { attempts: number } | null } }[] };
  };
}

let stack: Stack;
let aliceToken: string;

const attemptsIn = (page: Page | null | undefined) =>
  page?.role.questions.edges[0].node.myProgress?.attempts ?? null;

describe("no authenticated answer is ever served to another caller", () => {
  beforeAll(async () => {
    // a shared response cache: Redis when this run has one, else the gateway's own memory
    stack = await startStack({ gatewayUrlKnown: true });
    aliceToken = await stack.token("alice");
    const page = await stack.query<Page>(PAGE);
    const questionId = page.body.data!.role.questions.edges[0].node.id;
    const practice = await stack.query(
      `mutation($id: ID!) { recordPractice(input: { questionId: $id, rating: GOOD, idempotencyKey: "a1" }) { progress { attempts } } }`,
      { id: questionId },
      { token: aliceToken },
    );
    expect(practice.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await stack.stop();
  });

  // every way a caller, a proxy or a CDN might carry alice's identity
  const carriers: [string, (token: string) => Record<string, string>][] = [
    ["Authorization: Bearer", (token) => ({ authorization: `Bearer ${token}` })],
    ["Authorization: bearer (lowercase)", (token) => ({ authorization: `bearer ${token}` })],
    ["Authorization: BEARER (uppercase)", (token) => ({ authorization: `BEARER ${token}` })],
    ["a cookie", (token) => ({ cookie: `token=${token}; session=${token}` })],
    [
      "x-forwarded headers",
      (token) => ({ "x-forwarded-authorization": `Bearer ${token}`, "x-forwarded-user": "alice" }),
    ],
    ["identity headers a proxy might add", () => ({ "x-user-id": "alice", "x-auth-request-user": "alice" })],
  ];

  it.each(carriers)(
    "alice's identity in %s: the next callers get their own answers",
    async (_carrier, carry) => {
      const headers = carry(aliceToken);
      const alice = await stack.query<Page>(PAGE, {}, { headers });
      const authenticated = /^bearer /i.test(headers.authorization ?? "");
      expect(attemptsIn(alice.body.data)).toBe(authenticated ? 1 : null);
      expect(alice.headers.get("vary")).toMatch(/Authorization/);
      if (authenticated) expect(alice.headers.get("cache-control")).toMatch(/private|no-store/);

      stack.resetCounters();
      const anonymous = await stack.query<Page>(PAGE);
      expect(anonymous.body.data!.role.myProgress).toBeNull();
      expect(attemptsIn(anonymous.body.data)).toBeNull();

      const bob = await stack.query<Page>(PAGE, {}, { token: await stack.token("bob") });
      expect(bob.body.data!.role.myProgress).toEqual({ practicedCount: 0 });
      expect(attemptsIn(bob.body.data)).toBe(0);
    },
  );

  it("keeps only wholly public answers in the gateway's cache: an anonymous page is served from it", async () => {
    await stack.query<Page>(PAGE);
    stack.resetCounters();
    const again = await stack.query<Page>(PAGE);
    expect(attemptsIn(again.body.data)).toBeNull();
    expect(again.headers.get("cache-control")).toBe("max-age=60, public");
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });
});
