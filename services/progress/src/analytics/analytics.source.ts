import type { Reads } from "@careergraph/db";
import type { Day, DayRange } from "./dates";

/**
 * The learners who first practised a role in a week, by their standing now: all of them, those with a
 * question in review, those who mastered at least half the role's questions, and all of them; and
 * their practices in the role.
 */
export interface WeekFunnelRow {
  week: Day;
  started: number;
  practising: number;
  halfReady: number;
  ready: number;
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
}
/** Histograms of whole days from first practice to first mastery: learners by days. */
export type DaysHistogram = Record<string, number>;
/** A question's days to mastery: the sum of the `plus` histograms minus the `minus` ones. */
export interface QuestionDaysRow {
  questionId: string;
  plus: DaysHistogram[];
  minus: DaysHistogram[];
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

export interface RoleCohorts {
  /** The role's funnel per week; readiness counts against the role's `questionCount`. */
  roleWeeks: WeekFunnelRow[];
  questionWeeks: QuestionWeekRow[];
  /**
   * Per question, the days to mastery of the learners of the weeks in which at least `minMastered`
   * mastered it (the only weeks whose masters may be described).
   */
  masteryDays: QuestionDaysRow[];
}

/**
 * Where the analytics figures come from. `rollupSource` reads the rollups (what the API serves);
 * `rawEventSource` computes the same rows from the raw practice events (the benchmark's baseline,
 * and a cross-check in tests). Each method is one SQL statement. A role's figures come per week of
 * first practice, for the weeks in a range of whole weeks (`wholeWeeks`), so the service can withhold
 * each small week on its own.
 */
export interface AnalyticsSource {
  /** A role's weekly cohorts in a range, in one statement (one round trip, one database process). */
  roleCohorts(
    roleId: string,
    range: DayRange,
    questionCount: number,
    minMastered: number,
  ): Promise<RoleCohorts>;
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

/** The funnel's stages from rows of (week, reviewed_any, mastered, learners); $4 is the question count. */
const FUNNEL = `sum(learners)::int AS started, coalesce(sum(learners) FILTER (WHERE reviewed_any), 0)::int AS practising,
  coalesce(sum(learners) FILTER (WHERE $4 > 0 AND mastered * 2 >= $4), 0)::int AS "halfReady",
  coalesce(sum(learners) FILTER (WHERE $4 > 0 AND mastered >= $4), 0)::int AS ready`;

/**
 * The three parts of `RoleCohorts` as JSON arrays of one row. Parameters: $1 role id, $2 and $3 the
 * range, $4 the question count, $5 the fewest masters a week's days may describe.
 */
async function roleCohortsQuery(
  dataSource: Reads,
  parts: RoleCohortsSql,
  params: [string, Day | null, Day | null, number, number],
): Promise<RoleCohorts> {
  const [row]: RoleCohorts[] = await dataSource.query(
    `WITH role_weeks AS (${parts.roleWeeks}), question_weeks AS (${parts.questionWeeks}), mastery_days AS (${parts.masteryDays})
     SELECT (SELECT coalesce(json_agg(r), '[]') FROM role_weeks r) AS "roleWeeks",
       (SELECT coalesce(json_agg(q), '[]') FROM question_weeks q) AS "questionWeeks",
       (SELECT coalesce(json_agg(d), '[]') FROM mastery_days d) AS "masteryDays"`,
    params,
  );
  return row;
}
type RoleCohortsSql = Record<keyof RoleCohorts, string>;

/** Reads the rollups: a few rows per week of the range, and per question and week. */
export function rollupSource(dataSource: Reads): AnalyticsSource {
  return {
    roleCohorts: (roleId, range, questionCount, minMastered) =>
      roleCohortsQuery(
        dataSource,
        {
          roleWeeks: `SELECT s.first_week::text AS week, ${FUNNEL}, coalesce(min(p.practices), 0) AS practices
            FROM progress.analytics_role_week s
            LEFT JOIN progress.analytics_role_practice_week p ON p.role_id = s.role_id AND p.first_week = s.first_week
            WHERE s.role_id = $1 AND s.learners > 0 AND ${inRange("s.first_week", 2, 3)} GROUP BY s.first_week`,
          questionWeeks: `SELECT question_id AS "questionId", first_week::text AS week, learners, mastered, practices, again
            FROM progress.analytics_question_week WHERE role_id = $1 AND ${inRange("first_week", 2, 3)}`,
          // An open range takes each question's all-time days minus those of its few small weeks.
          masteryDays:
            range.from === null && range.to === null
              ? `SELECT t.question_id AS "questionId", jsonb_build_array(t.mastery_days) AS plus,
                   coalesce(jsonb_agg(w.mastery_days) FILTER (WHERE w.question_id IS NOT NULL), '[]') AS minus
                 FROM progress.analytics_question_total t
                 LEFT JOIN progress.analytics_question_week w
                   ON w.question_id = t.question_id AND w.mastered > 0 AND w.mastered < $5
                 WHERE t.role_id = $1 GROUP BY t.question_id`
              : `SELECT question_id AS "questionId", jsonb_agg(mastery_days) AS plus, '[]'::jsonb AS minus
                 FROM progress.analytics_question_week
                 WHERE role_id = $1 AND ${inRange("first_week", 2, 3)} AND mastered >= $5 GROUP BY question_id`,
        },
        [roleId, range.from, range.to, questionCount, minMastered],
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

export function rawEventSource(dataSource: Reads): AnalyticsSource {
  return {
    roleCohorts: (roleId, range, questionCount, minMastered) =>
      roleCohortsQuery(
        dataSource,
        {
          roleWeeks: `WITH ev AS (SELECT user_id, question_id, status_after, seq, ${DAY} AS day FROM progress.practice_event WHERE role_id = $1),
            first AS (SELECT user_id, min(day) AS first_day, count(*) AS practices FROM ev GROUP BY user_id),
            latest AS (SELECT DISTINCT ON (user_id, question_id) user_id, status_after FROM ev ORDER BY user_id, question_id, seq DESC),
            per AS (SELECT user_id, count(*) FILTER (WHERE status_after IN ('REVIEWING', 'MASTERED')) > 0 AS reviewed_any,
                      count(*) FILTER (WHERE status_after = 'MASTERED') AS mastered, 1 AS learners FROM latest GROUP BY user_id)
            SELECT ${WEEK_OF("first.first_day")}::text AS week, ${FUNNEL}, sum(first.practices)::int AS practices
            FROM per JOIN first USING (user_id) WHERE ${inRange("first.first_day", 2, 3)} GROUP BY 1`,
          questionWeeks: `SELECT question_id AS "questionId", ${WEEK_OF("first_day")}::text AS week, count(*)::int AS learners,
              count(mastered_day)::int AS mastered, sum(practices)::int AS practices, sum(again)::int AS again
            FROM (${LEARNER_QUESTIONS}) lq WHERE ${inRange("first_day", 2, 3)} GROUP BY 1, 2`,
          masteryDays: `SELECT question_id AS "questionId", jsonb_build_array(jsonb_object_agg(days, learners)) AS plus,
              '[]'::jsonb AS minus
            FROM (SELECT question_id, mastered_day - first_day AS days, count(*) AS learners
                  FROM (SELECT *, count(mastered_day) OVER (PARTITION BY question_id, ${WEEK_OF("first_day")}) AS week_mastered
                        FROM (${LEARNER_QUESTIONS}) lq WHERE ${inRange("first_day", 2, 3)}) c
                  WHERE week_mastered >= $5 AND mastered_day IS NOT NULL GROUP BY 1, 2) h
            GROUP BY question_id`,
        },
        [roleId, range.from, range.to, questionCount, minMastered],
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
