import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-user practice progress (one FSRS card per user and question), the append-only practice log,
 * the idempotency records of recordPractice, and notes. User ids are token subjects (text); question
 * and role ids come from the roles subgraph and are not foreign keys: progress never reads its tables.
 */
export class CreateProgress1767225600000 implements MigrationInterface {
  name = "CreateProgress1767225600000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TYPE progress.progress_status AS ENUM ('NOT_STARTED', 'LEARNING', 'REVIEWING', 'MASTERED')`,
    );
    await db.query(`CREATE TYPE progress.practice_rating AS ENUM ('AGAIN', 'HARD', 'GOOD', 'EASY')`);
    await db.query(`
      CREATE TABLE progress.question_progress (
        user_id text NOT NULL CHECK (length(user_id) BETWEEN 1 AND 200),
        question_id uuid NOT NULL,
        role_id uuid NOT NULL,
        status progress.progress_status NOT NULL DEFAULT 'NOT_STARTED',
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_rating progress.practice_rating,
        last_practiced_at timestamptz,
        next_review_at timestamptz,
        stability double precision NOT NULL DEFAULT 0,
        difficulty double precision NOT NULL DEFAULT 0,
        elapsed_days integer NOT NULL DEFAULT 0,
        scheduled_days integer NOT NULL DEFAULT 0,
        learning_steps integer NOT NULL DEFAULT 0,
        reps integer NOT NULL DEFAULT 0,
        lapses integer NOT NULL DEFAULT 0,
        state smallint NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
        last_review timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, question_id)
      )`);
    await db.query(
      `COMMENT ON COLUMN progress.question_progress.next_review_at IS 'the FSRS card''s due time'`,
    );
    await db.query(
      `CREATE INDEX question_progress_due_idx ON progress.question_progress (user_id, next_review_at) WHERE next_review_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX question_progress_role_idx ON progress.question_progress (user_id, role_id)`,
    );
    await db.query(`
      CREATE TABLE progress.practice_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id text NOT NULL,
        question_id uuid NOT NULL,
        role_id uuid NOT NULL,
        rating progress.practice_rating NOT NULL,
        status_after progress.progress_status NOT NULL,
        practiced_at timestamptz NOT NULL,
        idempotency_key text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX practice_event_user_time_idx ON progress.practice_event (user_id, practiced_at)`,
    );
    await db.query(`
      CREATE TABLE progress.practice_request (
        user_id text NOT NULL,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_hash text NOT NULL,
        question_id uuid NOT NULL,
        status progress.progress_status,
        attempts integer,
        last_rating progress.practice_rating,
        last_practiced_at timestamptz,
        next_review_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, idempotency_key)
      )`);
    await db.query(`
      CREATE TABLE progress.note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id text NOT NULL CHECK (length(user_id) BETWEEN 1 AND 200),
        question_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        highlight text CHECK (length(highlight) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX note_user_created_idx ON progress.note (user_id, created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX note_user_question_idx ON progress.note (user_id, question_id, created_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE progress.note`);
    await db.query(`DROP TABLE progress.practice_request`);
    await db.query(`DROP TABLE progress.practice_event`);
    await db.query(`DROP TABLE progress.question_progress`);
    await db.query(`DROP TYPE progress.practice_rating`);
    await db.query(`DROP TYPE progress.progress_status`);
  }
}
