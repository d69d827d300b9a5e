import "reflect-metadata";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMemoryCache } from "@careergraph/cache";
import { parseConfig } from "@careergraph/config";
import { createLogger } from "@careergraph/logger";
import { createLoaders } from "@careergraph/db";
import { lookupsOfRequest, publishedQuestionBatches } from "./published-question.loader";

const Q1 = "11111111-1111-4111-8111-111111111111";
const Q2 = "22222222-2222-4222-8222-222222222222";
const UNPUBLISHED = "33333333-3333-4333-8333-333333333333";
const ROLE = "99999999-9999-4999-8999-999999999999";

interface Call {
  headers: IncomingHttpHeaders;
  ids: string[];
}

/** Stands in for the roles subgraph's `_entities`: knows Q1 and Q2, records each call. */
let calls: Call[] = [];
let answer: "entities" | "error" | "graphql-error" = "entities";
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      const body = JSON.parse(text) as { variables: { r: { __typename: string; id: string }[] } };
      const ids = body.variables.r.map((rep) => rep.id);
      calls.push({ headers: req.headers, ids });
      if (answer === "error") return void res.writeHead(502).end("bad gateway");
      res.setHeader("content-type", "application/json");
      if (answer === "graphql-error")
        return void res.end(JSON.stringify({ data: null, errors: [{ message: "boom" }] }));
      const entities = ids.map((id) => ([Q1, Q2].includes(id) ? { id, role: { id: ROLE } } : null));
      res.end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  calls = [];
  answer = "entities";
});

function catalog() {
  const parsed = parseConfig({ ROLES_URL: url }, "progress");
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return publishedQuestionBatches({
    config: parsed.config,
    logger: createLogger("test", "silent"),
    cache: createMemoryCache(1000),
  });
}

/** A request's loader of published questions, as the progress context makes it. */
const loaderOf = (batches: ReturnType<typeof publishedQuestionBatches>, requestId?: string) =>
  createLoaders({ publishedQuestion: lookupsOfRequest(batches.publishedQuestion, requestId) })
    .publishedQuestion;

describe("the catalog loader", () => {
  it("asks roles once per batch, forwarding the request id, and caches the answers across requests", async () => {
    const batches = catalog();
    const first = loaderOf(batches, "req-1");
    const found = await Promise.all([
      first.load(Q1),
      first.load(Q2),
      first.load(UNPUBLISHED),
      first.load("not-a-uuid"),
    ]);
    expect(found).toEqual([{ id: Q1, roleId: ROLE }, { id: Q2, roleId: ROLE }, null, null]);
    expect(calls).toHaveLength(1);
    expect(calls[0].ids).toEqual([Q1, Q2, UNPUBLISHED]);
    expect(calls[0].headers["x-request-id"]).toBe("req-1");

    const second = loaderOf(batches, "req-2");
    expect(await second.loadMany([Q1, UNPUBLISHED])).toEqual([{ id: Q1, roleId: ROLE }, null]);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ["an HTTP error", "error"],
    ["GraphQL errors", "graphql-error"],
  ] as const)("is SERVICE_UNAVAILABLE when roles answers with %s", async (_, kind) => {
    answer = kind;
    const loader = loaderOf(catalog());
    await expect(loader.load(Q1)).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
  });

  it("is SERVICE_UNAVAILABLE when roles does not answer at all", async () => {
    const parsed = parseConfig({ ROLES_URL: "http://127.0.0.1:9/graphql" }, "progress");
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const batches = publishedQuestionBatches({
      config: parsed.config,
      logger: createLogger("test", "silent"),
      cache: createMemoryCache(1000),
    });
    await expect(loaderOf(batches).load(Q1)).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });
});
