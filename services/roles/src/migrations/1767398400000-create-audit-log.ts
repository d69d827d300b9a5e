import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail of catalog edits: one entry per successful mutation, written in the mutation's own
 * transaction, with the changed fields' values before and after.
 */
export class CreateAuditLog1767398400000 implements MigrationInterface {
  name = "CreateAuditLog1767398400000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE roles.audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        changes jsonb NOT NULL DEFAULT '[]',
        request_id text,
        -- milliseconds: the trail's cursors carry the time as an ISO string
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
      )`);
    await db.query(`CREATE INDEX audit_entry_created_idx ON roles.audit_entry (created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX audit_entry_entity_created_idx ON roles.audit_entry (entity_id, created_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE roles.audit_entry`);
  }
}
