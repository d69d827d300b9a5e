import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-user write rates (write-rate/write-rate.ts): one row per user and kind of write, holding the
 * current minute and the writes counted in it.
 */
export class WriteRate1796169600000 implements MigrationInterface {
  name = "WriteRate1796169600000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE progress.write_rate (
        user_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('practice', 'notes')),
        window_start timestamptz NOT NULL,
        writes integer NOT NULL CHECK (writes >= 0),
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE progress.write_rate`);
  }
}
