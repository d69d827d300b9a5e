import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ObjectType } from "type-graphql";
import { GuideSection } from "../guide/guide-section";

@ObjectType({ description: "The career guide of a role: what the job is and how to grow in it." })
@Entity({ name: "career_guide", schema: "guides" })
export class CareerGuide {
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

  @Column("integer")
  version: number;

  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
