import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { ContentStatus } from "@careergraph/authoring";

/** An ordered list of roles to learn one after the other. */
@Directive(`@key(fields: "slug")`)
@ObjectType()
@Entity({ name: "learning_path", schema: "guides" })
export class LearningPath {
  @Field(() => String)
  @PrimaryColumn("text")
  slug: string;

  @Field(() => String)
  @Column("text")
  title: string;

  @Field(() => String)
  @Column("text")
  description: string;

  @Column("integer")
  position: number;

  @Field(() => ContentStatus, { description: "Readers see PUBLISHED guides only." })
  @Column("text")
  status: ContentStatus;

  @Field(() => Int, { description: "Bumped by every change; edits name the version they saw." })
  @Column("integer")
  version: number;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  /** Read model only: its roles' ids in learning order. */
  roleIds: string[];
}
