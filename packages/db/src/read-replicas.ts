import { Pool, type PoolConfig } from "pg";
import type { Logger } from "@careergraph/logger";
import { databaseReads, databaseReplicaLag, databaseReplicaUsable } from "@careergraph/metrics";
import type { StatementCounter } from "./statement-counter";
import { walPosition, WalHistory } from "./wal-position";

/** Where reads that need no writer's view are sent: `query` as TypeORM's `DataSource.query` answers. */
export interface Reads {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as DataSource.query: the caller types its rows
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T>;
}

export interface ReadReplicaOptions {
  schema: string;
  urls: string[];
  maxLagSeconds: number;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** How often the primary's WAL position and each replica's replay are sampled. */
  probeIntervalMs?: number;
}

interface Replica {
  /** The URL without its password, for logs and metrics. */
  name: string;
  pool: Pool;
  usable: boolean;
  replayed: bigint | null;
}

const POLL_MS = 5;

/**
 * Streaming read replicas for the reads that need no writer's view (the public catalog, guides,
 * analytics). Every second it samples the primary's WAL position and each replica's replay position:
 * a replica takes reads while it answers and is at most `maxLagSeconds` behind; one that was skipped
 * comes back only once it has replayed everything the primary had at the sample before. A read that
 * fails on a replica is run again on the primary (a read changes nothing) and the replica is skipped
 * until the next sample finds it well. With no usable replica, reads go to the primary.
 *
 * Writers read their own writes by `awaitReplay`: a content write's delivery (cache invalidation)
 * waits until the replicas have replayed it, so the reads that follow the invalidation, whoever makes
 * them, find the write on the replica (see docs/scale-out.md for why this and not a primary window).
 */
export class ReadReplicas implements Reads {
  private readonly replicas: Replica[];
  /** The primary, for the samples only: they are not the application's statements and use none of its pool. */
  private readonly monitor: Pool;
  private readonly history: WalHistory;
  private next = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly primary: Reads,
    primaryUrl: string,
    private readonly options: ReadReplicaOptions,
    private readonly statements: StatementCounter,
    private readonly logger?: Logger,
  ) {
    const base: PoolConfig = {
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
      application_name: `careergraph-${options.schema}-reads`,
    };
    this.replicas = options.urls.map((url) => ({
      name: redacted(url),
      pool: quiet(new Pool({ ...base, connectionString: url, max: options.poolSize })),
      usable: false,
      replayed: null,
    }));
    this.monitor = quiet(new Pool({ ...base, connectionString: primaryUrl, max: 1 }));
    this.history = new WalHistory((options.maxLagSeconds + 5) * 1000);
  }

  /** Takes the first sample (replicas take reads only after one), then samples every interval. */
  async start(): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.options.probeIntervalMs ?? 1000);
    this.timer.unref();
  }

  async query<T>(sql: string, parameters?: unknown[]): Promise<T> {
    const replica = this.pick();
    if (replica) {
      try {
        const result = await replica.pool.query(sql, parameters);
        this.statements.logQuery();
        databaseReads.inc({ schema: this.options.schema, target: "replica" });
        return result.rows as T;
      } catch (error) {
        this.skip(replica, error);
      }
    }
    databaseReads.inc({ schema: this.options.schema, target: "primary" });
    return this.primary.query<T>(sql, parameters);
  }

  /**
   * Resolves once every replica that answers has replayed the primary's WAL up to now (so every
   * write committed before this call), or after `maxLagSeconds`, when the replicas still behind are
   * skipped until they catch up. A replica that does not answer is skipped at once.
   */
  async awaitReplay(): Promise<void> {
    const target = await this.primaryPosition();
    const deadline = Date.now() + this.options.maxLagSeconds * 1000;
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          while (Date.now() < deadline) {
            if ((await this.replayPosition(replica)) >= target) return;
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          }
          this.skip(replica, new Error(`still behind after ${this.options.maxLagSeconds} s`));
        } catch (error) {
          this.skip(replica, error);
        }
      }),
    );
  }

  /** Each replica as the last sample found it. */
  status(): { name: string; usable: boolean }[] {
    return this.replicas.map(({ name, usable }) => ({ name, usable }));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.monitor.end(), ...this.replicas.map((replica) => replica.pool.end())]);
  }

  private pick(): Replica | undefined {
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length];
      if (replica.usable) {
        this.next = (this.next + i + 1) % this.replicas.length;
        return replica;
      }
    }
    return undefined;
  }

  private async probe(): Promise<void> {
    let primary: bigint;
    try {
      primary = await this.primaryPosition();
    } catch (error) {
      // without the primary's position no lag can be measured; replicas keep their state
      this.logger?.warn({ err: error }, "read replicas: the primary's WAL position could not be read");
      return;
    }
    const now = Date.now();
    this.history.record(now, primary);
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const replayed = await this.replayPosition(replica);
          const lag = this.history.lagSeconds(replayed, Date.now());
          databaseReplicaLag.set(this.labels(replica), Number.isFinite(lag) ? lag : -1);
          // a skipped replica returns only once it holds all the primary had at this sample
          const well = replica.usable ? lag <= this.options.maxLagSeconds : replayed >= primary;
          this.setUsable(replica, well, well ? undefined : `${lag} s behind`);
        } catch (error) {
          this.skip(replica, error);
        }
      }),
    );
  }

  /**
   * Where the primary's WAL ends: the insert position, which is past every commit record written so
   * far. (The write position, `pg_current_wal_lsn()`, can still be short of a commit that returned
   * under `synchronous_commit = off`: a wait for it would end before the replica has that commit.)
   */
  private async primaryPosition(): Promise<bigint> {
    const { rows } = await this.monitor.query<{ lsn: string }>(
      "SELECT pg_current_wal_insert_lsn()::text AS lsn",
    );
    return walPosition(rows[0].lsn);
  }

  private async replayPosition(replica: Replica): Promise<bigint> {
    const { rows } = await replica.pool.query<{ lsn: string | null; recovering: boolean }>(
      "SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS recovering",
    );
    // a server that is not in recovery (promoted, or not a replica at all) is no read replica
    if (!rows[0].recovering || rows[0].lsn === null) throw new Error("not a streaming replica");
    replica.replayed = walPosition(rows[0].lsn);
    return replica.replayed;
  }

  private skip(replica: Replica, error: unknown): void {
    this.setUsable(replica, false, error instanceof Error ? error.message : String(error));
  }

  private setUsable(replica: Replica, usable: boolean, reason?: string): void {
    databaseReplicaUsable.set(this.labels(replica), usable ? 1 : 0);
    if (replica.usable === usable) return;
    replica.usable = usable;
    if (usable) this.logger?.info({ replica: replica.name }, "read replica takes reads");
    else this.logger?.warn({ replica: replica.name, reason }, "read replica skipped: reads go elsewhere");
  }

  private labels(replica: Replica) {
    return { schema: this.options.schema, replica: replica.name };
  }
}

/** The primary itself, when no replica is configured. */
export function primaryReads(
  primary: Reads,
): Reads & { awaitReplay(): Promise<void>; close(): Promise<void> } {
  return {
    query: (sql, parameters) => primary.query(sql, parameters),
    awaitReplay: async () => undefined,
    close: async () => undefined,
  };
}

function redacted(url: string): string {
  const parsed = new URL(url);
  parsed.password = "";
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** An idle client's error (a replica going away) must not crash the process: the next query reports it. */
function quiet(pool: Pool): Pool {
  pool.on("error", () => undefined);
  return pool;
}
