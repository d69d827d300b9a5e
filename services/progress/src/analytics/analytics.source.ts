import type { DataSource } from "typeorm";
import type { Day, DayRange } from "./dates";

/** Learners of a role who first practised it in a week, by their standing now. */
export interface StandingRow {
  week: Day;
  reviewedAny: boolean;
  mastered: number;
  learners: number;
}
/** The practices in a role of the learners who first practised it in a week. */
export interface RolePracticeRow {
  week: Day;
  practices: number;
}
/** The learners who first practised a question in a week: how many mastered it, and their practices. */
export interface QuestionWeekRow {
  questionId: string;
  week: Day;
  learners: number;
  mastered: number;
  practices: number;
  again: number;
  /** Of those who mastered it: whole days from first practice to first mastery, and how many took them. */
  masteryDays: Record<string, number>;
}
export interface ActivityRow {
  period: Day;
  learners: number;
  practices: number;
}
export interface RetentionRow {
  cohortWeek: Day;
  learners: number;
  returnedDay1: number;
  returnedDay7: number;
  returnedDay30: number;
}
export interface QuestionTotalRow {
  questionId: string;
  roleId: string;
  learners: number;
  practices: number;
  again: number;
}

/**
 * Where the analytics figures come from. `rollupSource` reads the rollups (what the API serves);
 * `rawEventSource` computes the same rows from the raw practice events (the benchmark's baseline,
 * and a cross-check in tests). Each method is one SQL statement. A role's figures come per week of
 * first practice, for the weeks in a range of whole weeks (`wholeWeeks`), so the service can withhold
 * each small week on its own.
 */
export interface AnalyticsSource {
  roleStanding(roleId: string, range: DayRange): Promise<StandingRow[]>;
  rolePractices(roleId: string, range: DayRange): Promise<RolePracticeRow[]>;
  questionWeeks(roleId: string, range: DayRange): Promise<QuestionWeekRow[]>;
  /** Active learners and practices per period whose start lies in [from, to]. */
  activity(granularity: "DAY" | "WEEK", from: Day, to: Day): Promise<ActivityRow[]>;
  /** Weekly cohorts (by first practice) starting in [from, to]. */
  retention(from: Day, to: Day): Promise<RetentionRow[]>;
  /** Questions with enough learners and practices, highest AGAIN share first. */
  hardestQuestions(
    roleId: string | null,
    minLearners: number,
    minPractices: number,
    first: number,
  ): Promise<QuestionTotalRow[]>;
}

const inRange = (column: string, from: number, to: number) =>
  `($${from}::date IS NULL OR ${column} >= $${from}) AND ($${to}::date IS NULL OR ${column} <= $${to})`;

/** Reads the rollups: a few rows per week of the range, and per question and week. */
export function rollupSource(dataSource: DataSource): AnalyticsSource {
  return {
    roleStanding: (roleId, range) =>
      dataSource.query(
        `SELECT first_week::text AS week, reviewed_any AS "reviewedAny", mastered, learners
         FROM progress.analytics_role_week WHERE role_id = $1 AND learners > 0 AND ${inRange("first_week", 2, 3)}`,
        [roleId, range.from, range.to],
      ),
    rolePractices: (roleId, range) =>
      dataSource.query(
        `SELECT first_week::text AS week, practices FROM progress.analytics_role_practice_week
         WHERE role_id = $1 AND ${inRange("first_week", 2, 3)}`,
        [roleId, range.from, range.to],
      ),
    questionWeeks: (roleId, range) =>
      dataSource.query(
        `SELECT question_id AS "questionId", first_week::text AS week, learners, mastered, practices, again,
           mastery_days AS "masteryDays"
         FROM progress.analytics_question_week WHERE role_id = $1 AND ${inRange("first_week", 2, 3)}`,
        [roleId, range.from, range.to],
      ),
    activity: (granularity, from, to) =>
      dataSource.query(
        `SELECT period::text AS period, learners, practices FROM progress.analytics_activity
         WHERE granularity = $1 AND period BETWEEN $2 AND $3 ORDER BY period`,
        [granularity, from, to],
      ),
    retention: (from, to) =>
      dataSource.query(
        `SELECT cohort_week::text AS "cohortWeek", learners, returned_day1 AS "returnedDay1",
           returned_day7 AS "returnedDay7", returned_day30 AS "returnedDay30"
         FROM progress.analytics_retention WHERE cohort_week BETWEEN $1 AND $2 ORDER BY cohort_week`,
        [from, to],
      ),
    hardestQuestions: (roleId, minLearners, minPractices, first) =>
      dataSource.query(
        `SELECT question_id AS "questionId", role_id AS "roleId", learners, practices, again
         FROM progress.analytics_question_total
         WHERE ($1::uuid IS NULL OR role_id = $1) AND learners >= $2 AND practices >= $3
         ORDER BY again::float8 / practices DESC, question_id LIMIT $4`,
        [roleId, minLearners, minPractices, first],
      ),
  };
}

const DAY = `(practiced_at AT TIME ZONE 'UTC')::date`;

