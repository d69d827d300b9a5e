import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ContentStatus, QuestionType } from "../enums";
import { Topic } from "../topic/topic.entity";

/** One interview question of a role, with its answer tip; `position` is its place on the page. */
@Directive(`@key(fields: "id")`)
@ObjectType()
@Entity({ name: "question", schema: "roles" })
export class Question {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "role_id" })
  roleId: string;

  @Field(() => Int, { description: "1..n, the order on the page." })
  @Column("integer")
  position: number;

  @Field(() => String)
  @Column("text")
  prompt: string;

  @Field(() => String)
  @Column("text", { name: "answer_tip" })
  answerTip: string;

  @Field(() => QuestionType)
  @Column({ type: "enum", enum: QuestionType, enumName: "question_type" })
  type: QuestionType;

  @Field(() => ContentStatus)
  @Column({ type: "enum", enum: ContentStatus, enumName: "content_status" })
  status: ContentStatus;

  @Field(() => Int)
  @Column("integer")
  version: number;

  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;

  @ManyToMany(() => Topic)
  @JoinTable({
    name: "question_topic",
    schema: "roles",
    joinColumn: { name: "question_id" },
    inverseJoinColumn: { name: "topic_slug", referencedColumnName: "slug" },
  })
  topicEntities?: Topic[];

  /** Read model only: the question's topic slugs, loaded with the row. */
  topicSlugs: string[];
}
