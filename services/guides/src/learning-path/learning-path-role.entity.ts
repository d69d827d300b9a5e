import { Column, Entity, PrimaryColumn } from "typeorm";

/** One role of a learning path and its place in the learning order. */
@Entity({ name: "learning_path_role", schema: "guides" })
export class LearningPathRole {
  @PrimaryColumn("text", { name: "path_slug" })
  pathSlug: string;

  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @Column("integer")
  position: number;
}
