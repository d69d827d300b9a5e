import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A run of consecutive UTC days on each of which the user practised: what streakDays reads (the
 * latest run), one row per run instead of every event. Runs of one user never touch or overlap.
 */
@Entity({ name: "practice_run", schema: "progress" })
export class PracticeRun {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("date", { name: "first_day" })
  firstDay: string;

  @Column("date", { name: "last_day" })
  lastDay: string;
}
