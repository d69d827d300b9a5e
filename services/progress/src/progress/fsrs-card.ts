import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { PracticeRating, type ProgressStatus } from "./enums";
import { progressStatus } from "./progress-status";
import type { QuestionProgressRecord } from "./question-progress.entity";

/** Default FSRS parameters, no fuzz: the same ratings at the same times always give the same schedule. */
const scheduler = fsrs();

const GRADES: Record<PracticeRating, Grade> = {
  [PracticeRating.AGAIN]: Rating.Again,
  [PracticeRating.HARD]: Rating.Hard,
  [PracticeRating.GOOD]: Rating.Good,
  [PracticeRating.EASY]: Rating.Easy,
};

export type CardColumns = Pick<
  QuestionProgressRecord,
  | "nextReviewAt"
  | "stability"
  | "difficulty"
  | "elapsedDays"
  | "scheduledDays"
  | "learningSteps"
  | "reps"
  | "lapses"
  | "state"
  | "lastReview"
>;

/** The FSRS card stored in a progress row; a new card when the question was never practised. */
export function cardOf(row: CardColumns | null, now: Date): Card {
  if (!row || row.reps === 0) return createEmptyCard(now);
  return {
    due: row.nextReviewAt ?? now,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ?? undefined,
  };
}

export function cardColumns(card: Card): CardColumns {
  return {
    nextReviewAt: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** Schedules the next review after one practice: the card after it and the status it gives. */
export function scheduleReview(
  card: Card,
  rating: PracticeRating,
  now: Date,
  attemptsAfter: number,
): { card: Card; status: ProgressStatus } {
  const next = scheduler.next(card, now, GRADES[rating]).card;
  return { card: next, status: progressStatus(attemptsAfter, next) };
}
