import { Column, Entity, PrimaryColumn } from "typeorm";

// Per-learner bookkeeping: what the rollups must remember of each learner to update the published
// cells one practice at a time. No analytics query returns these rows.

/** A learner's first day of practice and the furthest day after it they came back (retention). */
@Entity({ name: "analytics_learner", schema: "progress" })
export class AnalyticsLearner {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @Column("date", { name: "first_day" })
  firstDay: string;

  @Column("integer", { name: "max_offset", default: 0 })
  maxOffset: number;
}

/** That a learner practised in a day or a week: activity counts each learner once per period. */
@Entity({ name: "analytics_learner_period", schema: "progress" })
export class AnalyticsLearnerPeriod {
  @PrimaryColumn("text")
  granularity: "DAY" | "WEEK";

  @PrimaryColumn("date")
  period: string;

  @PrimaryColumn("text", { name: "user_id" })
  userId: string;
}

/** A learner's first practice of a question, and their first mastery of it. */
@Entity({ name: "analytics_learner_question", schema: "progress" })
export class AnalyticsLearnerQuestion {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("uuid", { name: "question_id" })
  questionId: string;

  @Column("uuid", { name: "role_id" })
  roleId: string;

  @Column("date", { name: "first_day" })
  firstDay: string;

  @Column("date", { name: "mastered_day", nullable: true })
  masteredDay: string | null;
}

/**
 * A learner's first day in a role (their cohort: its ISO week) and their standing in it now: how many
 * of its questions are in review, how many mastered.
 */
@Entity({ name: "analytics_learner_role", schema: "progress" })
export class AnalyticsLearnerRole {
  @PrimaryColumn("text", { name: "user_id" })
  userId: string;

  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @Column("date", { name: "first_day" })
  firstDay: string;

  @Column("integer", { default: 0 })
  reviewed: number;

  @Column("integer", { default: 0 })
  mastered: number;
}
