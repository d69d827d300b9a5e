import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { PracticeRating, ProgressStatus } from "./enums";

/** One recorded practice, appended in the transaction that updates the progress row (never changed). */
@Entity({ name: "practice_event", schema: "progress" })
export class PracticeEvent {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("text", { name: "user_id" })
  userId: string;

  @Column("uuid", { name: "question_id" })
  questionId: string;

  @Column("uuid", { name: "role_id" })
  roleId: string;

  @Column({ type: "enum", enum: PracticeRating, enumName: "practice_rating" })
  rating: PracticeRating;

  @Column({ type: "enum", enum: ProgressStatus, enumName: "progress_status", name: "status_after" })
  statusAfter: ProgressStatus;

  @Column("timestamptz", { name: "practiced_at" })
  practicedAt: Date;

  @Column("text", { name: "idempotency_key" })
  idempotencyKey: string;
}
