import { Column, Entity, PrimaryColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A subject a question is about." })
@Entity({ name: "topic", schema: "roles" })
export class Topic {
  @Field(() => String)
  @PrimaryColumn("text")
  slug: string;

  @Field(() => String)
  @Column("text")
  name: string;
}
