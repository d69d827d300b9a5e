import { Column, Entity, PrimaryColumn } from "typeorm";
import { PracticeRating, ProgressStatus } from "./enums";

/**
 * One learner's standing on one question: the counters clients see and the FSRS card behind them.
 * `nextReviewAt` is the card's `due`; `roleId` is copied from the catalog so that a role's progress
 * is one GROUP BY.
 */
@Entity({ name: "question_progress", schema: "progress" })
export class QuestionProgressRecord {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("uuid", { name: "question_id" })
  questionId: string;

  @Column("uuid", { name: "role_id" })
  roleId: string;

  @Column({ type: "enum", enum: ProgressStatus, enumName: "progress_status" })
  status: ProgressStatus;

  @Column("integer")
  attempts: number;

  @Column({
    type: "enum",
    enum: PracticeRating,
    enumName: "practice_rating",
    name: "last_rating",
    nullable: true,
  })
  lastRating: PracticeRating | null;

  @Column("timestamptz", { name: "last_practiced_at", nullable: true })
  lastPracticedAt: Date | null;

  @Column("timestamptz", { name: "next_review_at", nullable: true })
  nextReviewAt: Date | null;

  @Column("double precision")
  stability: number;

  @Column("double precision")
  difficulty: number;

  @Column("integer", { name: "elapsed_days" })
  elapsedDays: number;

  @Column("integer", { name: "scheduled_days" })
  scheduledDays: number;

  @Column("integer", { name: "learning_steps" })
  learningSteps: number;

  @Column("integer")
  reps: number;

  @Column("integer")
  lapses: number;

  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  @Column("smallint")
  state: number;

  @Column("timestamptz", { name: "last_review", nullable: true })
  lastReview: Date | null;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
