import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The roles subgraph's Question, as progress knows it: its id, to which progress adds `myProgress`. */
@Directive(`@key(fields: "id")`)
@ObjectType("Question")
export class QuestionReference {
  @Field(() => ID)
  id: string;
}
