import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

async function withClient<T>(db: EmbeddedPostgres, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ host: db.host, port: db.port, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function setting(client: Client, name: string): Promise<string> {
  const result = await client.query<Record<string, string>>(`SHOW ${name}`);
  return result.rows[0][name];
}

describe("the embedded database", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "careergraph-embedded-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("runs with bounded memory settings, in memory", async () => {
    const db = await startEmbeddedPostgres(null);
    try {
      await withClient(db, async (client) => {
        expect(await setting(client, "shared_buffers")).toBe("16MB");
        expect(await setting(client, "wal_buffers")).toBe("512kB");
      });
    } finally {
      await db.stop();
    }
  });

  it("starts a new data folder from the empty cluster and keeps its data and settings when reopened", async () => {
    const first = await startEmbeddedPostgres(dataDir);
    try {
      await withClient(first, (client) =>
        client.query("CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)"),
      );
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres(dataDir);
    try {
      await withClient(again, async (client) => {
        expect((await client.query("SELECT id FROM kept")).rows).toEqual([{ id: 7 }]);
        expect(await setting(client, "shared_buffers")).toBe("16MB");
      });
    } finally {
      await again.stop();
    }
  });
});
