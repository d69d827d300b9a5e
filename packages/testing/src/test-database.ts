import { randomBytes } from "node:crypto";
import { Client } from "pg";

export interface TestDatabase {
  /** The fresh database's URL, or `undefined` on the embedded default. */
  url: string | undefined;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * `ignore-punctuation`: an ICU collation that sorts "data-engineer" after "database-administrator",
   * as glibc's en_US.UTF-8 does; for tests that must not depend on a bytewise default collation.
   */
  collation?: "default" | "ignore-punctuation";
  /** The server to create it on: `DATABASE_URL` by default (unset: the embedded default, no database). */
  serverUrl?: string;
}

/**
 * With `DATABASE_URL` set, creates a fresh database on that server for one test file (dropped
 * afterwards), so suites never see each other's rows. Without it, tests use the embedded default.
 * `serverUrl` names the server instead (a test that needs PostgreSQL on every run).
 */
export async function createTestDatabase(
  prefix = "careergraph_test",
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: () => Promise.resolve() };
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const collation =
    options.collation === "ignore-punctuation"
      ? ` TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-u-ka-shifted'`
      : "";
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${collation}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
