import { Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { RelatedGuide } from "./related-guide";
import { RelatedGuideList } from "./related-guide-list.entity";

@Resolver(() => RelatedGuideList)
export class RelatedGuideListResolver {
  @Directive("@listSize(assumedSize: 30)")
  @FieldResolver(() => [RelatedGuide], { description: "In page order." })
  guides(@Root() list: RelatedGuideList): RelatedGuide[] {
    return list.relatedRoleIds.map(RelatedGuide.of);
  }
}
