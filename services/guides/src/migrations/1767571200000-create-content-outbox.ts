import type { MigrationInterface, QueryRunner } from "typeorm";
import { contentOutboxTableSql } from "@careergraph/service";

/** The guides' content outbox: what each guide write changed, kept until its cache has taken it. */
export class CreateContentOutbox1767571200000 implements MigrationInterface {
  name = "CreateContentOutbox1767571200000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of contentOutboxTableSql("guides")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE guides.content_change`);
  }
}
