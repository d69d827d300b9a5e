import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CareerGuide } from "../career/career-guide.entity";
import { InterviewGuide } from "../guide/interview-guide.entity";
import { LearningPath } from "../learning-path/learning-path.entity";
import { RelatedGuideList } from "../related/related-guide-list.entity";

const EXPECTED_VERSION =
  "The version the editor last read; omit it to create the guide (a CONFLICT if it exists already).";

@InputType({ description: "A titled paragraph: title 1–200 characters, body 1–4,000." })
export class GuideSectionInput {
  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;
}

@InputType({ description: "Question 1–500 characters, answer 1–4,000." })
export class FaqInput {
  @Field(() => String)
  question: string;

  @Field(() => String)
  answer: string;
}

@InputType({ description: "Every section of a role's interview guide; each list holds at most 30 items." })
export class UpsertInterviewGuideInput {
  @Field(() => ID, { description: "A published role." })
  roleId: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;

  @Field(() => String, { description: "1 to 200 characters." })
  headline: string;

  @Field(() => String, { description: "1 to 2,000 characters." })
  intro: string;

  @Field(() => [GuideSectionInput])
  preparationTips: GuideSectionInput[];

  @Field(() => [GuideSectionInput])
  commonMistakes: GuideSectionInput[];

  @Field(() => [String], { description: "Each 1 to 500 characters." })
  interviewerFocus: string[];

  @Field(() => [String], { description: "Each 1 to 500 characters." })
  smartQuestions: string[];

  @Field(() => [FaqInput])
  faqs: FaqInput[];
}

@InputType({ description: "A role's related guides, in page order (replaces the list)." })
export class SetRelatedGuidesInput {
  @Field(() => ID, { description: "A published role." })
  roleId: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;

  @Field(() => [ID], {
    description: "Published roles other than roleId, each once; at most 30.",
  })
  relatedRoleIds: string[];
}

@InputType({ description: "Every field of a role's career guide." })
export class UpsertCareerGuideInput {
  @Field(() => ID, { description: "A published role." })
  roleId: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;

  @Field(() => String, { description: "Lowercase words joined by hyphens; unique among career guides." })
  slug: string;

  @Field(() => String, { description: "1 to 200 characters." })
  title: string;

  @Field(() => String, { description: "1 to 2,000 characters." })
  summary: string;

  @Field(() => [GuideSectionInput], { description: "At most 30." })
  sections: GuideSectionInput[];
}

@InputType({ description: "Every field of a learning path, named by its slug." })
export class UpsertLearningPathInput {
  @Field(() => String, { description: "Lowercase words joined by hyphens." })
  slug: string;

  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;

  @Field(() => String, { description: "1 to 200 characters." })
  title: string;

  @Field(() => String, { description: "1 to 2,000 characters." })
  description: string;

  @Field(() => [ID], { description: "Published roles in learning order, each once; at most 30." })
  roleIds: string[];
}

export enum GuideKind {
  INTERVIEW_GUIDE = "INTERVIEW_GUIDE",
  RELATED_GUIDES = "RELATED_GUIDES",
  CAREER_GUIDE = "CAREER_GUIDE",
  LEARNING_PATH = "LEARNING_PATH",
}
registerEnumType(GuideKind, { name: "GuideKind", description: "The kinds of guide editors publish." });

@InputType({ description: "Publishes or archives one guide at the version the editor last read." })
export class ChangeGuideStatusInput {
  @Field(() => GuideKind)
  kind: GuideKind;

  @Field(() => ID, { description: "The role's id; a learning path's slug." })
  id: string;

  @Field(() => Int)
  expectedVersion: number;
}

@ObjectType()
export class InterviewGuidePayload {
  @Field(() => InterviewGuide)
  interviewGuide: InterviewGuide;
}

@ObjectType()
export class RelatedGuidesPayload {
  @Field(() => RelatedGuideList)
  relatedGuideList: RelatedGuideList;
}

@ObjectType()
export class CareerGuidePayload {
  @Field(() => CareerGuide)
  careerGuide: CareerGuide;
}

@ObjectType()
export class LearningPathPayload {
  @Field(() => LearningPath)
  learningPath: LearningPath;
}

export type AnyGuide = InterviewGuide | RelatedGuideList | CareerGuide | LearningPath;

/** The guide a status change touched; its `__typename` says which kind. */
const Guide = createUnionType({
  name: "Guide",
  types: () => [InterviewGuide, RelatedGuideList, CareerGuide, LearningPath] as const,
  resolveType: (guide) =>
    "headline" in guide
      ? InterviewGuide
      : "relatedRoleIds" in guide
        ? RelatedGuideList
        : "sections" in guide
          ? CareerGuide
          : LearningPath,
});

@ObjectType()
export class GuidePayload {
  @Field(() => Guide)
  guide: AnyGuide;
}
