import type { MigrationInterface, QueryRunner } from "typeorm";
import { auditEntryTableSql } from "@careergraph/authoring";

/**
 * Guides become editable: each guide (interview guide, related-guide list, career guide, learning
 * path) gets a status and a version, and the subgraph keeps an audit trail of its edits. Guides that
 * exist already are published at version 1 (their current versions are kept); new ones start as drafts.
 */
export class GuidesAuthoring1767484800000 implements MigrationInterface {
  name = "GuidesAuthoring1767484800000";

  async up(db: QueryRunner): Promise<void> {
    const status = `status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))`;
    for (const table of ["interview_guide", "career_guide", "learning_path"]) {
      await db.query(`ALTER TABLE guides.${table} ADD COLUMN ${status}`);
      await db.query(`ALTER TABLE guides.${table} ALTER COLUMN status SET DEFAULT 'DRAFT'`);
    }
    await db.query(`ALTER TABLE guides.learning_path ADD COLUMN version integer NOT NULL DEFAULT 1`);

    // A role's related guides are edited and published as one ordered list.
    await db.query(`
      CREATE TABLE guides.related_guide_list (
        role_id uuid PRIMARY KEY,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO guides.related_guide_list (role_id, status)
      SELECT DISTINCT role_id, 'PUBLISHED' FROM guides.related_guide`);
    await db.query(`
      ALTER TABLE guides.related_guide ADD CONSTRAINT related_guide_list_fk
        FOREIGN KEY (role_id) REFERENCES guides.related_guide_list (role_id) ON DELETE CASCADE`);

    for (const statement of auditEntryTableSql("guides")) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE guides.audit_entry`);
    await db.query(`ALTER TABLE guides.related_guide DROP CONSTRAINT related_guide_list_fk`);
    await db.query(`DROP TABLE guides.related_guide_list`);
    await db.query(`ALTER TABLE guides.learning_path DROP COLUMN version`);
    for (const table of ["interview_guide", "career_guide", "learning_path"])
      await db.query(`ALTER TABLE guides.${table} DROP COLUMN status`);
  }
}
