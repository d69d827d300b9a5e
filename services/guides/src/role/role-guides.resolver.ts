import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
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
    const ids = (await loaders.relatedRoleIds.load(role.id)) ?? [];
    return ids.slice(0, size).map((id) => ({ role: roleReference(id) }));
  }

  @FieldResolver(() => CareerGuide, { nullable: true })
  careerGuide(@Root() role: RoleReference, @Ctx() { loaders }: GuidesContext): Promise<CareerGuide | null> {
    return loaders.careerGuideOfRole.load(role.id);
  }
}
