import type { MigrationInterface, QueryRunner } from "typeorm";

/** The idempotency purge deletes by age: an index on it keeps each run a range scan. */
export class PracticeRequestRetention1767312000000 implements MigrationInterface {
  name = "PracticeRequestRetention1767312000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX practice_request_created_idx ON progress.practice_request (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX progress.practice_request_created_idx`);
  }
}
