import type { DataSource } from "typeorm";
import type { Day, DayRange } from "./dates";

export interface StandingRow {
  reviewedAny: boolean;
  mastered: number;
  learners: number;
}
export interface QuestionPracticeRow {
  questionId: string;
  practices: number;
  again: number;
}
export interface QuestionMasteryRow {
  questionId: string;
  learners: number;
  mastered: number;
  /** The median whole days from first practice to first mastery of those who mastered it. */
  medianDaysToMastery: number | null;
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
 * and a cross-check in tests). Each method is one SQL statement.
 */
export interface AnalyticsSource {
  /** Learners of a role who started it within the range, by their standing now. */
  roleStanding(roleId: string, range: DayRange): Promise<StandingRow[]>;
  /** Practices (and AGAIN ratings) of each of a role's questions within the range. */
  questionPractices(roleId: string, range: DayRange): Promise<QuestionPracticeRow[]>;
  /** Learners of each question who started it within the range: how many mastered it, and how fast. */
  questionMastery(roleId: string, range: DayRange): Promise<QuestionMasteryRow[]>;
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

/**
 * Per question, from rows of (question_id, days to mastery or -1, learners): the learners, how many
 * mastered, and the weighted median of their days (the mean of the two middle values when even),
 * found with a running sum so only one row per question leaves the database.
 */
function masterySummary(histogram: string): string {
  return `WITH h AS (${histogram}),
    m AS (SELECT question_id, days, sum(learners) OVER (PARTITION BY question_id ORDER BY days) AS cum,
            sum(learners) OVER (PARTITION BY question_id) AS n
          FROM h WHERE days >= 0 AND learners > 0)
    SELECT t.question_id AS "questionId", t.learners, coalesce(x.mastered, 0) AS mastered,
      x.median AS "medianDaysToMastery"
    FROM (SELECT question_id, sum(learners)::int AS learners FROM h GROUP BY question_id HAVING sum(learners) > 0) t
    LEFT JOIN (
      SELECT question_id, max(n)::int AS mastered,
        (min(days) FILTER (WHERE cum >= floor((n + 1) / 2.0)) + min(days) FILTER (WHERE cum >= floor(n / 2.0) + 1))::float8 / 2 AS median
      FROM m GROUP BY question_id
    ) x ON x.question_id = t.question_id`;
}

const isOpen = (range: DayRange) => range.from === null && range.to === null;

/** Reads the rollups; an open range reads the all-time tables, a few rows per question. */
export function rollupSource(dataSource: DataSource): AnalyticsSource {
  return {
    roleStanding: (roleId, range) =>
      isOpen(range)
        ? dataSource.query(
            `SELECT reviewed_any AS "reviewedAny", mastered, learners
             FROM progress.analytics_role_standing_total WHERE role_id = $1`,
            [roleId],
          )
        : dataSource.query(
            `SELECT reviewed_any AS "reviewedAny", mastered, sum(learners)::int AS learners
         FROM progress.analytics_role_standing WHERE role_id = $1 AND ${inRange("first_day", 2, 3)}
         GROUP BY reviewed_any, mastered`,
            [roleId, range.from, range.to],
          ),
    questionPractices: (roleId, range) =>
      isOpen(range)
        ? dataSource.query(
            `SELECT question_id AS "questionId", practices, again FROM progress.analytics_question_total WHERE role_id = $1`,
            [roleId],
          )
        : dataSource.query(
            `SELECT question_id AS "questionId", sum(practices)::int AS practices, sum(again)::int AS again
         FROM progress.analytics_question_day WHERE role_id = $1 AND ${inRange("day", 2, 3)} GROUP BY question_id`,
            [roleId, range.from, range.to],
          ),
    questionMastery: (roleId, range) =>
      isOpen(range)
        ? dataSource.query(
            masterySummary(
              `SELECT question_id, days_to_mastery AS days, learners FROM progress.analytics_question_mastery WHERE role_id = $1`,
            ),
            [roleId],
          )
        : dataSource.query(
            masterySummary(
              `SELECT question_id, days_to_mastery AS days, learners FROM progress.analytics_question_cohort
               WHERE role_id = $1 AND ${inRange("first_day", 2, 3)}`,
            ),
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

export function rawEventSource(dataSource: DataSource): AnalyticsSource {
  return {
    roleStanding: (roleId, range) =>
      dataSource.query(
        `WITH ev AS (SELECT user_id, question_id, status_after, seq, ${DAY} AS day FROM progress.practice_event WHERE role_id = $1),
         first AS (SELECT user_id, min(day) AS first_day FROM ev GROUP BY user_id),
         latest AS (SELECT DISTINCT ON (user_id, question_id) user_id, status_after FROM ev ORDER BY user_id, question_id, seq DESC),
         per AS (SELECT user_id, count(*) FILTER (WHERE status_after IN ('REVIEWING', 'MASTERED')) AS reviewed,
                   count(*) FILTER (WHERE status_after = 'MASTERED') AS mastered FROM latest GROUP BY user_id)
         SELECT per.reviewed > 0 AS "reviewedAny", per.mastered::int AS mastered, count(*)::int AS learners
         FROM per JOIN first USING (user_id) WHERE ${inRange("first.first_day", 2, 3)} GROUP BY 1, 2`,
        [roleId, range.from, range.to],
      ),
    questionPractices: (roleId, range) =>
      dataSource.query(
        `SELECT question_id AS "questionId", count(*)::int AS practices, count(*) FILTER (WHERE rating = 'AGAIN')::int AS again
         FROM progress.practice_event WHERE role_id = $1 AND ${inRange(DAY, 2, 3)} GROUP BY question_id`,
        [roleId, range.from, range.to],
      ),
    questionMastery: (roleId, range) =>
      dataSource.query(
        masterySummary(
          `SELECT question_id, coalesce(mastered_day - first_day, -1) AS days, 1 AS learners
           FROM (SELECT question_id, min(${DAY}) AS first_day, min(${DAY}) FILTER (WHERE status_after = 'MASTERED') AS mastered_day
                 FROM progress.practice_event WHERE role_id = $1 GROUP BY user_id, question_id) lq
           WHERE ${inRange("first_day", 2, 3)}`,
        ),
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
