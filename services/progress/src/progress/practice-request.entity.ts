import { Column, Entity, PrimaryColumn } from "typeorm";
import { PracticeRating, ProgressStatus } from "./enums";

/**
 * The idempotency record of one recordPractice call: unique per user and key, inserted first in the
 * practice's transaction, holding the hash of the input and the progress it produced (the snapshot
 * a replay returns). The snapshot columns are null only inside that transaction.
 */
@Entity({ name: "practice_request", schema: "progress" })
export class PracticeRequest {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("text", { name: "idempotency_key" })
  idempotencyKey: string;

  @Column("text", { name: "request_hash" })
  requestHash: string;

  @Column("uuid", { name: "question_id" })
  questionId: string;

  @Column({ type: "enum", enum: ProgressStatus, enumName: "progress_status", nullable: true })
  status: ProgressStatus | null;

  @Column("integer", { nullable: true })
  attempts: number | null;

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

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;
}
