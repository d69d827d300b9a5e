import type { MigrationInterface, QueryRunner } from "typeorm";
import { auditEntryTableSql } from "@careergraph/authoring";

/**
 * The audit trail of catalog edits: one entry per successful mutation, written in the mutation's own
 * transaction, with the changed fields' values before and after.
 */
export class CreateAuditLog1767398400000 implements MigrationInterface {
  name = "CreateAuditLog1767398400000";

  async up(db: QueryRunner): Promise<void> {
    for (const statement of auditEntryTableSql("roles")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE roles.audit_entry`);
  }
}
