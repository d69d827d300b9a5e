import { invalidateContent, redisTarget } from "@careergraph/cache";
import type { SubgraphDeps } from "../subgraph-definition";
import { purgeInBatches } from "@careergraph/db";
import {
  CONTENT_CHANGES_PATH,
  internalKey,
  signRequest,
  SIGNATURE_HEADER,
} from "@careergraph/internal-calls";

/** What a content write changed, recorded in the write's own transaction. */
export interface ContentChange {
  /** This subgraph's cache entries that the write made stale. */
  cacheKeys: string[];
  /** Questions whose published state or role may have changed: other subgraphs keep copies of these. */
  questionIds?: string[];
  /** Roles whose published state changed: other subgraphs keep which roles are published. */
  roleIds?: string[];
}

/** The write's transaction (a TypeORM EntityManager). */
interface Transaction {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** A subgraph that keeps its own copy of catalog facts and must hear of changes to them. */
export interface ContentChangePeer {
  name: string;
  /** Its `/internal/content-changes` endpoint. */
  url: string;
}

/**
 * The gateway as a consumer of every content change, when it caches whole responses in its own
 * memory: no Redis (where the content generation is shared) and a `GATEWAY_URL` to reach it.
 */
export function gatewayResponseCache(config: SubgraphDeps["config"]): ContentChangePeer[] {
  if (!config.gatewayUrl || redisTarget(config.cache) || config.cache.disabled) return [];
  return [{ name: "gateway", url: new URL(CONTENT_CHANGES_PATH, config.gatewayUrl).toString() }];
}

/** The consumer that stands for this subgraph's own cache (and the content generation). */
const OWN_CACHE = "cache";
const BATCH = 200;
const DELIVERY_TIMEOUT_MS = 5000;

interface PendingRow {
  id: string;
  cache_keys: string[];
  question_ids: string[];
  role_ids: string[];
  pending: string[];
}

/**
 * A transactional outbox of content changes. A write records what it changed in its own
 * transaction; after the commit, `deliver` invalidates this subgraph's cache (bumping the content
 * generation) and tells each peer which questions changed. A consumer is struck from a change only
 * once it has taken it, so a delivery that failed (Redis away, a peer down) stays pending and is
 * retried by `startRetries` until it lands: no change is ever lost, only delayed. A change every
 * consumer took is marked delivered and kept for the retention (`CONTENT_CHANGE_RETENTION_DAYS`), a
 * record of what changed and when it reached everyone; `purgeDelivered` deletes it after that.
 */
export class ContentOutbox {
  private queue: Promise<void> = Promise.resolve();
  private failing = false;
  /**
   * Whether the table may hold changes no one delivered: true at start (a replica may have died
   * between commit and delivery) and after a failure. The retry timer reads the table only then, so
   * an idle subgraph runs no statement.
   */
  private mayHavePending = true;

  /**
   * `peers` hear of changed questions and roles. `responseCaches` (the gateway, when it keeps whole
   * responses in its own memory) hear of every change, and only after this subgraph's own cache and
   * every peer have taken it: a page the gateway assembles after that reads the new content.
   */
  constructor(
    private readonly deps: Pick<SubgraphDeps, "config" | "logger" | "cache" | "db">,
    private readonly table: string,
    private readonly peers: ContentChangePeer[] = [],
    private readonly responseCaches: ContentChangePeer[] = [],
  ) {}

  /** Call inside the write's transaction. */
  async record(tx: Transaction, change: ContentChange): Promise<void> {
    const questionIds = [...new Set(change.questionIds ?? [])];
    const roleIds = [...new Set(change.roleIds ?? [])];
    const consumers = [
      OWN_CACHE,
      ...(questionIds.length + roleIds.length > 0 ? this.peers.map((peer) => peer.name) : []),
      ...this.responseCaches.map((peer) => peer.name),
    ];
    await tx.query(
      `INSERT INTO ${this.table} (cache_keys, question_ids, role_ids, pending) VALUES ($1, $2, $3, $4)`,
      [[...new Set(change.cacheKeys)], questionIds, roleIds, consumers],
    );
  }

  /**
   * Delivers every pending change; call it after the write commits. Runs one at a time in this
   * process; a call made while another runs waits for it and then runs itself, so that it sees the
   * change its caller just committed. Never rejects: what could not be delivered stays pending.
   */
  deliver(): Promise<void> {
    const run = this.queue.then(() =>
      this.deliverPending().catch((error: unknown) => {
        this.mayHavePending = true;
        this.reportOutcome([error]);
      }),
    );
    this.queue = run;
    return run;
  }

  /** Delivers what a previous run left now, then retries what is still pending every `intervalMs`. */
  startRetries(intervalMs = 1000): { stop(): Promise<void> } {
    void this.deliver();
    const timer = setInterval(() => {
      if (this.mayHavePending) void this.deliver();
    }, intervalMs);
    timer.unref();
    return {
      stop: async () => {
        clearInterval(timer);
        await this.queue;
      },
    };
  }

