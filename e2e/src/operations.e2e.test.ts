import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jwtVerify } from "jose";
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
    ["services/roles", { HOST: "0.0.0.0" }, /HOST: 0\.0\.0\.0 is reachable from other machines/],
    [
      "gateway",
      { NODE_ENV: "production", AUTH_JWKS_URL: "https://idp.example.com/jwks.json" },
      /AUTH_ISSUER and AUTH_AUDIENCE: required with AUTH_JWKS_URL/,
    ],
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

describe("development identity", () => {
  const root = join(__dirname, "..", "..");

  it("generates one secret in DATA_DIR on first start, warns that it is development mode, and npm run token signs with it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "careergraph-dev-"));
    const env = { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: "0" };
    const gateway = spawn(process.execPath, [join(root, "gateway", "dist", "main.js")], {
      cwd: join(root, "gateway"),
      env,
    });
    let output = "";
    const warned = new Promise<void>((resolve) =>
      gateway.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // the gateway warns as it starts, before it waits for its subgraphs (none run here)
        if (output.includes("development mode")) resolve();
      }),
    );
    try {
      await warned;
    } finally {
      gateway.kill("SIGTERM");
      await new Promise((resolve) => gateway.once("exit", resolve));
    }
    const warning = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .find((line) => line.msg.startsWith("development mode"));
    expect(warning).toMatchObject({ level: 40, msg: expect.stringContaining("dev-jwt-secret") });
    const secretFile = join(dataDir, "dev-jwt-secret");
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);

    const token = spawnSync(
      process.execPath,
      [join(root, "packages", "auth", "dist", "token-cli.js"), "--sub", "dev-user", "--roles", "EDITOR"],
      { cwd: root, env, encoding: "utf8" },
    );
    expect(token.status).toBe(0);
    const secret = new TextEncoder().encode(readFileSync(secretFile, "utf8").trim());
    const { payload } = await jwtVerify(token.stdout.trim(), secret);
    expect(payload).toMatchObject({ sub: "dev-user", roles: ["EDITOR"] });
  });
});
