import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { ContentStatus } from "@careergraph/authoring";
import { Faq, GuideSection } from "./guide-section";

/** The interview page's sections for one role. */
@ObjectType()
@Entity({ name: "interview_guide", schema: "guides" })
export class InterviewGuide {
  @Field(() => ID, { description: "The role this guide is about." })
  @PrimaryColumn("uuid", { name: "role_id" })
  roleId: string;

  @Field(() => String)
  @Column("text")
  headline: string;

  @Field(() => String)
  @Column("text")
  intro: string;

  @Directive("@listSize(assumedSize: 20)")
  @Field(() => [GuideSection])
  @Column("jsonb", { name: "preparation_tips" })
  preparationTips: GuideSection[];

  @Directive("@listSize(assumedSize: 20)")
  @Field(() => [GuideSection])
  @Column("jsonb", { name: "common_mistakes" })
  commonMistakes: GuideSection[];

  @Field(() => [String], { description: "What interviewers are really testing." })
  @Column("text", { array: true, name: "interviewer_focus" })
  interviewerFocus: string[];

  @Field(() => [String], { description: "Smart questions to ask in the interview." })
  @Column("text", { array: true, name: "smart_questions" })
  smartQuestions: string[];

  @Directive("@listSize(assumedSize: 20)")
  @Field(() => [Faq])
  @Column("jsonb")
  faqs: Faq[];

  @Field(() => ContentStatus, { description: "Readers see PUBLISHED guides only." })
  @Column("text")
  status: ContentStatus;

  @Field(() => Int, { description: "Bumped by every change; edits name the version they saw." })
  @Column("integer")
  version: number;

  @Field(() => Date)
  @Column("timestamptz", { name: "updated_at" })
  updatedAt: Date;
}
