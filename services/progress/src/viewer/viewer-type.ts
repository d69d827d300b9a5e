import { Field, ID, ObjectType } from "type-graphql";

/** The caller, as the root of their own data. */
@ObjectType("Viewer", { description: "The signed-in caller and their practice data." })
export class ViewerType {
  @Field(() => ID, { description: "The token's subject." })
  id: string;
}
