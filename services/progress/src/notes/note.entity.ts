import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/** A learner's note on a question: private to its author. */
@ObjectType({ description: "The caller's note on a question." })
@Entity({ name: "note", schema: "progress" })
export class Note {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("text", { name: "user_id" })
  userId: string;

  @Column("uuid", { name: "question_id" })
  questionId: string;

  @Field(() => String)
  @Column("text")
  body: string;

  @Field(() => String, {
    nullable: true,
    description: "The passage of the question or answer tip the note is about.",
  })
  @Column("text", { nullable: true })
  highlight: string | null;

  @Field(() => Date)
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
