import { Field, ObjectType } from "type-graphql";
import { RoleReference, roleReference } from "../role/role-reference";

@ObjectType({ description: "Another role's guide; its title and question count come from services/roles." })
export class RelatedGuide {
  @Field(() => RoleReference, {
    nullable: true,
    description:
      "null when the related role is archived or its subgraph is unavailable; the rest of the page stays.",
  })
  role: RoleReference;

  static of(this: void, roleId: string): RelatedGuide {
    return { role: roleReference(roleId) };
  }
}
