import { describeWith, PG_SERVER_URL, waitFor } from "@careergraph/test-servers";
import { roleIdFor } from "@careergraph/content";
import { createLogger } from "@careergraph/logger";
import { rolesSubgraph } from "@careergraph/roles";
import { startSubgraph } from "@careergraph/service";
import { createTestDatabase, postGraphQL, testConfig } from "@careergraph/testing";
import { freePort } from "@careergraph/test-servers";
import { startStack } from "./stack";
import { TcpProxy } from "./tcp-proxy";

async function readyzStatus(graphqlUrl: string): Promise<number> {
  return (await fetch(graphqlUrl.replace(/\/graphql$/, "/readyz"))).status;
}

/** These need a PostgreSQL server on every run (the embedded database is one session in one process). */
describeWith(["postgres"], "two replicas of a subgraph starting together on a fresh database", () => {
  it("run its migrations once: one replica migrates, the other waits for it", async () => {
    const database = await createTestDatabase("careergraph_replicas", { serverUrl: PG_SERVER_URL });
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger("roles", "info", {
      write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>),
    });
    const config = testConfig("roles", { DATABASE_URL: database.url });
    try {
      const replicas = await Promise.all([
        startSubgraph(rolesSubgraph, config, { logger }),
        startSubgraph(rolesSubgraph, config, { logger }),
      ]);
      try {
        const migrations = rolesSubgraph.migrations as unknown[];
        expect(logs.filter((line) => /^ran \d+ migration/.test(String(line.msg)))).toEqual([
          expect.objectContaining({ msg: `ran ${migrations.length} migration(s)`, schema: "roles" }),
        ]);
        const [{ count }] = await replicas[0].deps.db.dataSource.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM roles.migrations`,
        );
        expect(count).toBe(migrations.length);
        for (const replica of replicas) expect(await readyzStatus(replica.url)).toBe(200);
      } finally {
        for (const replica of replicas) await replica.stop();
      }
    } finally {
      await database.drop();
    }
  });
});

describeWith(["postgres"], "PostgreSQL stopped and restarted under a running stack", () => {
  it("fails readiness and answers coded errors while it is gone, and recovers by itself", async () => {
    const database = await createTestDatabase("careergraph_outage", { serverUrl: PG_SERVER_URL });
    const direct = new URL(database.url!);
    const proxy = new TcpProxy(
      { host: direct.hostname, port: Number(direct.port || 5432) },
      await freePort(),
    );
    await proxy.open();
    const proxied = new URL(direct);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    const stack = await startStack({
      databaseUrl: proxied.toString(),
      env: { DATABASE_CONNECT_TIMEOUT_MS: "500", CACHE_DISABLED: "true" },
    });
    const roleQuery = `{ role(slug: "backend-developer") { id title } }`;
    try {
      expect((await stack.query(roleQuery)).body.data).toEqual({
        role: { id: roleIdFor("backend-developer"), title: "Backend Developer" },
      });

      await proxy.cut();
      expect(await readyzStatus(stack.roles.url)).toBe(503);
      const during = await stack.query(roleQuery);
      expect(during.status).toBe(200);
      expect(during.body.data).toEqual({ role: null });
      expect(during.body.errors!.map((error) => error.extensions)).toEqual([
        // `service`: the subgraph that answered without its database
        { code: "SERVICE_UNAVAILABLE", service: "roles", serviceName: "roles" },
      ]);
      // the gateway itself stays up and only degraded: its subgraphs answer, one of them without a database
      const gatewayReady = await fetch(stack.gatewayUrl.replace(/\/graphql$/, "/readyz"));
      expect(gatewayReady.status).toBe(200);

      await proxy.open();
      await waitFor(
        "roles to be ready once PostgreSQL is back",
        async () => (await readyzStatus(stack.roles.url)) === 200,
        { deadlineMs: 30_000 },
      );
      const after = await postGraphQL(stack.gatewayUrl, roleQuery);
      expect(after.body).toEqual({
        data: { role: { id: roleIdFor("backend-developer"), title: "Backend Developer" } },
        extensions: { cost: expect.any(Object) },
      });
    } finally {
      await stack.stop();
      await proxy.cut();
      await database.drop();
    }
  });
});
