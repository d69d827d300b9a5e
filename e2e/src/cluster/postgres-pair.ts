import { appendFile, chmod, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Client } from "pg";
import { isRoot, run, runAsPostgres, waitUntil } from "./run-command";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PostgresPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Runs SQL on one of the two servers (`postgres` database unless named). */
  query<T>(server: "primary" | "replica", sql: string, database?: string): Promise<T[]>;
  /** Stops the replica at once (`pg_ctl stop -m immediate`), as if its machine died. */
  killReplica(): Promise<void>;
  startReplica(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL primary and a streaming read replica made from it with `pg_basebackup`: two local
 * clusters of the machine's PostgreSQL 15 in `dir`, on their own ports. pg_stat_statements is loaded on
 * both, so each counts the statements it ran itself.
 */
export async function startPostgresPair(options: {
  dir: string;
  primaryPort: number;
  replicaPort: number;
  database: string;
}): Promise<PostgresPair> {
  const primaryDir = join(options.dir, "primary");
  const replicaDir = join(options.dir, "replica");
  await mkdir(options.dir, { recursive: true });
  if (isRoot()) {
    await run("chown", ["postgres:postgres", options.dir]);
    await chmod(options.dir, 0o700);
  }
  await runAsPostgres(`${BIN}/initdb`, [
    "-D",
    primaryDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  await appendFile(
    join(primaryDir, "postgresql.conf"),
    [
      `port = ${options.primaryPort}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${options.dir}'`,
      "wal_level = replica",
      "max_wal_senders = 5",
      "hot_standby = on",
      "hot_standby_feedback = on",
      "shared_preload_libraries = 'pg_stat_statements'",
      "pg_stat_statements.track = all",
      "max_connections = 300",
      // a throwaway cluster: nothing to flush; asynchronous commit also holds the replicas' wait to
      // the WAL insert position (a commit returns before its WAL is written)
      "fsync = off",
      "synchronous_commit = off",
      "",
    ].join("\n"),
  );
  await appendFile(join(primaryDir, "pg_hba.conf"), "host replication all 127.0.0.1/32 trust\n");
  await pgCtl(primaryDir, "start", join(options.dir, "primary.log"));
  const primaryUrl = `postgres://postgres@127.0.0.1:${options.primaryPort}`;
  await waitUntil("the primary", () => ping(`${primaryUrl}/postgres`), 30_000);
  await sql(`${primaryUrl}/postgres`, `CREATE DATABASE ${options.database}`);
  await sql(`${primaryUrl}/${options.database}`, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

  // -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica
  await runAsPostgres(`${BIN}/pg_basebackup`, [
    "-h",
    "127.0.0.1",
    "-p",
    String(options.primaryPort),
    "-U",
    "postgres",
    "-D",
    replicaDir,
    "-R",
    "-X",
    "stream",
    "--checkpoint=fast",
  ]);
  await appendFile(join(replicaDir, "postgresql.conf"), `port = ${options.replicaPort}\n`);
  const replicaUrl = `postgres://postgres@127.0.0.1:${options.replicaPort}`;
  const startReplica = async () => {
    await pgCtl(replicaDir, "start", join(options.dir, "replica.log"));
    await waitUntil("the replica", () => ping(`${replicaUrl}/postgres`), 30_000);
  };
  await startReplica();

  const urlOf = (server: "primary" | "replica") => (server === "primary" ? primaryUrl : replicaUrl);
  return {
    primaryUrl: `${primaryUrl}/${options.database}`,
    replicaUrl: `${replicaUrl}/${options.database}`,
    query: (server, text, database = options.database) => sql(`${urlOf(server)}/${database}`, text),
    killReplica: () => pgCtl(replicaDir, "stop", undefined, ["-m", "immediate"]),
    startReplica,
    async stop() {
      await pgCtl(replicaDir, "stop", undefined, ["-m", "immediate"]).catch(() => undefined);
      await pgCtl(primaryDir, "stop", undefined, ["-m", "immediate"]).catch(() => undefined);
    },
  };
}

async function pgCtl(dataDir: string, action: "start" | "stop", logFile?: string, extra: string[] = []) {
  await runAsPostgres(`${BIN}/pg_ctl`, [
    action,
    "-D",
    dataDir,
    "-w",
    ...(logFile ? ["-l", logFile] : []),
    ...extra,
  ]);
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function ping(url: string): Promise<boolean> {
  await sql(url, "SELECT 1");
  return true;
}
