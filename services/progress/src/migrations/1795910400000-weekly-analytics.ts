import type { MigrationInterface, QueryRunner } from "typeorm";

const WEEK = (column: string) => `date_trunc('week', ${column})::date`;

/** Each question's weekly cohorts, from the per-learner bookkeeping and the events. */
export const FILL_QUESTION_WEEK = `
  INSERT INTO progress.analytics_question_week (question_id, first_week, role_id, learners, mastered, practices, again, mastery_days)
  SELECT question_id, first_week, role_id, sum(learners), coalesce(sum(learners) FILTER (WHERE days IS NOT NULL), 0),
    sum(practices), sum(again), coalesce(jsonb_object_agg(days::text, learners) FILTER (WHERE days IS NOT NULL), '{}')
  FROM (
    SELECT lq.question_id, ${WEEK("lq.first_day")} AS first_week, lq.role_id, lq.mastered_day - lq.first_day AS days,
      count(*) AS learners, sum(p.practices) AS practices, sum(p.again) AS again
    FROM progress.analytics_learner_question lq
    JOIN (SELECT user_id, question_id, count(*) AS practices, count(*) FILTER (WHERE rating = 'AGAIN') AS again
          FROM progress.practice_event GROUP BY user_id, question_id) p
      ON p.user_id = lq.user_id AND p.question_id = lq.question_id
    GROUP BY 1, 2, 3, 4
  ) cohort
  GROUP BY 1, 2, 3`;

/** Each question's days to mastery over all weeks, from its weekly cohorts. */
export const FILL_QUESTION_TOTAL_DAYS = `
  UPDATE progress.analytics_question_total t SET mastery_days = d.days
  FROM (SELECT question_id, jsonb_object_agg(days, learners) AS days
        FROM (SELECT w.question_id, e.key AS days, sum(e.value::int) AS learners
              FROM progress.analytics_question_week w, jsonb_each_text(w.mastery_days) e GROUP BY 1, 2) x
        GROUP BY question_id) d
  WHERE d.question_id = t.question_id`;

/**
 * roleAnalytics by whole ISO weeks (analytics/privacy.ts says why): the role's and each question's
 * cohorts are kept per week of first practice instead of per day, each question's cohort carries its
 * own practices, and the per-day and all-time tables the daily ranges needed go. The new tables are
 * filled from the per-learner bookkeeping and the events, so no figure is lost.
 */
export class WeeklyAnalytics1795910400000 implements MigrationInterface {
  name = "WeeklyAnalytics1795910400000";

  async up(db: QueryRunner): Promise<void> {
    for (const table of [
      "analytics_question_day",
      "analytics_question_cohort",
      "analytics_question_mastery",
      "analytics_role_standing",
      "analytics_role_standing_total",
    ])
      await db.query(`DROP TABLE progress.${table}`);

    // The learners who first practised a question in a week: how many mastered it and after how many
    // days, and their practices. The days sit in the row (a small histogram) so that a range's median
    // reads one row per question and week, not one per question, week and day.
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
      `COMMENT ON COLUMN progress.analytics_question_week.mastery_days IS 'whole days from first practice to first mastery: learners, e.g. {"0": 2, "11": 5}'`,
    );
    await db.query(
      `CREATE INDEX analytics_question_week_role_idx ON progress.analytics_question_week (role_id, first_week)`,
    );
    // The same days over all weeks, per question: what an open range's median starts from.
    await db.query(
      `ALTER TABLE progress.analytics_question_total ADD COLUMN mastery_days jsonb NOT NULL DEFAULT '{}'`,
    );
    // The learners who first practised a role in a week, by their standing in it now.
    await db.query(`
      CREATE TABLE progress.analytics_role_week (
        role_id uuid NOT NULL,
        first_week date NOT NULL,
        reviewed_any boolean NOT NULL,
        mastered integer NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, first_week, reviewed_any, mastered)
      )`);
    // The practices of those learners in the role.
    await db.query(`
      CREATE TABLE progress.analytics_role_practice_week (
        role_id uuid NOT NULL,
        first_week date NOT NULL,
        practices integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, first_week)
      )`);

