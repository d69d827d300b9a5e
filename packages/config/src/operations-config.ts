import type { z } from "zod";
import { boolean, int, url } from "./env-fields";

const ms = (min: number, max: number) => int(min, max, `milliseconds from ${min} to ${max}`);

/** Environment for how the platform fails, starts, stops and is observed (issue 10). */
export const operationsEnvShape = {
  SUBGRAPH_TIMEOUT_MS: ms(50, 120_000).default(10_000),
  ROLES_TIMEOUT_MS: ms(50, 120_000).optional(),
  GUIDES_TIMEOUT_MS: ms(50, 120_000).optional(),
  PROGRESS_TIMEOUT_MS: ms(50, 120_000).optional(),
  SUBGRAPH_MAX_CONNECTIONS: int(1, 1024, "a whole number from 1 to 1024").default(64),
  SUBGRAPH_STARTUP_TIMEOUT_MS: ms(0, 600_000).default(120_000),
  SHUTDOWN_DRAIN_TIMEOUT_MS: ms(0, 120_000).default(10_000),
  MIGRATE_ON_START: boolean().default("true"),
  IDEMPOTENCY_RETENTION_HOURS: int(24, 24 * 365, "hours from 24 to 8760").default(168),
  PURGE_INTERVAL_MINUTES: int(1, 1440, "minutes from 1 to 1440").default(60),
  NOTES_PER_USER_MAX: int(1, 1_000_000, "a whole number from 1 to 1000000").default(1000),
  PRACTICE_WRITES_PER_MINUTE: int(1, 100_000, "a whole number from 1 to 100000").default(120),
  NOTE_WRITES_PER_MINUTE: int(1, 100_000, "a whole number from 1 to 100000").default(30),
  AUDIT_RETENTION_DAYS: int(1, 36_500, "days from 1 to 36500").default(730),
  PRACTICE_EVENT_RETENTION_DAYS: int(30, 36_500, "days from 30 to 36500").default(400),
  CONTENT_CHANGE_RETENTION_DAYS: int(1, 3650, "days from 1 to 3650").default(7),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(["http:", "https:"]).optional(),
};

type OperationsEnv = z.infer<z.ZodObject<typeof operationsEnvShape>>;

export interface OperationsConfig {
  /** How long the gateway waits for each subgraph's answer before it gives partial data. */
  subgraphTimeoutMs: { roles: number; guides: number; progress: number };
  /** Keep-alive connections the gateway holds open to each subgraph, at most. */
  subgraphMaxConnections: number;
  /** How long the gateway waits at start for every subgraph's first readiness answer. */
  subgraphStartupTimeoutMs: number;
  /** How long a stopping server lets requests in flight finish. */
  shutdownDrainTimeoutMs: number;
  /** Whether servers run pending migrations when they start (advisory-locked); otherwise `npm run migrate`. */
  migrateOnStart: boolean;
  idempotencyRetentionHours: number;
  purgeIntervalMinutes: number;
  notesPerUserMax: number;
  /** Per-user writes a minute (fixed windows): recordPractice calls, and note adds, updates and deletes. */
  writesPerMinute: { practice: number; notes: number };
  /**
   * Days each kind of record is kept before the purge jobs delete it: the audit log (roles and guides),
   * raw practice events (progress; the analytics rollups stay), and delivered content changes.
   */
  retentionDays: { audit: number; practiceEvents: number; contentChanges: number };
  /** Where traces go; unset means no tracing at all. */
  otlpEndpoint?: string;
}

export function operationsConfig(e: OperationsEnv): OperationsConfig {
  return {
    subgraphTimeoutMs: {
      roles: e.ROLES_TIMEOUT_MS ?? e.SUBGRAPH_TIMEOUT_MS,
      guides: e.GUIDES_TIMEOUT_MS ?? e.SUBGRAPH_TIMEOUT_MS,
      progress: e.PROGRESS_TIMEOUT_MS ?? e.SUBGRAPH_TIMEOUT_MS,
    },
    subgraphMaxConnections: e.SUBGRAPH_MAX_CONNECTIONS,
    subgraphStartupTimeoutMs: e.SUBGRAPH_STARTUP_TIMEOUT_MS,
    shutdownDrainTimeoutMs: e.SHUTDOWN_DRAIN_TIMEOUT_MS,
    migrateOnStart: e.MIGRATE_ON_START === "true",
    idempotencyRetentionHours: e.IDEMPOTENCY_RETENTION_HOURS,
    purgeIntervalMinutes: e.PURGE_INTERVAL_MINUTES,
    notesPerUserMax: e.NOTES_PER_USER_MAX,
    writesPerMinute: { practice: e.PRACTICE_WRITES_PER_MINUTE, notes: e.NOTE_WRITES_PER_MINUTE },
    retentionDays: {
      audit: e.AUDIT_RETENTION_DAYS,
      practiceEvents: e.PRACTICE_EVENT_RETENTION_DAYS,
      contentChanges: e.CONTENT_CHANGE_RETENTION_DAYS,
    },
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}
