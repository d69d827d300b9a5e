import type { MigrationInterface, QueryRunner } from "typeorm";

/** The catalog: roles, their questions in page order, topics, and full-text search over questions. */
export class CreateCatalog1767225600000 implements MigrationInterface {
  name = "CreateCatalog1767225600000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE roles.content_status AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await db.query(`CREATE TYPE roles.question_type AS ENUM ('BEHAVIORAL', 'TECHNICAL', 'SITUATIONAL')`);
    await db.query(`
      CREATE TABLE roles.role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text,
        status roles.content_status NOT NULL DEFAULT 'DRAFT',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE roles.topic (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE roles.question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role_id uuid NOT NULL REFERENCES roles.role (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position > 0),
        prompt text NOT NULL CHECK (length(prompt) BETWEEN 1 AND 2000),
        answer_tip text NOT NULL CHECK (length(answer_tip) BETWEEN 1 AND 5000),
        type roles.question_type NOT NULL,
        status roles.content_status NOT NULL DEFAULT 'DRAFT',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', prompt), 'A') || setweight(to_tsvector('english', answer_tip), 'B')
        ) STORED,
        CONSTRAINT question_role_position_unique UNIQUE (role_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )`);
    await db.query(
      `CREATE INDEX question_role_status_position_idx ON roles.question (role_id, status, position)`,
    );
    await db.query(`CREATE INDEX question_search_idx ON roles.question USING gin (search)`);
    await db.query(`
      CREATE TABLE roles.question_topic (
        question_id uuid NOT NULL REFERENCES roles.question (id) ON DELETE CASCADE,
        topic_slug text NOT NULL REFERENCES roles.topic (slug),
        PRIMARY KEY (question_id, topic_slug)
      )`);
    await db.query(`CREATE INDEX question_topic_topic_idx ON roles.question_topic (topic_slug)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE roles.question_topic`);
    await db.query(`DROP TABLE roles.question`);
    await db.query(`DROP TABLE roles.topic`);
    await db.query(`DROP TABLE roles.role`);
    await db.query(`DROP TYPE roles.question_type`);
    await db.query(`DROP TYPE roles.content_status`);
  }
}
