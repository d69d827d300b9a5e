import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@careergraph/federation";
import { Role } from "./role.entity";

@ObjectType()
export class RoleEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Role)
  node: Role;
}

@ObjectType()
export class RoleConnection {
  @Field(() => [RoleEdge])
  edges: RoleEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
