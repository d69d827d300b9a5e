import { GraphQLDate } from "graphql-scalars";
import { Arg, Authorized, Ctx, Directive, Int, Query, Resolver } from "type-graphql";
import { notFound } from "@careergraph/schema";
import { requireViewer } from "@careergraph/auth";
import type { ProgressContext } from "../../context";
import {
  ActivityBucket,
  Cohort,
  Granularity,
  QuestionDifficulty,
  RetentionCohort,
  RoleAnalytics,
} from "./analytics.types";
import { dayRange } from "../dates";
import { PracticeEventConnection } from "../feed/practice-event-feed";

/** Analysts' scope, declared for routers that enforce it; the subgraph checks the role itself too. */
const ANALYST_SCOPES = `@requiresScopes(scopes: [["ANALYST"], ["ADMIN"]])`;
/** The raw feed's own scope: aggregates are for analysts, the event log for exports only. */
const EXPORT_SCOPES = `@requiresScopes(scopes: [["ANALYTICS_EXPORT"], ["ADMIN"]])`;

/** Requires both ends of a range (the arguments are non-null) and checks them. */
function closedRange(from: Date, to: Date) {
  const range = dayRange(from, to);
  return { from: range.from!, to: range.to! };
}

@Resolver()
export class AnalyticsResolver {
  @Authorized("ANALYST")
  @Directive(ANALYST_SCOPES)
  @Query(() => RoleAnalytics, {
    nullable: true,
    description:
      "A role's funnel and per-question figures for learners who started it in [from, to] (UTC days; open ends allowed, at most a year). Null for an unknown slug.",
  })
  async roleAnalytics(
    @Arg("slug", () => String) slug: string,
    @Arg("from", () => GraphQLDate, { nullable: true }) from: Date | null,
    @Arg("to", () => GraphQLDate, { nullable: true }) to: Date | null,
    @Ctx() { services }: ProgressContext,
  ): Promise<RoleAnalytics | null> {
    const range = dayRange(from, to);
    const role = await services.analytics.roleBySlug(slug);
    return role ? services.analytics.service.roleAnalytics(role, range) : null;
  }

  @Authorized("ANALYST")
  @Directive(ANALYST_SCOPES)
  @Query(() => [ActivityBucket], {
    description:
      "Active learners and practices per UTC day or ISO week from `from` to `to` (at most a year).",
  })
  activity(
    @Arg("from", () => GraphQLDate) from: Date,
    @Arg("to", () => GraphQLDate) to: Date,
    @Arg("granularity", () => Granularity) granularity: Granularity,
    @Ctx() { services }: ProgressContext,
  ): Promise<ActivityBucket[]> {
    return services.analytics.service.activity(granularity, closedRange(from, to));
  }

  @Authorized("ANALYST")
  @Directive(ANALYST_SCOPES)
  @Query(() => [RetentionCohort], {
    description:
      "Weekly cohorts from the week of `from` to `to` (at most a year): who came back after 1, 7, 30 days.",
  })
  retention(
    @Arg("cohort", () => Cohort) _cohort: Cohort,
    @Arg("from", () => GraphQLDate) from: Date,
    @Arg("to", () => GraphQLDate) to: Date,
    @Ctx() { services }: ProgressContext,
  ): Promise<RetentionCohort[]> {
    return services.analytics.service.retention(closedRange(from, to));
  }

  @Authorized("ANALYST")
  @Directive(ANALYST_SCOPES)
  @Query(() => [QuestionDifficulty], {
    description:
      "Questions with the highest share of AGAIN ratings in their published cells (cohorts of at least 5 learners), among those with at least 20 such practices.",
  })
  async hardestQuestions(
    @Arg("roleSlug", () => String, { nullable: true }) roleSlug: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Ctx() { services }: ProgressContext,
  ): Promise<QuestionDifficulty[]> {
    if (roleSlug === null || roleSlug === undefined)
      return services.analytics.service.hardestQuestions(null, first);
    const role = await services.analytics.roleBySlug(roleSlug);
    if (!role) throw notFound("role", roleSlug);
    return services.analytics.service.hardestQuestions(role.id, first);
  }

  @Authorized("ANALYTICS_EXPORT")
  @Directive(EXPORT_SCOPES)
  @Query(() => PracticeEventConnection, {
    description:
      "Every practice in a stable feed order, for warehouses (ANALYTICS_EXPORT): learners under pseudonyms of the caller and the week, times to the hour, no notes; resume from the last endCursor.",
  })
  practiceEvents(
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Ctx() context: ProgressContext,
  ): Promise<PracticeEventConnection> {
    return context.services.analytics.feed.page(requireViewer(context).id, after, first);
  }
}
