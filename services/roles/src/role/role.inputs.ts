import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Role } from "./role.entity";

@InputType()
export class CreateRoleInput {
  @Field(() => String, { description: "Lowercase words joined by hyphens; unique." })
  slug: string;

  @Field(() => String, { description: "1 to 200 characters." })
  title: string;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters." })
  summary?: string | null;
}

@InputType({ description: "Omitted fields keep their value." })
export class UpdateRoleInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version the editor last read." })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "An empty summary removes it." })
  summary?: string | null;
}

@InputType({ description: "Publishes or archives a role or question at the version the editor last read." })
export class ChangeStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@ObjectType()
export class RolePayload {
  @Field(() => Role)
  role: Role;
}
