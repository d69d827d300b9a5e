import type { MigrationInterface, QueryRunner } from "typeorm";
import { FILL_QUESTION_TOTAL_DAYS, FILL_QUESTION_WEEK } from "./1795910400000-weekly-analytics";

/** The smallest group a published figure may describe, as it stood when this migration was written. */
const MIN_LEARNERS = 5;

const EVENTS = `(SELECT user_id, question_id, role_id, rating, (practiced_at AT TIME ZONE 'UTC')::date AS day
  FROM progress.practice_event)`;

/** Each event with its cell: the role, the week the learner first practised the role, the question. */
const EVENT_CELLS = `SELECT e.user_id, e.day, c.role_id, c.cohort_week, c.question_id, c.learners >= ${MIN_LEARNERS} AS published
  FROM ${EVENTS} e
  JOIN progress.analytics_learner_role lr ON lr.user_id = e.user_id AND lr.role_id = e.role_id
  JOIN progress.analytics_question_cell c
    ON c.role_id = e.role_id AND c.cohort_week = date_trunc('week', lr.first_day)::date AND c.question_id = e.question_id`;

/**
 * One unit for every practice figure (analytics/privacy/privacy.ts): the cell of a role's cohort (the
 * learners who first practised it in one ISO week) and one of its questions. roleAnalytics,
 * hardestQuestions and activity all sum published cells (at least 5 learners) and nothing else, so no
 * difference of two views can hold a cell that was not published.
 *
 * - `analytics_question_cell` replaces the question's own weekly cohorts (by the week the learner first
 *   practised the question), its all-time totals (which hardestQuestions read whole) and the role's
 *   weekly practices (now the sum of its published cells);
 * - `analytics_unpublished_day` holds a cell's practices per day until the cell is published: activity
 *   counts only published cells' practices, and takes a cell's days in when it is published;
 * - activity's practices are recomputed accordingly.
 *
 * Everything is filled from the per-learner bookkeeping and the events.
 */
export class AnalyticsCells1796083200000 implements MigrationInterface {
  name = "AnalyticsCells1796083200000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE progress.analytics_question_cell (
        role_id uuid NOT NULL,
        cohort_week date NOT NULL,
        question_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        mastered integer NOT NULL DEFAULT 0,
        practices integer NOT NULL DEFAULT 0,
        again integer NOT NULL DEFAULT 0,
        mastery_days jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (role_id, cohort_week, question_id)
      )`);
    await db.query(
      `COMMENT ON COLUMN progress.analytics_question_cell.cohort_week IS 'the Monday of the week its learners first practised the role'`,
    );
    await db.query(`
      INSERT INTO progress.analytics_question_cell
        (role_id, cohort_week, question_id, learners, mastered, practices, again, mastery_days)
      SELECT role_id, cohort_week, question_id, sum(learners), coalesce(sum(learners) FILTER (WHERE days IS NOT NULL), 0),
        sum(practices), sum(again), coalesce(jsonb_object_agg(days::text, learners) FILTER (WHERE days IS NOT NULL), '{}')
      FROM (
        SELECT lq.role_id, date_trunc('week', lr.first_day)::date AS cohort_week, lq.question_id,
          lq.mastered_day - lq.first_day AS days, count(*) AS learners, sum(p.practices) AS practices, sum(p.again) AS again
        FROM progress.analytics_learner_question lq
        JOIN progress.analytics_learner_role lr ON lr.user_id = lq.user_id AND lr.role_id = lq.role_id
        JOIN (SELECT user_id, question_id, count(*) AS practices, count(*) FILTER (WHERE rating = 'AGAIN') AS again
              FROM progress.practice_event GROUP BY user_id, question_id) p
          ON p.user_id = lq.user_id AND p.question_id = lq.question_id
        GROUP BY 1, 2, 3, 4
      ) cohort
      GROUP BY 1, 2, 3`);

    await db.query(`
      CREATE TABLE progress.analytics_unpublished_day (
        role_id uuid NOT NULL,
        cohort_week date NOT NULL,
        question_id uuid NOT NULL,
        day date NOT NULL,
        practices integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, cohort_week, question_id, day)
      )`);
    await db.query(`
      INSERT INTO progress.analytics_unpublished_day (role_id, cohort_week, question_id, day, practices)
      SELECT role_id, cohort_week, question_id, day, count(*) FROM (${EVENT_CELLS}) e WHERE NOT published GROUP BY 1, 2, 3, 4`);
    await db.query(`UPDATE progress.analytics_activity SET practices = 0`);
    await db.query(`
      UPDATE progress.analytics_activity a SET practices = p.practices
      FROM (SELECT 'DAY' AS granularity, day AS period, count(*) AS practices FROM (${EVENT_CELLS}) e WHERE published GROUP BY day
            UNION ALL
            SELECT 'WEEK', date_trunc('week', day)::date, count(*) FROM (${EVENT_CELLS}) e WHERE published GROUP BY 2) p
      WHERE a.granularity = p.granularity AND a.period = p.period`);

    for (const table of [
      "analytics_question_week",
      "analytics_question_total",
      "analytics_role_practice_week",
    ])
      await db.query(`DROP TABLE progress.${table}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE progress.analytics_question_total (
        question_id uuid PRIMARY KEY,
        role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        practices integer NOT NULL DEFAULT 0,
        again integer NOT NULL DEFAULT 0,
        mastery_days jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_question_week (
        question_id uuid NOT NULL,
        first_week date NOT NULL,
        role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        mastered integer NOT NULL DEFAULT 0,
        practices integer NOT NULL DEFAULT 0,
        again integer NOT NULL DEFAULT 0,
        mastery_days jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (question_id, first_week)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_week_role_idx ON progress.analytics_question_week (role_id, first_week)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_role_practice_week (
        role_id uuid NOT NULL,
        first_week date NOT NULL,
        practices integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, first_week)
      )`);
    await db.query(`
      INSERT INTO progress.analytics_question_total (question_id, role_id, learners, practices, again)
      SELECT question_id, (array_agg(role_id))[1], count(DISTINCT user_id), count(*), count(*) FILTER (WHERE rating = 'AGAIN')
      FROM progress.practice_event GROUP BY question_id`);
    await db.query(FILL_QUESTION_WEEK);
    await db.query(FILL_QUESTION_TOTAL_DAYS);
    await db.query(`
      INSERT INTO progress.analytics_role_practice_week (role_id, first_week, practices)
      SELECT lr.role_id, date_trunc('week', lr.first_day)::date, count(*)
      FROM progress.practice_event e JOIN progress.analytics_learner_role lr ON lr.user_id = e.user_id AND lr.role_id = e.role_id
      GROUP BY 1, 2`);
    await db.query(`
      UPDATE progress.analytics_activity a SET practices = p.practices
      FROM (SELECT 'DAY' AS granularity, day AS period, count(*) AS practices FROM ${EVENTS} e GROUP BY day
            UNION ALL SELECT 'WEEK', date_trunc('week', day)::date, count(*) FROM ${EVENTS} e GROUP BY 2) p
      WHERE a.granularity = p.granularity AND a.period = p.period`);
    await db.query(`DROP TABLE progress.analytics_unpublished_day`);
    await db.query(`DROP TABLE progress.analytics_question_cell`);
  }
}
