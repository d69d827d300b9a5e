import type { MigrationInterface, QueryRunner } from "typeorm";

/** The practice-event purge deletes by age: an index on it keeps each batch a range scan. */
export class PracticeEventRetention1796342400000 implements MigrationInterface {
  name = "PracticeEventRetention1796342400000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX practice_event_practiced_idx ON progress.practice_event (practiced_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX progress.practice_event_practiced_idx`);
  }
}
