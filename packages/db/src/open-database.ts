import "reflect-metadata";
import {
  DataSource,
  type EntitySchema,
  type EntityTarget,
  type MixedList,
  type ObjectLiteral,
} from "typeorm";
import type { Logger } from "@careergraph/logger";
import { watchPool, type PoolStats } from "@careergraph/metrics";
import type { ClusterImage } from "./cluster-image";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { entityColumns } from "./entity-columns";
import { migrateWithLock } from "./migrate";
import { primaryReads, ReadReplicas, type Reads } from "./read-replicas";
import { StatementCounter } from "./statement-counter";

type EntityList = MixedList<string | EntitySchema | (new () => unknown)>;
type MigrationList = MixedList<string | (new () => unknown)>;

export interface DatabaseOptions {
  /** The PostgreSQL schema that holds this subgraph's tables. */
  schema: string;
  /** A PostgreSQL URL; unset means the embedded database. */
  url?: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Embedded only: where its files live; `null` keeps it in memory. */
  dataDir: string | null;
  entities: EntityList;
  migrations: MigrationList;
  logger?: Logger;
  /** Streaming read replicas of `url` (`DATABASE_READ_URLS`), for `Database.reads`. */
  read?: { urls: string[]; maxLagSeconds: number };
  /** Run pending migrations now (advisory-locked); default true. `false` expects `npm run migrate`. */
  migrate?: boolean;
  /**
   * Embedded only: the built cluster a new database starts from, when it is built (a subgraph's
   * migrated and seeded one); otherwise, and by default, the empty cluster.
   */
  image?: ClusterImage;
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
  kind: "postgres" | "embedded";
  /**
   * For reads that need no writer's view (the public catalog, guides, analytics): a read replica
   * when one is configured and usable, otherwise the primary. Per-user and editors' reads, and every
   * write, use `dataSource`.
   */
  reads: Reads;
  /**
   * Resolves once the read replicas have replayed every write committed before the call (bounded by
   * the lag limit): call it after a content write and before invalidating caches, so that the reads
   * that refill them see the write. Immediate without replicas.
   */
  awaitReplicas(): Promise<void>;
  /** An entity's select list under `alias`, from its metadata (see `entityColumns`). */
  columns<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string): string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the subgraph's database and, unless told not to, creates its schema and runs its pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url ? null : await startEmbeddedPostgres(options.dataDir, options.image);
  const statements = new StatementCounter(options.logger);
  const dataSource = new DataSource({
    type: "postgres",
    ...connectionTarget(options, embedded),
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    logger: statements,
    logging: ["query", "error", "warn", "migration"],
    maxQueryExecutionTime: 1000,
    applicationName: `careergraph-${options.schema}`,
    extra: {
      max: embedded ? 1 : options.poolSize,
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
    },
  });
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await migrateWithLock(dataSource, options.schema, options.logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  const unwatch = watchPool(options.schema, () => poolOf(dataSource));
  const reads = await openReads(dataSource, options, statements);
  return {
    dataSource,
    statements,
    kind: embedded ? "embedded" : "postgres",
    reads,
    awaitReplicas: () => reads.awaitReplay(),
    columns: (entity, alias) => entityColumns(dataSource, entity, alias),
    async ping() {
      await dataSource.query("SELECT 1");
    },
    async close() {
      unwatch();
      await reads.close();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

async function openReads(dataSource: DataSource, options: DatabaseOptions, statements: StatementCounter) {
  const urls = options.read?.urls ?? [];
  if (!options.url || urls.length === 0) return primaryReads(dataSource);
  const replicas = new ReadReplicas(
    dataSource,
    options.url,
    { ...options, urls, maxLagSeconds: options.read?.maxLagSeconds ?? 10 },
    statements,
    options.logger,
  );
  await replicas.start();
  return replicas;
}

function connectionTarget(options: DatabaseOptions, embedded: EmbeddedPostgres | null) {
  if (!embedded) return { url: options.url };
  return {
    host: embedded.host,
    port: embedded.port,
    username: "postgres",
    password: "postgres",
    database: "postgres",
  };
}

/** The `pg` pool under TypeORM's driver (its counts: open, idle, callers waiting). */
function poolOf(dataSource: DataSource): PoolStats | undefined {
  return (dataSource.driver as unknown as { master?: PoolStats }).master;
}
