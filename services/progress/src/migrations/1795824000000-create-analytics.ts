import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Analytics: a feed position on each practice event, and the rollups the analytics queries read
 * instead of the raw events. Every rollup is kept current in the practice's own transaction
 * (analytics/rollup.ts) and can be rebuilt from the events (analytics/rebuild.ts). No rollup holds a
 * note; the per-learner tables are internal bookkeeping that no query returns.
 */
export class CreateAnalytics1795824000000 implements MigrationInterface {
  name = "CreateAnalytics1795824000000";

  async up(db: QueryRunner): Promise<void> {
    // The feed's order: (writing transaction, sequence). Existing rows get the migration's transaction.
    await db.query(
      `ALTER TABLE progress.practice_event ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`,
    );
    await db.query(`ALTER TABLE progress.practice_event ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await db.query(`CREATE UNIQUE INDEX practice_event_feed_idx ON progress.practice_event (tx_id, seq)`);

    await db.query(`
      CREATE TABLE progress.analytics_learner (
        user_id text PRIMARY KEY,
        first_day date NOT NULL,
        max_offset integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_retention (
        cohort_week date PRIMARY KEY,
        learners integer NOT NULL DEFAULT 0,
        returned_day1 integer NOT NULL DEFAULT 0,
        returned_day7 integer NOT NULL DEFAULT 0,
        returned_day30 integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_activity (
        granularity text NOT NULL CHECK (granularity IN ('DAY', 'WEEK')),
        period date NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        practices integer NOT NULL DEFAULT 0,
        PRIMARY KEY (granularity, period)
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_learner_period (
        granularity text NOT NULL,
        period date NOT NULL,
        user_id text NOT NULL,
        PRIMARY KEY (granularity, period, user_id)
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_question_day (
        question_id uuid NOT NULL,
        day date NOT NULL,
        role_id uuid NOT NULL,
        practices integer NOT NULL DEFAULT 0,
        again integer NOT NULL DEFAULT 0,
        PRIMARY KEY (question_id, day)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_day_role_idx ON progress.analytics_question_day (role_id, day)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_question_total (
        question_id uuid PRIMARY KEY,
        role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        practices integer NOT NULL DEFAULT 0,
        again integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_learner_question (
        user_id text NOT NULL,
        question_id uuid NOT NULL,
        role_id uuid NOT NULL,
        first_day date NOT NULL,
        mastered_day date,
        PRIMARY KEY (user_id, question_id)
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_question_cohort (
        question_id uuid NOT NULL,
        first_day date NOT NULL,
        days_to_mastery integer NOT NULL,
        role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        PRIMARY KEY (question_id, first_day, days_to_mastery)
      )`);
    await db.query(
      `COMMENT ON COLUMN progress.analytics_question_cohort.days_to_mastery IS '-1: not mastered yet'`,
    );
    await db.query(
      `CREATE INDEX analytics_question_cohort_role_idx ON progress.analytics_question_cohort (role_id, first_day)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_question_mastery (
        question_id uuid NOT NULL,
        days_to_mastery integer NOT NULL,
        role_id uuid NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        PRIMARY KEY (question_id, days_to_mastery)
      )`);
    await db.query(
      `CREATE INDEX analytics_question_mastery_role_idx ON progress.analytics_question_mastery (role_id)`,
    );
    await db.query(`
      CREATE TABLE progress.analytics_learner_role (
        user_id text NOT NULL,
        role_id uuid NOT NULL,
        first_day date NOT NULL,
        reviewed integer NOT NULL DEFAULT 0,
        mastered integer NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, role_id)
      )`);
    await db.query(`
      CREATE TABLE progress.analytics_role_standing (
        role_id uuid NOT NULL,
        first_day date NOT NULL,
        reviewed_any boolean NOT NULL,
        mastered integer NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, first_day, reviewed_any, mastered)
      )`);
    // All-time copies of the two histograms above, without the day: what an open range reads.
    await db.query(`
      CREATE TABLE progress.analytics_role_standing_total (
        role_id uuid NOT NULL,
        reviewed_any boolean NOT NULL,
        mastered integer NOT NULL,
        learners integer NOT NULL DEFAULT 0,
        PRIMARY KEY (role_id, reviewed_any, mastered)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      "analytics_role_standing_total",
      "analytics_role_standing",
      "analytics_question_mastery",
      "analytics_learner_role",
      "analytics_question_cohort",
      "analytics_learner_question",
      "analytics_question_total",
      "analytics_question_day",
      "analytics_learner_period",
      "analytics_activity",
      "analytics_retention",
      "analytics_learner",
    ])
      await db.query(`DROP TABLE progress.${table}`);
    await db.query(`DROP INDEX progress.practice_event_feed_idx`);
    await db.query(`ALTER TABLE progress.practice_event DROP COLUMN seq`);
    await db.query(`ALTER TABLE progress.practice_event DROP COLUMN tx_id`);
  }
}
