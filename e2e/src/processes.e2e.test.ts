import { waitFor } from "@careergraph/test-servers";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { postGraphQL } from "@careergraph/testing";
import { freeStackPorts, localGraphqlUrl, WatchedProcess } from "./child-process";
import { metricValue, scrapeMetrics } from "./metrics-text";
import { freePort } from "@careergraph/test-servers";
import { SEED_PAGE_QUERY, type SeedPageData } from "./seed-page-query";

const REPO = join(__dirname, "..", "..");

/** The environment of a process started as a user would: embedded defaults, a data folder of its own. */
function processEnv(dataDir: string, extra: Record<string, string>): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_OPTIONS: undefined,
    DATABASE_URL: undefined,
    REDIS_URL: undefined,
    NODE_ENV: "development",
    DATA_DIR: dataDir,
    ...extra,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readyz(port: number): Promise<{ status: string; checks: Record<string, string> } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`);
    return (await response.json()) as { status: string; checks: Record<string, string> };
  } catch {
    return null;
  }
}

describe("npm start (scripts/start.mjs)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "careergraph-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("says it is up only when a query is answered in full, restarts a killed server, and stops all on SIGTERM", async () => {
    const ports = await freeStackPorts();
    const url = localGraphqlUrl;
    const supervisor = new WatchedProcess(
      process.execPath,
      ["scripts/start.mjs", "--no-build"],
      processEnv(dataDir, {
        PORT: String(ports.gateway),
        ROLES_URL: url(ports.roles),
        GUIDES_URL: url(ports.guides),
        PROGRESS_URL: url(ports.progress),
        LOG_LEVEL: "warn",
      }),
      REPO,
    );
    try {
      await supervisor.waitFor(new RegExp(`careergraph is up: http://localhost:${ports.gateway}/graphql`));
      const first = await postGraphQL<SeedPageData>(url(ports.gateway), SEED_PAGE_QUERY, {
        slug: "backend-developer",
      });
      if (first.body.errors) expect(first.body.errors).toBeUndefined();
      expect(first.body.data!.role!.questions.edges).toHaveLength(16);
      expect(first.body.data!.role!.relatedGuides).toHaveLength(4);
      // a server process reports its own CPU and memory (runMain turns that on)
      const metrics = await scrapeMetrics(url(ports.gateway));
      expect(metricValue(metrics, "careergraph_process_cpu_user_seconds_total")).toBeGreaterThan(0);

      const pids = supervisor.lines.flatMap(
        (line) => /\] (\w+) started \(pid (\d+)/.exec(line)?.slice(1, 3) ?? [],
      );
      const rolesPid = Number(pids[pids.indexOf("roles") + 1]);
      const mark = supervisor.lines.length;
      process.kill(rolesPid, "SIGKILL");
      await supervisor.waitFor(/roles exited \(SIGKILL\); restarting it in 500 ms \(restart 1\)/, mark);
      await supervisor.waitFor(/\] roles started \(pid/, mark);
      // the others kept serving; once roles is ready again the gateway's readiness says so
      await waitFor(
        "the gateway to see roles ready again",
        async () => (await readyz(ports.gateway))?.checks.roles === "ok",
        { deadlineMs: 30_000 },
      );
      const again = await postGraphQL<SeedPageData>(url(ports.gateway), SEED_PAGE_QUERY, {
        slug: "backend-developer",
      });
      expect(again.body.errors).toBeUndefined();
      expect(again.body.data!.role!.questions.edges).toHaveLength(16);
    } finally {
      supervisor.signal("SIGTERM");
    }
    expect(await supervisor.exited).toBe(0);
    expect(supervisor.lines).toContain("[start] stopped");
    const childPids = supervisor.lines
      .flatMap((line) => /started \(pid (\d+)/.exec(line)?.[1] ?? [])
      .map(Number);
    expect(childPids.length).toBeGreaterThanOrEqual(5);
    expect(childPids.filter(isAlive)).toEqual([]);
  }, 180_000);
});

describe("a subgraph process on SIGTERM", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "careergraph-drain-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("finishes every request in flight, then exits 0", async () => {
    const port = await freePort();
    const roles = new WatchedProcess(
      process.execPath,
      ["services/roles/dist/main.js"],
      processEnv(dataDir, { PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info" }),
      REPO,
    );
    await roles.waitFor(/roles subgraph ready/);
    const body = JSON.stringify({ query: `{ role(slug: "backend-developer") { title questionCount } }` });
    // Each request's headers are read by the server (it answers 100 Continue), its body not yet sent.
    const inFlight = await Promise.all(Array.from({ length: 12 }, () => startRequestWithoutBody(port, body)));
    roles.signal("SIGTERM");
    await roles.waitFor(/shutting down/);
    const answers = await Promise.all(inFlight.map((send) => send()));
    expect(answers).toEqual(
      Array.from({ length: 12 }, () => ({
        status: 200,
        body: { data: { role: { title: "Backend Developer", questionCount: 16 } } },
      })),
    );
    expect(await roles.exited).toBe(0);
    expect(roles.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  }, 120_000);
});

/**
 * Sends a POST's headers with `Expect: 100-continue` and resolves once the server has answered
 * 100 Continue (so the request is in flight on the server); the returned function sends the body
 * and resolves with the answer.
 */
function startRequestWithoutBody(
  port: number,
  body: string,
): Promise<() => Promise<{ status: number; body: unknown }>> {
  return new Promise((resolveStarted, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/graphql",
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        expect: "100-continue",
      },
    });
    const answered = new Promise<{ status: number; body: unknown }>((resolve, rejectAnswer) => {
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      });
      req.on("error", rejectAnswer);
    });
    req.on("error", reject);
    req.on("continue", () =>
      resolveStarted(() => {
        req.end(body);
        return answered;
      }),
    );
    req.flushHeaders();
  });
}
