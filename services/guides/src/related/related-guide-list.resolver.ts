import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { GuidesContext } from "../context";
import { rolesForReader } from "../role/published-roles";
import { RelatedGuide } from "./related-guide";
import { RelatedGuideList } from "./related-guide-list.entity";

@Resolver(() => RelatedGuideList)
export class RelatedGuideListResolver {
  @Directive("@listSize(assumedSize: 30)")
  @FieldResolver(() => [RelatedGuide], {
    description: "In page order, published roles only (editors see every role the list names).",
  })
  async guides(@Root() list: RelatedGuideList, @Ctx() context: GuidesContext): Promise<RelatedGuide[]> {
    return (await rolesForReader(context, list.relatedRoleIds)).map(RelatedGuide.of);
  }
}
