import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A role as guides knows it: only its id. Title and questionCount are resolved by services/roles. */
@Directive(`@key(fields: "id")`)
@ObjectType("Role")
export class RoleReference {
  @Field(() => ID)
  id: string;
}

export function roleReference(id: string): RoleReference {
  return Object.assign(new RoleReference(), { id });
}
