import { Field, Int, ObjectType } from "type-graphql";
import { PracticeRating, ProgressStatus } from "./enums";

/** What a learner sees of their progress on one question (the FSRS card stays inside). */
@ObjectType({ description: "The caller's practice progress on one question." })
export class QuestionProgress {
  /** Not exposed: which question this is, for the notes resolver. */
  questionId: string;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => PracticeRating, { nullable: true })
  lastRating: PracticeRating | null;

  @Field(() => Date, { nullable: true })
  lastPracticedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the question is next due for review." })
  nextReviewAt: Date | null;
}

/** The progress of a question the learner has never practised. */
export function notStarted(questionId: string): QuestionProgress {
  return {
    questionId,
    status: ProgressStatus.NOT_STARTED,
    attempts: 0,
    lastRating: null,
    lastPracticedAt: null,
    nextReviewAt: null,
  };
}

/** The client-facing part of a progress row (or of an idempotency snapshot). */
export function toQuestionProgress(row: QuestionProgress): QuestionProgress {
  return {
    questionId: row.questionId,
    status: row.status,
    attempts: row.attempts,
    lastRating: row.lastRating,
    lastPracticedAt: row.lastPracticedAt,
    nextReviewAt: row.nextReviewAt,
  };
}
