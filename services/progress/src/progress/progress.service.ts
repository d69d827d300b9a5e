import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { SubgraphDeps } from "@careergraph/service";
import { badInput, conflict, notFound, isUuid } from "@careergraph/schema";
import type { CatalogQuestion } from "../catalog/catalog-client";
import type { Clock } from "../clock";
import type { PublishedQuestionLoader } from "../context";
import { cardOf, scheduleReview } from "./fsrs-card";
import { logPractice, saveProgress } from "./practice-writes";
import { QuestionProgressRecord } from "./question-progress.entity";
import { PracticeRequest } from "./practice-request.entity";
import type { QuestionProgress } from "./question-progress";
import type { RecordPracticeInput } from "./record-practice";
import type { WriteRateLimiter } from "../write-rate/write-rate";

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export type Snapshot = Pick<
  PracticeRequest,
  "requestHash" | "questionId" | "status" | "attempts" | "lastRating" | "lastPracticedAt" | "nextReviewAt"
>;

/**
 * Records practices: schedules the question's FSRS card, appends the practice to the log, and makes
 * every call idempotent per (user, key). The idempotency record is inserted first in the transaction,
 * so of concurrent calls with one key exactly one practises; PostgreSQL makes the others wait on the
 * unique key until it commits, and they then return its result.
 */
export class PracticeService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly now: Clock,
    private readonly writeRate: WriteRateLimiter,
  ) {}

  async record(
    userId: string,
    input: RecordPracticeInput,
    publishedQuestion: PublishedQuestionLoader,
  ): Promise<QuestionProgress> {
    const key = input.idempotencyKey;
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw badInput("idempotencyKey", `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
    }
    await this.writeRate.spend(userId, "practice");
    const hash = requestHash(input);
    // A retry is answered from its record, even when the catalog is unreachable or has changed since.
    const earlier = await this.findRequest(this.deps.db.dataSource.manager, userId, key);
    if (earlier) return replay(earlier, hash, key);
    const question = isUuid(input.questionId) ? await publishedQuestion.load(input.questionId) : null;
    if (!question) throw notFound("question", input.questionId);
    return this.deps.db.dataSource.transaction(async (tx) => {
      const claimed: unknown[] = await tx.query(
        `INSERT INTO progress.practice_request (user_id, idempotency_key, request_hash, question_id, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING 1`,
        [userId, key, hash, question.id, this.now()],
      );
      if (claimed.length === 0) {
        const first = await this.findRequest(tx, userId, key);
        if (!first) throw new Error(`idempotency record ${key} vanished`);
        return replay(first, hash, key);
      }
      return this.applyPractice(tx, userId, question, input, this.now());
    });
  }

  /**
   * Schedules one practice at `now` (the server's time, or a synced practice's own time) on top of
   * the card, and appends it to the log; the caller has claimed its idempotency record in `tx`.
   */
  async applyPractice(
    tx: EntityManager,
    userId: string,
    question: CatalogQuestion,
    input: RecordPracticeInput,
    now: Date,
  ): Promise<QuestionProgress> {
    // Creates the row on the first practice and locks it either way, so concurrent practices of one question queue.
    const [row]: QuestionProgressRecord[] = await tx.query(
      `INSERT INTO progress.question_progress AS p (user_id, question_id, role_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (user_id, question_id) DO UPDATE SET role_id = EXCLUDED.role_id
       RETURNING ${this.deps.db.columns(QuestionProgressRecord, "p")}`,
      [userId, question.id, question.roleId, now],
    );
    const attempts = row.attempts + 1;
    const { card, status } = scheduleReview(cardOf(row, now), input.rating, now, attempts);
    const scheduled = { status, attempts, lastRating: input.rating, lastPracticedAt: now, card };
    const result = await saveProgress(tx, userId, question.id, scheduled, now);
    const practice = {
      userId,
      question,
      rating: input.rating,
      idempotencyKey: input.idempotencyKey,
      practicedAt: now,
      statusAfter: status,
      card: { before: row.status, after: status },
    };
    await logPractice(tx, practice, result);
    return result;
  }

  /** The idempotency record of (user, key), with the result it stored. */
  async findRequest(manager: EntityManager, userId: string, key: string): Promise<Snapshot | null> {
    const [row]: Snapshot[] = await manager.query(
      `SELECT ${this.deps.db.columns(PracticeRequest, "r")} FROM progress.practice_request r
       WHERE r.user_id = $1 AND r.idempotency_key = $2`,
      [userId, key],
    );
    return row ?? null;
  }
}

/** What makes two calls with one key "the same": the question and the rating. */
export function requestHash(input: RecordPracticeInput): string {
  return createHash("sha256")
    .update(JSON.stringify([input.questionId, input.rating]))
    .digest("hex");
}

/** The first call's result for a retry; a key reused for another practice is the client's mistake. */
export function replay(earlier: Snapshot, hash: string, key: string): QuestionProgress {
  if (earlier.requestHash !== hash)
    throw conflict(`idempotencyKey "${key}" was already used for a different practice`);
  if (earlier.status === null || earlier.attempts === null)
    throw new Error(`idempotency record ${key} has no result`);
  return {
    questionId: earlier.questionId,
    status: earlier.status,
    attempts: earlier.attempts,
    lastRating: earlier.lastRating,
    lastPracticedAt: earlier.lastPracticedAt,
    nextReviewAt: earlier.nextReviewAt,
  };
}
