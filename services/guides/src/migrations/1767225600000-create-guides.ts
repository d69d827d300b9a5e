import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Guide content around a role. Roles are referenced by id only (they live in services/roles), so
 * there are no foreign keys to them; counts and titles are never stored here.
 */
export class CreateGuides1767225600000 implements MigrationInterface {
  name = "CreateGuides1767225600000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE guides.interview_guide (
        role_id uuid PRIMARY KEY,
        headline text NOT NULL,
        intro text NOT NULL,
        preparation_tips jsonb NOT NULL DEFAULT '[]',
        common_mistakes jsonb NOT NULL DEFAULT '[]',
        interviewer_focus text[] NOT NULL DEFAULT '{}',
        smart_questions text[] NOT NULL DEFAULT '{}',
        faqs jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE guides.related_guide (
        role_id uuid NOT NULL,
        related_role_id uuid NOT NULL,
        position integer NOT NULL CHECK (position > 0),
        PRIMARY KEY (role_id, related_role_id),
        CHECK (role_id <> related_role_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX related_guide_position_idx ON guides.related_guide (role_id, position)`,
    );
    await db.query(`
      CREATE TABLE guides.career_guide (
        role_id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        summary text NOT NULL,
        sections jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE guides.learning_path (
        slug text PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL,
        position integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE guides.learning_path_role (
        path_slug text NOT NULL REFERENCES guides.learning_path (slug) ON DELETE CASCADE,
        role_id uuid NOT NULL,
        position integer NOT NULL CHECK (position > 0),
        PRIMARY KEY (path_slug, role_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE guides.learning_path_role`);
    await db.query(`DROP TABLE guides.learning_path`);
    await db.query(`DROP TABLE guides.career_guide`);
    await db.query(`DROP TABLE guides.related_guide`);
    await db.query(`DROP TABLE guides.interview_guide`);
  }
}
