import { createHash } from "node:crypto";
import { startStack, type Stack } from "./stack";

/**
 * One reader for every transport: the limits judge exactly the operation Apollo runs, however it came.
 * The same hostile texts are sent as a JSON POST, a GET, a padded GET, a GET with a parameter twice,
 * and as persisted-query registrations over POST and GET: each is refused, with the limit's code or
 * as a malformed request, and no subgraph is called.
 */
const LIMITS = { MAX_DEPTH: "10", MAX_ALIASES: "20", MAX_TOKENS: "500", MAX_DIRECTIVES: "10" };

function nested(levels: number): string {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `role { questions(first: 1) { edges { node { ${inner} } } } }`;
  return `{ question(id: "x") { ${inner} } }`;
}

const HOSTILE: [string, string][] = [
  ["DEPTH_LIMIT_EXCEEDED", nested(6)],
  ["ALIAS_LIMIT_EXCEEDED", `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename`).join(" ")} }`],
  ["TOKEN_LIMIT_EXCEEDED", `{ ${Array.from({ length: 500 }, () => "__typename").join(" ")} }`],
  [
    "DIRECTIVE_LIMIT_EXCEEDED",
    `{ __typename ${Array.from({ length: 11 }, () => "@include(if: true)").join(" ")} }`,
  ],
];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: LIMITS });
});
afterAll(() => stack?.stop());

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const registration = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

interface Answer {
  status: number;
  codes: unknown[];
}

async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code) };
}

const preflight = { "apollo-require-preflight": "true" };
const send = {
  post: (query: string, extensions?: object) =>
    fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, extensions }),
    }).then(answerOf),
  get: (search: string) => fetch(`${stack.gatewayUrl}?${search}`, { headers: preflight }).then(answerOf),
};
const q = (query: string) => `query=${encodeURIComponent(query)}`;

describe.each(HOSTILE)("an operation over the limit (%s)", (code, query) => {
  beforeEach(() => stack.resetCounters());
  afterEach(() => expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({}));

  it("is refused as a JSON POST and as a GET, with the limit's code", async () => {
    expect(await send.post(query)).toEqual({ status: 400, codes: [code] });
    expect(await send.get(q(query))).toEqual({ status: 400, codes: [code] });
  });

  it("is refused as a GET padded with empty parameters, or with its query given twice", async () => {
    expect(await send.get(`${"&".repeat(1000)}${q(query)}`)).toEqual({ status: 400, codes: ["BAD_REQUEST"] });
    expect(await send.get(`${q("{ __typename }")}&${q(query)}`)).toEqual({
      status: 400,
      codes: ["BAD_REQUEST"],
    });
    expect(await send.get(`${q(query)}&${q("{ __typename }")}`)).toEqual({
      status: 400,
      codes: ["BAD_REQUEST"],
    });
  });

  it("is never registered as a persisted query, over POST or GET", async () => {
    expect(await send.post(query, registration(query))).toEqual({ status: 400, codes: [code] });
    const extensions = `extensions=${encodeURIComponent(JSON.stringify(registration(query)))}`;
    expect(await send.get(`${q(query)}&${extensions}`)).toEqual({ status: 400, codes: [code] });
    // the hash alone finds nothing: the text was refused before it could be stored
    expect(await send.get(extensions)).toMatchObject({ codes: ["PERSISTED_QUERY_NOT_FOUND"] });
  });
});

describe("the same operation within the limits", () => {
  it("is answered over every transport", async () => {
    const query = nested(2);
    expect(await send.post(query)).toEqual({ status: 200, codes: [] });
    expect(await send.get(q(query))).toEqual({ status: 200, codes: [] });
    expect(await send.post(query, registration(query))).toEqual({ status: 200, codes: [] });
    const extensions = `extensions=${encodeURIComponent(JSON.stringify(registration(query)))}`;
    expect(await send.get(extensions)).toEqual({ status: 200, codes: [] });
  });
});
