import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The role list pages by slug compared bytewise (`COLLATE "C"`), whatever collation the database was
 * created with, so that cursors compare in the same order the list is sorted in. This index serves it.
 */
export class RoleSlugBytewiseOrder1767312000000 implements MigrationInterface {
  name = "RoleSlugBytewiseOrder1767312000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX role_status_slug_bytewise_idx ON roles.role (status, (slug COLLATE "C"))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX roles.role_status_slug_bytewise_idx`);
  }
}
