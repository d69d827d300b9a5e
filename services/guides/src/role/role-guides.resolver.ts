import { Directive, Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { pageSize } from "@careergraph/federation";
import { CareerGuide } from "../career/career-guide.entity";
import type { GuidesContext } from "../context";
import { InterviewGuide } from "../guide/interview-guide.entity";
import { RelatedGuide } from "../related/related-guide";
import { RoleReference, roleReference } from "./role-reference";

/** The fields guides contributes to Role. */
@Resolver(() => RoleReference)
export class RoleGuidesResolver {
  @FieldResolver(() => InterviewGuide, {
    nullable: true,
    description: "The role's interview page; null when it has none.",
  })
  guide(@Root() role: RoleReference, @Ctx() { loaders }: GuidesContext): Promise<InterviewGuide | null> {
    return loaders.guideOfRole.load(role.id);
  }

  @Directive('@listSize(slicingArguments: ["first"], assumedSize: 100, requireOneSlicingArgument: false)')
  @FieldResolver(() => [RelatedGuide], {
    nullable: true,
    description: "Guides of related roles; null only when the guides subgraph is unavailable.",
  })
  async relatedGuides(
    @Root() role: RoleReference,
    @Arg("first", () => Int, { nullable: true, defaultValue: 4 }) first: number | null,
    @Ctx() { loaders }: GuidesContext,
  ): Promise<RelatedGuide[]> {
    const size = pageSize(first, 4);
    const links = await loaders.relatedGuideLinks.load(role.id);
    return links.slice(0, size).map((link) => ({ role: roleReference(link.relatedRoleId) }));
  }

  @FieldResolver(() => CareerGuide, { nullable: true })
  careerGuide(@Root() role: RoleReference, @Ctx() { loaders }: GuidesContext): Promise<CareerGuide | null> {
    return loaders.careerGuideOfRole.load(role.id);
  }
}
