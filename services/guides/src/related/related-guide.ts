import { Field, ObjectType } from "type-graphql";
import { RoleReference } from "../role/role-reference";

@ObjectType({ description: "Another role's guide; its title and question count come from services/roles." })
export class RelatedGuide {
  @Field(() => RoleReference)
  role: RoleReference;
}
