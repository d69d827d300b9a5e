import type { MigrationInterface, QueryRunner } from "typeorm";
import { contentOutboxTableSql } from "@careergraph/service";

/** The content outbox: what each catalog write changed, kept until every consumer has taken it. */
export class CreateContentOutbox1767484800000 implements MigrationInterface {
  name = "CreateContentOutbox1767484800000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of contentOutboxTableSql("roles")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE roles.content_change`);
  }
}
