import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@careergraph/federation";
import { Question } from "./question.entity";

@ObjectType()
export class QuestionEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Question)
  node: Question;
}

@ObjectType()
export class QuestionConnection {
  @Field(() => [QuestionEdge])
  edges: QuestionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
