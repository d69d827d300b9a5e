import { Directive, Field, ObjectType } from "type-graphql";

/** Relay-style page info, shared by every subgraph's connections (hence @shareable). */
@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}
