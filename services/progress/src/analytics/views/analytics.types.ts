import { GraphQLDate } from "graphql-scalars";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { QuestionReference } from "../../question/question-reference";
import { RoleReference } from "../../role/role-reference";

export enum Granularity {
  DAY = "DAY",
  WEEK = "WEEK",
}
registerEnumType(Granularity, {
  name: "Granularity",
  description: "UTC days, or ISO weeks starting Monday.",
});

export enum Cohort {
  WEEK = "WEEK",
}
registerEnumType(Cohort, {
  name: "Cohort",
  description: "How learners are grouped: by the ISO week (UTC) of their first practice.",
});

export enum FunnelStage {
  STARTED = "STARTED",
  PRACTISING = "PRACTISING",
  HALF_READY = "HALF_READY",
  READY = "READY",
}
registerEnumType(FunnelStage, {
  name: "FunnelStage",
  description:
    "STARTED: practised a question of the role; PRACTISING: has a question in review (came back after the learning steps); HALF_READY: mastered at least half the role's published questions; READY: mastered them all.",
});

const SUPPRESSED = "Null when suppressed: fewer than 5 learners, or a figure that would reveal such a group.";

@ObjectType({ description: "One stage of a role's funnel; each stage is a subset of the one before." })
export class FunnelStep {
  @Field(() => FunnelStage)
  stage: FunnelStage;

  @Field(() => Int, {
    nullable: true,
    description: `Learners at this stage, summed over the range's weeks whose own funnel may show it. ${SUPPRESSED}`,
  })
  learners: number | null;

  @Field(() => Boolean, {
    description: "Whether a week of the range is left out of this stage (or it is null).",
  })
  suppressed: boolean;
}

@ObjectType({
  description:
    "One question of a role: the learners who first practised it in the range, and how they fare. Each figure sums the range's weeks that may be shown on their own (at least 5 learners; for the mastery rate at least 5 who mastered it and 5 who did not; for the median at least 5 who mastered it).",
})
export class QuestionAnalytics {
  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => Int, { nullable: true, description: "Learners who first practised it in the range." })
  learners: number | null;

  @Field(() => Int, { nullable: true, description: "Their practices of it, to date." })
  attempts: number | null;

  @Field(() => Float, { nullable: true, description: "Share of them who have mastered it (0..1)." })
  masteryRate: number | null;

  @Field(() => Float, { nullable: true, description: "Share of their practices rated AGAIN (0..1)." })
  againShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median whole UTC days from a learner's first practice to first mastery.",
  })
  medianDaysToMastery: number | null;

  @Field(() => Boolean, {
    description: "Whether any figure of this question is withheld, or leaves a week out.",
  })
  suppressed: boolean;
}

@ObjectType({
  description:
    "A role's learners who first practised it in the range, widened to whole ISO weeks (UTC), as they stand now.",
})
export class RoleAnalytics {
  @Field(() => RoleReference)
  role: RoleReference;

  @Field(() => GraphQLDate, { nullable: true, description: "The Monday of the range's first week." })
  from: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The Sunday of the range's last week." })
  to: string | null;

  @Field(() => Int, { nullable: true, description: "Learners who first practised the role in the range." })
  learners: number | null;

  @Field(() => Int, { nullable: true, description: "Their practices of the role's questions, to date." })
  practices: number | null;

  @Field(() => Boolean, { description: "Whether any stage of the funnel is withheld or leaves a week out." })
  suppressed: boolean;

  @Field(() => [FunnelStep])
  funnel: FunnelStep[];

  @Field(() => [QuestionAnalytics], {
    description: "The questions first practised in the range, most practised first.",
  })
  questions: QuestionAnalytics[];
}

@ObjectType({ description: "Activity in one UTC day or ISO week." })
export class ActivityBucket {
  @Field(() => GraphQLDate, { description: "The day, or the Monday of the week." })
  periodStart: string;

  @Field(() => Int, { nullable: true, description: "Learners who practised in the period." })
  learners: number | null;

  @Field(() => Int, { nullable: true })
  practices: number | null;

  @Field(() => Boolean, { description: "Whether any figure of this bucket is withheld." })
  suppressed: boolean;
}

@ObjectType({ description: "Learners whose first practice fell in one ISO week, and how many came back." })
export class RetentionCohort {
  @Field(() => GraphQLDate, { description: "The Monday of the cohort's week." })
  cohortStart: string;

  @Field(() => Int, { nullable: true })
  learners: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share who practised again 1 or more days after their first day.",
  })
  returnedAfter1Day: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share who practised again 7 or more days after their first day.",
  })
  returnedAfter7Days: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share who practised again 30 or more days after their first day.",
  })
  returnedAfter30Days: number | null;

  @Field(() => Boolean, { description: "Whether any figure of this cohort is withheld." })
  suppressed: boolean;
}

@ObjectType({ description: "A question ranked by the share of its practices rated AGAIN." })
export class QuestionDifficulty {
  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => RoleReference)
  role: RoleReference;

  @Field(() => Int)
  learners: number;

  @Field(() => Int)
  attempts: number;

  @Field(() => Float)
  againShare: number;
}
