import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { ContentStatus, editorOf, RequiresEditor } from "@careergraph/authoring";
import type { GuidesContext } from "../context";
import {
  CareerGuidePayload,
  ChangeGuideStatusInput,
  GuidePayload,
  InterviewGuidePayload,
  LearningPathPayload,
  RelatedGuidesPayload,
  SetRelatedGuidesInput,
  UpsertCareerGuideInput,
  UpsertInterviewGuideInput,
  UpsertLearningPathInput,
} from "./guide-authoring.inputs";

const CREATES_A_DRAFT = "Without expectedVersion it creates the guide as a draft; with it, it changes it.";

/** Editors' writes to guides. Each returns the guide as it is after the change. */
@Resolver()
export class GuideAuthoringResolver {
  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => InterviewGuidePayload, {
    description: `All sections of a role's interview guide. ${CREATES_A_DRAFT}`,
  })
  async upsertInterviewGuide(
    @Arg("input", () => UpsertInterviewGuideInput) input: UpsertInterviewGuideInput,
    @Ctx() context: GuidesContext,
  ): Promise<InterviewGuidePayload> {
    return { interviewGuide: await context.services.guides.upsertInterviewGuide(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => RelatedGuidesPayload, {
    description: `A role's related guides, in order. ${CREATES_A_DRAFT}`,
  })
  async setRelatedGuides(
    @Arg("input", () => SetRelatedGuidesInput) input: SetRelatedGuidesInput,
    @Ctx() context: GuidesContext,
  ): Promise<RelatedGuidesPayload> {
    return { relatedGuideList: await context.services.guides.setRelatedGuides(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => CareerGuidePayload, { description: `A role's career guide. ${CREATES_A_DRAFT}` })
  async upsertCareerGuide(
    @Arg("input", () => UpsertCareerGuideInput) input: UpsertCareerGuideInput,
    @Ctx() context: GuidesContext,
  ): Promise<CareerGuidePayload> {
    return { careerGuide: await context.services.guides.upsertCareerGuide(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => LearningPathPayload, { description: `A learning path. ${CREATES_A_DRAFT}` })
  async upsertLearningPath(
    @Arg("input", () => UpsertLearningPathInput) input: UpsertLearningPathInput,
    @Ctx() context: GuidesContext,
  ): Promise<LearningPathPayload> {
    return { learningPath: await context.services.guides.upsertLearningPath(input, editorOf(context)) };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => GuidePayload, { description: "Shows a guide of any kind to readers." })
  async publishGuide(
    @Arg("input", () => ChangeGuideStatusInput) input: ChangeGuideStatusInput,
    @Ctx() context: GuidesContext,
  ): Promise<GuidePayload> {
    const guide = await context.services.guides.changeStatus(
      input,
      ContentStatus.PUBLISHED,
      editorOf(context),
      "publishGuide",
    );
    return { guide };
  }

  @Authorized("EDITOR")
  @RequiresEditor()
  @Mutation(() => GuidePayload, { description: "Hides a guide of any kind from readers." })
  async archiveGuide(
    @Arg("input", () => ChangeGuideStatusInput) input: ChangeGuideStatusInput,
    @Ctx() context: GuidesContext,
  ): Promise<GuidePayload> {
    const guide = await context.services.guides.changeStatus(
      input,
      ContentStatus.ARCHIVED,
      editorOf(context),
      "archiveGuide",
    );
    return { guide };
  }
}