/** Per learner and question of a role ($1): first day, first mastery, practices and AGAIN ratings. */
const LEARNER_QUESTIONS = `SELECT user_id, question_id, min(${DAY}) AS first_day,
    min(${DAY}) FILTER (WHERE status_after = 'MASTERED') AS mastered_day,
    count(*) AS practices, count(*) FILTER (WHERE rating = 'AGAIN') AS again
  FROM progress.practice_event WHERE role_id = $1 GROUP BY user_id, question_id`;
const WEEK_OF = (column: string) => `date_trunc('week', ${column})::date`;

export function rawEventSource(dataSource: DataSource): AnalyticsSource {
  return {
    roleStanding: (roleId, range) =>
      dataSource.query(
        `WITH ev AS (SELECT user_id, question_id, status_after, seq, ${DAY} AS day FROM progress.practice_event WHERE role_id = $1),
         first AS (SELECT user_id, min(day) AS first_day FROM ev GROUP BY user_id),
         latest AS (SELECT DISTINCT ON (user_id, question_id) user_id, status_after FROM ev ORDER BY user_id, question_id, seq DESC),
         per AS (SELECT user_id, count(*) FILTER (WHERE status_after IN ('REVIEWING', 'MASTERED')) AS reviewed,
                   count(*) FILTER (WHERE status_after = 'MASTERED') AS mastered FROM latest GROUP BY user_id)
         SELECT ${WEEK_OF("first.first_day")}::text AS week, per.reviewed > 0 AS "reviewedAny", per.mastered::int AS mastered,
           count(*)::int AS learners
         FROM per JOIN first USING (user_id) WHERE ${inRange("first.first_day", 2, 3)} GROUP BY 1, 2, 3`,
        [roleId, range.from, range.to],
      ),
    rolePractices: (roleId, range) =>
      dataSource.query(
        `WITH ev AS (SELECT user_id, ${DAY} AS day FROM progress.practice_event WHERE role_id = $1),
         first AS (SELECT user_id, min(day) AS first_day FROM ev GROUP BY user_id)
         SELECT ${WEEK_OF("first.first_day")}::text AS week, count(*)::int AS practices
         FROM ev JOIN first USING (user_id) WHERE ${inRange("first.first_day", 2, 3)} GROUP BY 1`,
        [roleId, range.from, range.to],
      ),
    questionWeeks: (roleId, range) =>
      dataSource.query(
        `SELECT question_id AS "questionId", week::text AS week, sum(learners)::int AS learners,
           coalesce(sum(learners) FILTER (WHERE days IS NOT NULL), 0)::int AS mastered, sum(practices)::int AS practices,
           sum(again)::int AS again,
           coalesce(jsonb_object_agg(days::text, learners) FILTER (WHERE days IS NOT NULL), '{}') AS "masteryDays"
         FROM (SELECT question_id, ${WEEK_OF("first_day")} AS week, mastered_day - first_day AS days, count(*) AS learners,
                 sum(practices) AS practices, sum(again) AS again
               FROM (${LEARNER_QUESTIONS}) lq WHERE ${inRange("first_day", 2, 3)} GROUP BY 1, 2, 3) cohort
         GROUP BY 1, 2`,
        [roleId, range.from, range.to],
      ),
    activity: (granularity, from, to) =>
      dataSource.query(
        `SELECT period::text AS period, count(DISTINCT user_id)::int AS learners, count(*)::int AS practices
         FROM (SELECT user_id, CASE WHEN $1 = 'DAY' THEN ${DAY} ELSE date_trunc('week', ${DAY})::date END AS period
               FROM progress.practice_event) e
         WHERE period BETWEEN $2 AND $3 GROUP BY period ORDER BY period`,
        [granularity, from, to],
      ),
    retention: (from, to) =>
      dataSource.query(
        `SELECT date_trunc('week', first_day)::date::text AS "cohortWeek", count(*)::int AS learners,
           count(*) FILTER (WHERE last_day - first_day >= 1)::int AS "returnedDay1",
           count(*) FILTER (WHERE last_day - first_day >= 7)::int AS "returnedDay7",
           count(*) FILTER (WHERE last_day - first_day >= 30)::int AS "returnedDay30"
         FROM (SELECT min(${DAY}) AS first_day, max(${DAY}) AS last_day FROM progress.practice_event GROUP BY user_id) l
         WHERE date_trunc('week', first_day)::date BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
        [from, to],
      ),
    hardestQuestions: (roleId, minLearners, minPractices, first) =>
      dataSource.query(
        `SELECT question_id AS "questionId", (array_agg(role_id))[1] AS "roleId", count(DISTINCT user_id)::int AS learners,
           count(*)::int AS practices, count(*) FILTER (WHERE rating = 'AGAIN')::int AS again
         FROM progress.practice_event WHERE ($1::uuid IS NULL OR role_id = $1) GROUP BY question_id
         HAVING count(DISTINCT user_id) >= $2 AND count(*) >= $3
         ORDER BY count(*) FILTER (WHERE rating = 'AGAIN')::float8 / count(*) DESC, question_id LIMIT $4`,
        [roleId, minLearners, minPractices, first],
      ),
  };
}
