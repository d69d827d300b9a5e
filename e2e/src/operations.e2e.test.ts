import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { startStack, type Stack } from "./stack";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe("health and readiness", () => {
  it("answers /healthz and /readyz with 200 on the gateway and every subgraph", async () => {
    const bases = [stack.gatewayUrl, ...stack.subgraphs.map((s) => s.url)].map((url) =>
      url.replace(/\/graphql$/, ""),
    );
    for (const base of bases) {
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { status: string }).status).toBe("ok");
    }
    const subgraphReady = (await (await fetch(stack.roles.url.replace(/graphql$/, "readyz"))).json()) as {
      checks: object;
    };
    expect(subgraphReady.checks).toEqual({ database: "ok", cache: "ok" });
  });
});

describe("request ids", () => {
  it("keeps the caller's x-request-id and makes one when absent", async () => {
    const given = await stack.query(
      `{ roles(first: 1) { totalCount } }`,
      {},
      { headers: { "x-request-id": "client-chosen-42" } },
    );
    expect(given.headers.get("x-request-id")).toBe("client-chosen-42");
    const made = await stack.query(`{ roles(first: 1) { totalCount } }`);
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("configuration errors", () => {
  const main = (workspace: string) => join(__dirname, "..", "..", workspace, "dist", "main.js");

  it.each([
    [
      "gateway",
      { PORT: "abc" },
      /PORT: expected a port number from 0 to 65535 \(0 picks a free one\) \(got "abc"\)/,
    ],
    [
      "services/roles",
      { DATABASE_URL: "mysql://nope" },
      /DATABASE_URL: expected a URL starting with postgres:\/\/ or postgresql:\/\//,
    ],
    ["services/guides", { NODE_ENV: "production" }, /AUTH_JWT_SECRET or AUTH_JWKS_URL/],
    ["services/progress", { LOG_LEVEL: "loud", REDIS_URL: "nope" }, /LOG_LEVEL:[\s\S]*REDIS_URL:/],
  ])(
    "%s refuses to start with a bad environment, naming the variable (exit code 1)",
    (workspace, env, message) => {
      const result = spawnSync(process.execPath, [main(workspace)], {
        env: { PATH: process.env.PATH, ...env },
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    },
  );
});

describe("one request id from the gateway to every subgraph", () => {
  it("logs the caller's request id in each subgraph the request reached", async () => {
    const logs: Record<string, unknown>[] = [];
    const traced = await startStack({ logs });
    try {
      const response = await traced.query(
        `{ role(slug: "backend-developer") { title guide { headline } relatedGuides { role { questionCount } } } }`,
        {},
        { headers: { "x-request-id": "trace-me-123" } },
      );
      expect(response.body.errors).toBeUndefined();
      const requestLines = logs.filter((line) => line.msg === "request" && line.requestId === "trace-me-123");
      // gateway, roles (twice: the role, then the related roles' counts) and guides
      expect(requestLines.length).toBe(4);
    } finally {
      await traced.stop();
    }
  });
});
