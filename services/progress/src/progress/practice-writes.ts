import type { Card } from "ts-fsrs";
import type { EntityManager } from "typeorm";
import { addPracticeToRollups } from "../analytics";
import type { CatalogQuestion } from "../catalog/catalog-client";
import type { PracticeRating, ProgressStatus } from "./enums";
import { cardColumns } from "./fsrs-card";
import { addPracticeDay } from "./practice-runs";
import type { QuestionProgress } from "./question-progress";

/**
 * Writes a learner's progress on a question as scheduled, with its card's FSRS state, and answers
 * it as the API shows it. The row exists and is locked by the caller's transaction.
 */
export async function saveProgress(
  tx: EntityManager,
  userId: string,
  questionId: string,
  scheduled: {
    status: ProgressStatus;
    attempts: number;
    lastRating: PracticeRating;
    lastPracticedAt: Date;
    card: Card;
  },
  updatedAt: Date,
): Promise<QuestionProgress> {
  const c = cardColumns(scheduled.card);
  await tx.query(
    `UPDATE progress.question_progress SET status = $3, attempts = $4, last_rating = $5, last_practiced_at = $6,
       next_review_at = $7, stability = $8, difficulty = $9, elapsed_days = $10, scheduled_days = $11,
       learning_steps = $12, reps = $13, lapses = $14, state = $15, last_review = $16, updated_at = $17
     WHERE user_id = $1 AND question_id = $2`,
    [
      userId,
      questionId,
      scheduled.status,
      scheduled.attempts,
      scheduled.lastRating,
      scheduled.lastPracticedAt,
      c.nextReviewAt,
      c.stability,
      c.difficulty,
      c.elapsedDays,
      c.scheduledDays,
      c.learningSteps,
      c.reps,
      c.lapses,
      c.state,
      c.lastReview,
      updatedAt,
    ],
  );
  return {
    questionId,
    status: scheduled.status,
    attempts: scheduled.attempts,
    lastRating: scheduled.lastRating,
    lastPracticedAt: scheduled.lastPracticedAt,
    nextReviewAt: c.nextReviewAt,
  };
}

/** One practice as the log keeps it. */
export interface LoggedPractice {
  userId: string;
  question: CatalogQuestion;
  rating: PracticeRating;
  idempotencyKey: string;
  practicedAt: Date;
  /** The status this practice left the card in, as the log says. */
  statusAfter: ProgressStatus;
  /** The card's status before and after the write, which the rollups count (a synced practice older
   * than the card's last review changes the card from its status before to its status now). */
  card: { before: ProgressStatus; after: ProgressStatus };
}

/**
 * Everything a practice leaves besides the card, in its transaction: the analytics rollups, the
 * practice days behind the streak, the event in the log, and the result its idempotency record
 * answers a retry with.
 */
export async function logPractice(
  tx: EntityManager,
  practice: LoggedPractice,
  result: QuestionProgress,
): Promise<void> {
  const { userId, question, rating, practicedAt } = practice;
  await addPracticeToRollups(tx, {
    userId,
    questionId: question.id,
    roleId: question.roleId,
    rating,
    statusBefore: practice.card.before,
    statusAfter: practice.card.after,
    practicedAt,
  });
  await addPracticeDay(tx, userId, practicedAt.toISOString().slice(0, 10));
  await tx.query(
    `INSERT INTO progress.practice_event (user_id, question_id, role_id, rating, status_after, practiced_at, idempotency_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      userId,
      question.id,
      question.roleId,
      rating,
      practice.statusAfter,
      practicedAt,
      practice.idempotencyKey,
    ],
  );
  await tx.query(
    `UPDATE progress.practice_request SET status = $3, attempts = $4, last_rating = $5, last_practiced_at = $6, next_review_at = $7
     WHERE user_id = $1 AND idempotency_key = $2`,
    [
      userId,
      practice.idempotencyKey,
      result.status,
      result.attempts,
      result.lastRating,
      result.lastPracticedAt,
      result.nextReviewAt,
    ],
  );
}
