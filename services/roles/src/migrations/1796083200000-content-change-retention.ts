import type { MigrationInterface, QueryRunner } from "typeorm";
import { contentOutboxRetentionSql } from "@careergraph/service";

/** Delivered content changes are kept, with the time they were delivered, until the retention purges them. */
export class ContentChangeRetention1796083200000 implements MigrationInterface {
  name = "ContentChangeRetention1796083200000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of contentOutboxRetentionSql("roles")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX roles.content_change_delivered_idx`);
    await db.query(`ALTER TABLE roles.content_change DROP COLUMN delivered_at`);
  }
}
