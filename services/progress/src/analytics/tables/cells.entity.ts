import { Column, Entity, PrimaryColumn } from "typeorm";

/** Histograms of whole days from first practice to first mastery: learners by days, e.g. {"0": 2, "11": 5}. */
export type DaysHistogram = Record<string, number>;

/**
 * The unit every practice figure is made of (privacy.ts): the learners who first practised a role in
 * one ISO week (its cohort), on one question of it. A cell is published only with at least
 * `MIN_LEARNERS` learners; each view sums published cells and nothing else. A question's role never
 * changes (no mutation moves one), so each practice belongs to exactly one cell.
 */
@Entity({ name: "analytics_question_cell", schema: "progress" })
export class AnalyticsQuestionCell {
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  /** The Monday of the week its learners first practised the role. */
  @PrimaryColumn("date", { name: "cohort_week" })
  cohortWeek: string;

  @PrimaryColumn("uuid", { name: "question_id" })
  questionId: string;

  @Column("integer", { default: 0 })
  learners: number;

  /** Of them, those who have mastered the question. */
  @Column("integer", { default: 0 })
  mastered: number;

  /** Their practices of the question, to date. */
  @Column("integer", { default: 0 })
  practices: number;

  @Column("integer", { default: 0 })
  again: number;

  /** Whole days from their first practice of the question to its first mastery. */
  @Column("jsonb", { name: "mastery_days", default: {} })
  masteryDays: DaysHistogram;
}

/**
 * The practices of a cell that is not published yet, per day: activity counts a cell's practices
 * from the moment it is published, these with them, so that no day ever shows an unpublished cell.
 */
@Entity({ name: "analytics_unpublished_day", schema: "progress" })
export class AnalyticsUnpublishedDay {
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @PrimaryColumn("date", { name: "cohort_week" })
  cohortWeek: string;

  @PrimaryColumn("uuid", { name: "question_id" })
  questionId: string;

  @PrimaryColumn("date")
  day: string;

  @Column("integer", { default: 0 })
  practices: number;
}

/** The learners who first practised a role in a week, by their standing in it now (the funnel). */
@Entity({ name: "analytics_role_week", schema: "progress" })
export class AnalyticsRoleWeek {
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @PrimaryColumn("date", { name: "first_week" })
  firstWeek: string;

  @PrimaryColumn("boolean", { name: "reviewed_any" })
  reviewedAny: boolean;

  @PrimaryColumn("integer")
  mastered: number;

  @Column("integer", { default: 0 })
  learners: number;
}

/**
 * Per day and per week: every learner who practised (each once), and the practices of published
 * cells only.
 */
@Entity({ name: "analytics_activity", schema: "progress" })
export class AnalyticsActivity {
  @PrimaryColumn("text")
  granularity: "DAY" | "WEEK";

  @PrimaryColumn("date")
  period: string;

  @Column("integer", { default: 0 })
  learners: number;

  @Column("integer", { default: 0 })
  practices: number;
}

/** The learners whose first practice fell in a week, and how many came back after 1, 7 and 30 days. */
@Entity({ name: "analytics_retention", schema: "progress" })
export class AnalyticsRetention {
  @PrimaryColumn("date", { name: "cohort_week" })
  cohortWeek: string;

  @Column("integer", { default: 0 })
  learners: number;

  @Column("integer", { name: "returned_day1", default: 0 })
  returnedDay1: number;

  @Column("integer", { name: "returned_day7", default: 0 })
  returnedDay7: number;

  @Column("integer", { name: "returned_day30", default: 0 })
  returnedDay30: number;
}
