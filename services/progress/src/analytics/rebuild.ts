import type { EntityManager } from "typeorm";
import { FILL_QUESTION_TOTAL_DAYS, FILL_QUESTION_WEEK } from "../migrations/1795910400000-weekly-analytics";

/** Every rollup table, in the order the rebuild fills them. */
export const ROLLUP_TABLES = [
  "analytics_learner",
  "analytics_retention",
  "analytics_learner_period",
  "analytics_activity",
  "analytics_learner_question",
  "analytics_question_total",
  "analytics_question_week",
  "analytics_learner_role",
  "analytics_role_week",
  "analytics_role_practice_week",
] as const;

const WEEK = (column: string) => `date_trunc('week', ${column})::date`;

const EVENTS = `(SELECT user_id, question_id, role_id, rating, status_after, practiced_at, seq,
    (practiced_at AT TIME ZONE 'UTC')::date AS day FROM progress.practice_event)`;

/**
 * The rollups recomputed from the raw events, set at a time: after a bulk load (the synthetic seed),
 * and in tests as the reference the incremental updates must equal. Run it in a transaction; it
 * locks the rollups for its duration. Assumes each learner's practices are recorded in time order, as
 * the service's clock makes them.
 */
export async function rebuildRollups(tx: EntityManager): Promise<void> {
  await tx.query(`TRUNCATE ${ROLLUP_TABLES.map((table) => `progress.${table}`).join(", ")}`);
  await tx.query(`
    INSERT INTO progress.analytics_learner (user_id, first_day, max_offset)
    SELECT user_id, min(day), max(day) - min(day) FROM ${EVENTS} e GROUP BY user_id`);
  await tx.query(`
    INSERT INTO progress.analytics_retention (cohort_week, learners, returned_day1, returned_day7, returned_day30)
    SELECT date_trunc('week', first_day)::date, count(*), count(*) FILTER (WHERE max_offset >= 1),
      count(*) FILTER (WHERE max_offset >= 7), count(*) FILTER (WHERE max_offset >= 30)
    FROM progress.analytics_learner GROUP BY 1`);
  await tx.query(`
    INSERT INTO progress.analytics_learner_period (granularity, period, user_id)
    SELECT DISTINCT 'DAY', day, user_id FROM ${EVENTS} e
    UNION ALL SELECT DISTINCT 'WEEK', date_trunc('week', day)::date, user_id FROM ${EVENTS} e`);
  await tx.query(`
    INSERT INTO progress.analytics_activity (granularity, period, learners, practices)
    SELECT 'DAY', day, count(DISTINCT user_id), count(*) FROM ${EVENTS} e GROUP BY day
    UNION ALL
    SELECT 'WEEK', date_trunc('week', day)::date, count(DISTINCT user_id), count(*) FROM ${EVENTS} e GROUP BY 2`);
  await tx.query(`
    INSERT INTO progress.analytics_learner_question (user_id, question_id, role_id, first_day, mastered_day)
    SELECT user_id, question_id, (array_agg(role_id ORDER BY seq))[1], min(day), min(day) FILTER (WHERE status_after = 'MASTERED')
    FROM ${EVENTS} e GROUP BY user_id, question_id`);
  await tx.query(`
    INSERT INTO progress.analytics_question_total (question_id, role_id, learners, practices, again)
    SELECT question_id, (array_agg(role_id ORDER BY seq))[1], count(DISTINCT user_id), count(*), count(*) FILTER (WHERE rating = 'AGAIN')
    FROM ${EVENTS} e GROUP BY question_id`);
  await tx.query(FILL_QUESTION_WEEK);
  await tx.query(FILL_QUESTION_TOTAL_DAYS);
  await tx.query(`
    INSERT INTO progress.analytics_learner_role (user_id, role_id, first_day, reviewed, mastered)
    SELECT f.user_id, f.role_id, f.first_day, coalesce(s.reviewed, 0), coalesce(s.mastered, 0)
    FROM (SELECT user_id, role_id, min(day) AS first_day FROM ${EVENTS} e GROUP BY user_id, role_id) f
    LEFT JOIN (
      SELECT user_id, role_id, count(*) FILTER (WHERE status_after IN ('REVIEWING', 'MASTERED')) AS reviewed,
        count(*) FILTER (WHERE status_after = 'MASTERED') AS mastered
      FROM (SELECT DISTINCT ON (user_id, question_id) user_id, question_id, role_id, status_after
            FROM progress.practice_event ORDER BY user_id, question_id, seq DESC) latest
      GROUP BY user_id, role_id
    ) s ON s.user_id = f.user_id AND s.role_id = f.role_id`);
  await tx.query(`
    INSERT INTO progress.analytics_role_week (role_id, first_week, reviewed_any, mastered, learners)
    SELECT role_id, ${WEEK("first_day")}, reviewed > 0, mastered, count(*) FROM progress.analytics_learner_role GROUP BY 1, 2, 3, 4`);
  await tx.query(`
    INSERT INTO progress.analytics_role_practice_week (role_id, first_week, practices)
    SELECT lr.role_id, ${WEEK("lr.first_day")}, count(*)
    FROM progress.practice_event e JOIN progress.analytics_learner_role lr ON lr.user_id = e.user_id AND lr.role_id = e.role_id
    GROUP BY 1, 2`);
}