  /** Deletes the changes delivered before `cutoff`, in batches; answers how many. Pending ones stay. */
  purgeDelivered(cutoff: Date, batch?: number): Promise<number> {
    return purgeInBatches(this.deps.db, {
      table: this.table,
      olderThan: "delivered_at < $1",
      cutoff,
      lock: `${this.table}:delivered`,
      batch,
    });
  }

  /** How many changes still wait for some consumer. */
  async pendingCount(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.deps.db.dataSource.query(
      `SELECT count(*)::int AS count FROM ${this.table} WHERE cardinality(pending) > 0`,
    );
    return count;
  }

  private async deliverPending(): Promise<void> {
    const rows: PendingRow[] = await this.deps.db.dataSource.query(
      `SELECT id, cache_keys, question_ids, role_ids, pending FROM ${this.table}
       WHERE cardinality(pending) > 0 ORDER BY id LIMIT ${BATCH}`,
    );
    if (rows.length === 0) {
      this.mayHavePending = false;
      return;
    }
    const deliverEach = (consumers: string[], owedRows: PendingRow[]) =>
      Promise.all(
        consumers.map(async (consumer) => {
          const owed = owedRows.filter((row) => row.pending.includes(consumer));
          if (owed.length === 0) return null;
          const error = await this.deliverTo(consumer, owed).then(
            () => null,
            (failure: unknown) => failure,
          );
          if (error === null) {
            await this.strike(consumer, owed);
            for (const row of owed) row.pending = row.pending.filter((name) => name !== consumer);
          }
          return error;
        }),
      );
    const first = [OWN_CACHE, ...this.peers.map((peer) => peer.name)];
    const outcomes = await deliverEach(first, rows);
    // whole responses are retired last: a page assembled after that reads every consumer's new state
    outcomes.push(
      ...(await deliverEach(
        this.responseCaches.map((peer) => peer.name),
        rows.filter((row) => !row.pending.some((name) => first.includes(name))),
      )),
    );
    await this.deps.db.dataSource.query(
      `UPDATE ${this.table} SET delivered_at = now()
       WHERE id = ANY($1::bigint[]) AND cardinality(pending) = 0 AND delivered_at IS NULL`,
      [rows.map((row) => row.id)],
    );
    const errors = outcomes.filter((error) => error !== null);
    // a full batch may have left more behind it
    this.mayHavePending = errors.length > 0 || rows.length === BATCH;
    this.reportOutcome(errors);
  }

  private async deliverTo(consumer: string, rows: PendingRow[]): Promise<void> {
    if (consumer === OWN_CACHE) {
      // read replicas first replay the write: the reads that refill the cache must find it there
      await this.deps.db.awaitReplicas();
      const done = await invalidateContent(this.deps.cache, [
        ...new Set(rows.flatMap((row) => row.cache_keys)),
      ]);
      if (!done) throw new Error("the cache could not be reached");
      return;
    }
    const peer = [...this.peers, ...this.responseCaches].find((candidate) => candidate.name === consumer);
    if (!peer) throw new Error(`no address for the consumer ${consumer}`);
    await postChanges(this.deps.config, peer, {
      questionIds: [...new Set(rows.flatMap((row) => row.question_ids))],
      roleIds: [...new Set(rows.flatMap((row) => row.role_ids))],
    });
  }

  private async strike(consumer: string, rows: PendingRow[]): Promise<void> {
    await this.deps.db.dataSource.query(
      `UPDATE ${this.table} SET pending = array_remove(pending, $1) WHERE id = ANY($2::bigint[])`,
      [consumer, rows.map((row) => row.id)],
    );
  }

  /** A failing streak is logged once when it starts and once when it ends. */
  private reportOutcome(errors: unknown[]): void {
    if (errors.length > 0 && !this.failing)
      this.deps.logger.warn(
        { err: errors[0] },
        "content changes could not be delivered; they stay in the outbox and are retried",
      );
    if (errors.length === 0 && this.failing) this.deps.logger.info("content changes delivered again");
    this.failing = errors.length > 0;
  }
}

async function postChanges(
  config: SubgraphDeps["config"],
  peer: ContentChangePeer,
  changed: { questionIds: string[]; roleIds: string[] },
): Promise<void> {
  const key = internalKey(config);
  if (!key) throw new Error("no INTERNAL_API_SECRET (or AUTH_JWT_SECRET) to sign deliveries with");
  const body = JSON.stringify(changed);
  const response = await fetch(peer.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signRequest(key, { method: "POST", path: new URL(peer.url).pathname, body }),
    },
    body,
    signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${peer.name} answered HTTP ${response.status}`);
}
