import { Directive, Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ContentStatus } from "@careergraph/authoring";
import { pageSize } from "@careergraph/schema";
import { CareerGuide } from "../career/career-guide.entity";
import type { GuidesContext } from "../context";
import { guideInStatus, STATUS_ARGUMENT } from "../guide/guide-status";
import { InterviewGuide } from "../guide/interview-guide.entity";
import { RelatedGuide } from "../related/related-guide";
import { RelatedGuideList } from "../related/related-guide-list.entity";
import { rolesForReader } from "./published-roles";
import { RoleReference } from "./role-reference";

/** The fields guides contributes to Role. */
@Resolver(() => RoleReference)
export class RoleGuidesResolver {
  @FieldResolver(() => InterviewGuide, {
    nullable: true,
    description: "The role's interview page; null when it has none (in the statuses asked for).",
  })
  guide(
    @Root() role: RoleReference,
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<InterviewGuide | null> {
    const { guideOfRole, guideOfRoleForEditors } = context.loaders;
    return guideInStatus(context, status, { published: guideOfRole, any: guideOfRoleForEditors }, role.id);
  }

  @Directive('@listSize(slicingArguments: ["first"], assumedSize: 100, requireOneSlicingArgument: false)')
  @FieldResolver(() => [RelatedGuide], {
    nullable: true,
    description: "Guides of related roles; null only when the guides subgraph is unavailable.",
  })
  async relatedGuides(
    @Root() role: RoleReference,
    @Arg("first", () => Int, { nullable: true, defaultValue: 4 }) first: number | null,
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<RelatedGuide[]> {
    const size = pageSize(first, 4);
    const list = await this.relatedGuideList(role, status, context);
    const roleIds = list ? await rolesForReader(context, list.relatedRoleIds) : [];
    return roleIds.slice(0, size).map(RelatedGuide.of);
  }

  @FieldResolver(() => RelatedGuideList, {
    nullable: true,
    description: "The related-guide list with its status and version; null when the role has none.",
  })
  relatedGuideList(
    @Root() role: RoleReference,
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<RelatedGuideList | null> {
    const { relatedGuideListOfRole, relatedGuideListOfRoleForEditors } = context.loaders;
    return guideInStatus(
      context,
      status,
      { published: relatedGuideListOfRole, any: relatedGuideListOfRoleForEditors },
      role.id,
    );
  }

  @FieldResolver(() => CareerGuide, { nullable: true })
  careerGuide(
    @Root() role: RoleReference,
    @Arg("status", () => [ContentStatus], STATUS_ARGUMENT) status: ContentStatus[] | null,
    @Ctx() context: GuidesContext,
  ): Promise<CareerGuide | null> {
    const { careerGuideOfRole, careerGuideOfRoleForEditors } = context.loaders;
    return guideInStatus(
      context,
      status,
      { published: careerGuideOfRole, any: careerGuideOfRoleForEditors },
      role.id,
    );
  }
}
