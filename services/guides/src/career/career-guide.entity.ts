import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ContentStatus } from "@careergraph/authoring";
import { GuideSection } from "../guide/guide-section";

@ObjectType({ description: "The career guide of a role: what the job is and how to grow in it." })
@Entity({ name: "career_guide", schema: "guides" })
export class CareerGuide {
  @Field(() => ID, { description: "The role this guide is about." })
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @Field(() => String)
  @Column("text", { unique: true })
  slug: string;

  @Field(() => String)
  @Column("text")
  title: string;

  @Field(() => String)
  @Column("text")
  summary: string;

  @Directive("@listSize(assumedSize: 20)")
  @Field(() => [GuideSection])
  @Column("jsonb")
  sections: GuideSection[];

  @Field(() => ContentStatus, { description: "Readers see PUBLISHED guides only." })
  @Column("text")
  status: ContentStatus;

  @Field(() => Int, { description: "Bumped by every change; edits name the version they saw." })
  @Column("integer")
  version: number;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
