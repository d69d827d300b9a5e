import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { QuestionType } from "../enums";
import { Question } from "./question.entity";

@InputType()
export class CreateQuestionInput {
  @Field(() => ID)
  roleId: string;

  @Field(() => String, { description: "10 to 500 characters." })
  prompt: string;

  @Field(() => String, { description: "10 to 2,000 characters." })
  answerTip: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => [String], { defaultValue: [], description: "Existing topics, at most 10." })
  topicSlugs: string[];

  @Field(() => Int, {
    nullable: true,
    description: "Its place in the role's order (1..n+1); the end by default.",
  })
  position?: number | null;
}

@InputType({ description: "Omitted fields keep their value." })
export class UpdateQuestionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version the editor last read." })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  prompt?: string | null;

  @Field(() => String, { nullable: true })
  answerTip?: string | null;

  @Field(() => QuestionType, { nullable: true })
  type?: QuestionType | null;

  @Field(() => [String], { nullable: true, description: "Replaces the question's topics." })
  topicSlugs?: string[] | null;
}

@InputType()
export class MoveQuestionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => Int, { description: "The new place, 1..n; the questions in between shift by one." })
  position: number;
}

@ObjectType()
export class QuestionPayload {
  @Field(() => Question)
  question: Question;
}
