import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** A real server some suites need, beyond the embedded defaults that every suite can use. */
export type TestServer = "postgres" | "redis" | "redis-server";

/** The PostgreSQL server that suites needing one create their databases on. */
export const PG_SERVER_URL =
  process.env.PG_SERVER_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The Redis server that suites needing one talk to. */
export const REDIS_SERVER_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

const AVAILABLE_ENV = "CAREERGRAPH_TEST_SERVERS";

const NEEDS: Record<TestServer, string> = {
  postgres: `PostgreSQL at ${redacted(PG_SERVER_URL)} (PG_SERVER_URL)`,
  redis: `Redis at ${REDIS_SERVER_URL} (REDIS_URL)`,
  "redis-server": "the redis-server program on PATH",
};

/**
 * A describe block that needs real servers. When one does not answer, the block does not run and one
 * line says what it needs and how to run it; under `CI=true` that is a failing test instead.
 */
export function describeWith(needs: TestServer[], name: string, body: () => void): void {
  const missing = needs.filter((server) => !availableServers().includes(server));
  if (missing.length === 0) return describe(name, body);
  const file = testFile();
  const reason = `needs ${missing.map((server) => NEEDS[server]).join(" and ")}`;
  if (process.env.CI === "true") {
    describe(name, () => {
      test(`${reason} (CI runs every suite)`, () => {
        throw new Error(`${file}: ${reason}, which does not answer`);
      });
    });
    return;
  }
  process.stderr.write(`not run: ${file} "${name}": ${reason}; with it running: npx jest ${file}\n`);
  describe.skip(name, body);
}

/**
 * Which servers answer, asked once per process (a jest worker runs many suites) by a child process:
 * describe blocks are declared synchronously, and a probe must wait for the network.
 */
function availableServers(): string[] {
  process.env[AVAILABLE_ENV] ??= execFileSync(process.execPath, [join(__dirname, "probe-cli.js")], {
    encoding: "utf8",
    env: { ...process.env, PG_SERVER_URL, REDIS_URL: REDIS_SERVER_URL },
  }).trim();
  return process.env[AVAILABLE_ENV].split(",");
}

function testFile(): string {
  const path = expect.getState().testPath ?? "this suite";
  const root = process.env.INIT_CWD ?? process.cwd();
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
