import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

/** The roles subgraph's Role, as progress knows it: its id and (from the router) its question count. */
@Directive(`@key(fields: "id")`)
@ObjectType("Role")
export class RoleReference {
  @Field(() => ID)
  id: string;

  @Directive("@external")
  @Field(() => Int)
  questionCount: number;
}
