import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Runs of consecutive practice days per user (progress/practice-runs.ts): streakDays reads one row
 * per user instead of every event the user made, and the runs outlive the events' retention. Filled
 * from the events: days numbered newest first share `day + row_number()` within a run.
 */
export class PracticeRuns1796256000000 implements MigrationInterface {
  name = "PracticeRuns1796256000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE progress.practice_run (
        user_id text NOT NULL,
        first_day date NOT NULL,
        last_day date NOT NULL CHECK (last_day >= first_day),
        PRIMARY KEY (user_id, first_day)
      )`);
    await db.query(`
      INSERT INTO progress.practice_run (user_id, first_day, last_day)
      SELECT user_id, min(day), max(day)
      FROM (SELECT user_id, day, day + (row_number() OVER (PARTITION BY user_id ORDER BY day DESC))::int AS run
            FROM (SELECT DISTINCT user_id, (practiced_at AT TIME ZONE 'UTC')::date AS day FROM progress.practice_event) d) r
      GROUP BY user_id, run`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE progress.practice_run`);
  }
}