    await db.query(FILL_QUESTION_WEEK);
    await db.query(FILL_QUESTION_TOTAL_DAYS);
    await db.query(`
      INSERT INTO progress.analytics_role_week (role_id, first_week, reviewed_any, mastered, learners)
      SELECT role_id, ${WEEK("first_day")}, reviewed > 0, mastered, count(*) FROM progress.analytics_learner_role GROUP BY 1, 2, 3, 4`);
    await db.query(`
      INSERT INTO progress.analytics_role_practice_week (role_id, first_week, practices)
      SELECT lr.role_id, ${WEEK("lr.first_day")}, count(*)
      FROM progress.practice_event e JOIN progress.analytics_learner_role lr ON lr.user_id = e.user_id AND lr.role_id = e.role_id
      GROUP BY 1, 2`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["analytics_question_week", "analytics_role_week", "analytics_role_practice_week"])
      await db.query(`DROP TABLE progress.${table}`);
    await db.query(`ALTER TABLE progress.analytics_question_total DROP COLUMN mastery_days`);
    await db.query(`
      CREATE TABLE progress.analytics_question_day (
        question_id uuid NOT NULL, day date NOT NULL, role_id uuid NOT NULL,
        practices integer NOT NULL DEFAULT 0, again integer NOT NULL DEFAULT 0,
        PRIMARY KEY (question_id, day)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_day_role_idx ON progress.analytics_question_day (role_id, day)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_question_cohort (
        question_id uuid NOT NULL, first_day date NOT NULL, days_to_mastery integer NOT NULL, role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0, PRIMARY KEY (question_id, first_day, days_to_mastery)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_cohort_role_idx ON progress.analytics_question_cohort (role_id, first_day)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_question_mastery (
        question_id uuid NOT NULL, days_to_mastery integer NOT NULL, role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0, PRIMARY KEY (question_id, days_to_mastery)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_mastery_role_idx ON progress.analytics_question_mastery (role_id)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_role_standing (
        role_id uuid NOT NULL, first_day date NOT NULL, reviewed_any boolean NOT NULL, mastered integer NOT NULL,
        learners integer NOT NULL DEFAULT 0, PRIMARY KEY (role_id, first_day, reviewed_any, mastered)
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_role_standing_total (
        role_id uuid NOT NULL, reviewed_any boolean NOT NULL, mastered integer NOT NULL,
        learners integer NOT NULL DEFAULT 0, PRIMARY KEY (role_id, reviewed_any, mastered)
      )`);
    await db.query(`
      INSERT INTO progress.analytics_question_day (question_id, day, role_id, practices, again)
      SELECT question_id, (practiced_at AT TIME ZONE 'UTC')::date, (array_agg(role_id ORDER BY seq))[1], count(*),
        count(*) FILTER (WHERE rating = 'AGAIN')
      FROM progress.practice_event GROUP BY 1, 2`);
    await db.query(`
      INSERT INTO progress.analytics_question_cohort (question_id, first_day, days_to_mastery, role_id, learners)
      SELECT question_id, first_day, coalesce(mastered_day - first_day, -1), role_id, count(*)
      FROM progress.analytics_learner_question GROUP BY 1, 2, 3, 4`);
    await db.query(`
      INSERT INTO progress.analytics_question_mastery (question_id, days_to_mastery, role_id, learners)
      SELECT question_id, days_to_mastery, role_id, sum(learners) FROM progress.analytics_question_cohort GROUP BY 1, 2, 3`);
    await db.query(`
      INSERT INTO progress.analytics_role_standing (role_id, first_day, reviewed_any, mastered, learners)
      SELECT role_id, first_day, reviewed > 0, mastered, count(*) FROM progress.analytics_learner_role GROUP BY 1, 2, 3, 4`);
    await db.query(`
      INSERT INTO progress.analytics_role_standing_total (role_id, reviewed_any, mastered, learners)
      SELECT role_id, reviewed_any, mastered, sum(learners) FROM progress.analytics_role_standing GROUP BY 1, 2, 3`);
  }
}
