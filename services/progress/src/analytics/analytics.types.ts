import { GraphQLDate } from "graphql-scalars";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { QuestionReference } from "../question/question-reference";
import { RoleReference } from "../role/role-reference";

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

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  learners: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: "One question of a role: its learners in the range and how they fare." })
export class QuestionAnalytics {
  @Field(() => QuestionReference)
  question: QuestionReference;

  @Field(() => Int, { nullable: true, description: "Learners who first practised it in the range." })
  learners: number | null;

  @Field(() => Int, { nullable: true, description: "Practices of it in the range." })
  attempts: number | null;

  @Field(() => Float, { nullable: true, description: "Share of its learners who have mastered it (0..1)." })
  masteryRate: number | null;

  @Field(() => Float, { nullable: true, description: "Share of its practices rated AGAIN (0..1)." })
  againShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median whole UTC days from a learner's first practice to first mastery.",
  })
  medianDaysToMastery: number | null;

  @Field(() => Boolean, { description: "Whether any figure of this question is withheld." })
  suppressed: boolean;
}

@ObjectType({ description: "A role's learners who started it in the range (UTC days), as they stand now." })
export class RoleAnalytics {
  @Field(() => RoleReference)
  role: RoleReference;

  @Field(() => GraphQLDate, { nullable: true })
  from: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  to: string | null;

  @Field(() => Int, { nullable: true, description: "Learners who first practised the role in the range." })
  learners: number | null;

  @Field(() => Int, { nullable: true, description: "Practices of the role's questions in the range." })
  practices: number | null;

  @Field(() => Boolean)
  suppressed: boolean;

  @Field(() => [FunnelStep])
  funnel: FunnelStep[];

  @Field(() => [QuestionAnalytics], {
    description: "The questions practised in the range, most practised first.",
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
