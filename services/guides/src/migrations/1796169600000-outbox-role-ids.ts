import type { MigrationInterface, QueryRunner } from "typeorm";
import { contentOutboxRoleIdsSql } from "@careergraph/service";

/** The content outbox also carries which roles a change published or withdrew, for the peers that keep it. */
export class OutboxRoleIds1796169600000 implements MigrationInterface {
  name = "OutboxRoleIds1796169600000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of contentOutboxRoleIdsSql("guides")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE guides.content_change DROP COLUMN role_ids`);
  }
}
