import { describeWith } from "@careergraph/test-servers";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { errorCodes } from "@careergraph/testing";
import { freePort, TestRedis } from "@careergraph/test-servers";
import { startStack, type Stack } from "./stack";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** POSTs an APQ request: the hash, and the text only when given. */
async function sendPersisted(url: string, hash: string, query?: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...(query ? { query } : {}), extensions: persisted(hash), ...extra }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const codes = (body: Record<string, unknown>) =>
  ((body.errors ?? []) as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code);

describeWith(["redis-server"], "automatic persisted queries (the default), with hashes in Redis", () => {
  let redis: TestRedis;
  let stack: Stack;
  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    stack = await startStack({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await stack.stop();
    await redis.stop();
  });

  it("says PERSISTED_QUERY_NOT_FOUND for an unknown hash, then serves it by hash once registered", async () => {
    const query = `query RoleTitle { role(slug: "backend-developer") { title } }`;
    const hash = sha256(query);
    stack.resetCounters();
    const miss = await sendPersisted(stack.gatewayUrl, hash);
    expect(codes(miss.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});

    const registered = await sendPersisted(stack.gatewayUrl, hash, query);
    expect(registered.body).toEqual({
      extensions: { cost: expect.any(Object) },
      data: { role: { title: "Backend Developer" } },
    });
    const [stored] = await stack.gateway.responseCache!.getMany([`apq:${hash}`]);
    expect(stored).toBe(query);

    const byHash = await sendPersisted(stack.gatewayUrl, hash);
    expect(byHash.body).toEqual({
      extensions: { cost: expect.any(Object) },
      data: { role: { title: "Backend Developer" } },
    });
    // a GET by hash is what a CDN can cache for mobile clients
    const get = await fetch(
      `${stack.gatewayUrl}?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`,
      { headers: { "apollo-require-preflight": "true" } },
    );
    expect(await get.json()).toEqual({
      extensions: { cost: expect.any(Object) },
      data: { role: { title: "Backend Developer" } },
    });
  });

  it("refuses a text whose hash is not the one sent", async () => {
    const response = await sendPersisted(
      stack.gatewayUrl,
      sha256("{ __typename }"),
      `{ roles { totalCount } }`,
    );
    expect(response.body).toEqual({
      errors: [{ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } }],
    });
  });
});

describe("allowlist mode (PERSISTED_QUERIES=only)", () => {
  const registered = `query SeedTitle { role(slug: "backend-developer") { title questionCount } }`;
  const codegenDocument = `query Paths { learningPaths { slug } }`;
  const codegenId = createHash("sha1").update(codegenDocument).digest("hex");
  let dataDir: string;
  let stack: Stack;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "careergraph-pq-"));
    const apolloManifest = join(dataDir, "manifest.json");
    writeFileSync(
      apolloManifest,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: sha256(registered), name: "SeedTitle", type: "query", body: registered }],
      }),
    );
    const codegenManifest = join(dataDir, "persisted-documents.json");
    writeFileSync(codegenManifest, JSON.stringify({ [codegenId]: codegenDocument }));
    for (const file of [apolloManifest, codegenManifest]) {
      const result = spawnSync(
        process.execPath,
        [join(__dirname, "..", "..", "gateway", "dist", "register-queries-cli.js"), file],
        { env: { PATH: process.env.PATH, DATA_DIR: dataDir }, encoding: "utf8" },
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
    stack = await startStack({ env: { PERSISTED_QUERIES: "only", DATA_DIR: dataDir } });
  });
  afterAll(() => stack.stop());

  it("keeps what `npm run queries:register` stored, both manifests in one file", () => {
    const stored = JSON.parse(readFileSync(join(dataDir, "persisted-queries.json"), "utf8")) as {
      format: string;
      operations: { id: string }[];
    };
    expect(stored.format).toBe("apollo-persisted-query-manifest");
    expect(stored.operations.map((operation) => operation.id)).toEqual([sha256(registered), codegenId]);
  });

  it("refuses an operation that is not registered, asking no subgraph", async () => {
    stack.resetCounters();
    const response = await stack.query(`{ role(slug: "backend-developer") { title } }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
    const apq = await sendPersisted(stack.gatewayUrl, sha256(`{ __typename }`), `{ __typename }`);
    expect(codes(apq.body)).toEqual(["PERSISTED_QUERY_NOT_ALLOWED"]);
    expect(stack.gateway.gateway.subgraphCalls.snapshot()).toEqual({});
  });

  it("serves a registered operation by its text, by its hash, and by a codegen documentId", async () => {
    const expected = { role: { title: "Backend Developer", questionCount: 16 } };
    expect((await stack.query(registered)).body).toEqual({
      extensions: { cost: expect.any(Object) },
      data: expected,
    });
    expect((await sendPersisted(stack.gatewayUrl, sha256(registered))).body).toEqual({
      extensions: { cost: expect.any(Object) },
      data: expected,
    });
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: codegenId }),
    });
    const body = (await response.json()) as { data: { learningPaths: { slug: string }[] } };
    expect(body.data.learningPaths.length).toBeGreaterThan(0);
  });

  it("answers PERSISTED_QUERY_NOT_FOUND for a hash that is not registered", async () => {
    const response = await sendPersisted(stack.gatewayUrl, sha256("{ __typename }"));
    expect(codes(response.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });
});
