import { createServer } from "node:net";
import { Pool } from "pg";
import { describeWith, PG_SERVER_URL } from "@careergraph/test-servers";
import { ReadReplicas, type Reads } from "./read-replicas";
import { StatementCounter } from "./statement-counter";

/**
 * What a server does with replicas it cannot use, on the machine's PostgreSQL: one whose port refuses
 * connections (a replica that died), and one that is a primary, not a streaming replica. The
 * replicated topology (`npm run test:cluster`) covers a real streaming replica.
 */
describeWith(["postgres"], "read replicas that cannot be used", () => {
  let primaryPool: Pool;
  let primary: Reads;
  const open: ReadReplicas[] = [];
  beforeAll(() => {
    primaryPool = new Pool({ connectionString: PG_SERVER_URL, max: 2 });
    primary = { query: async (sql, parameters) => (await primaryPool.query(sql, parameters)).rows as never };
  });
  afterAll(async () => {
    await Promise.all(open.map((replicas) => replicas.close()));
    await primaryPool.end();
  });

  async function replicasAt(url: string): Promise<ReadReplicas> {
    const replicas = new ReadReplicas(
      primary,
      PG_SERVER_URL,
      {
        schema: "test",
        urls: [url],
        maxLagSeconds: 1,
        poolSize: 1,
        connectTimeoutMs: 500,
        statementTimeoutMs: 1000,
      },
      new StatementCounter(),
    );
    open.push(replicas);
    await replicas.start();
    return replicas;
  }

  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it("skips a replica whose port refuses connections, and reads on the primary", async () => {
    const replicas = await replicasAt(`postgres://postgres@127.0.0.1:${await closedPort()}/postgres`);
    expect(replicas.status().map((r) => r.usable)).toEqual([false]);
    expect(await replicas.query<{ answer: number }[]>("SELECT 42 AS answer")).toEqual([{ answer: 42 }]);
    // a content write's wait does not hang on a replica that is gone
    await replicas.awaitReplay();
  });

  it("skips a server that is not in recovery: a primary is no read replica", async () => {
    const replicas = await replicasAt(PG_SERVER_URL);
    expect(replicas.status().map((r) => r.usable)).toEqual([false]);
    expect(
      await replicas.query<{ recovering: boolean }[]>("SELECT pg_is_in_recovery() AS recovering"),
    ).toEqual([{ recovering: false }]);
  });
});
