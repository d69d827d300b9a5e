import { signToken, type UserRole } from "@careergraph/auth";
import type { ProgressStack } from "../test-progress-stack";

/** A token for any roles, signed with the stack's secret. */
export function tokenWithRoles(stack: ProgressStack, sub: string, roles: UserRole[]): Promise<string> {
  const secret = stack.progress.deps.config.auth.jwtSecret;
  if (!secret) throw new Error("the test configuration has no signing secret");
  return signToken(secret, { sub, roles });
}

export const ROLE_ANALYTICS = `query($slug: String!, $from: Date, $to: Date) {
  roleAnalytics(slug: $slug, from: $from, to: $to) {
    role { id } from to learners practices suppressed
    funnel { stage learners suppressed }
    questions { question { id } learners attempts masteryRate againShare medianDaysToMastery suppressed }
  }
}`;

export const ACTIVITY = `query($from: Date!, $to: Date!, $granularity: Granularity!) {
  activity(from: $from, to: $to, granularity: $granularity) { periodStart learners practices suppressed }
}`;

export const RETENTION = `query($from: Date!, $to: Date!) {
  retention(cohort: WEEK, from: $from, to: $to) {
    cohortStart learners returnedAfter1Day returnedAfter7Days returnedAfter30Days suppressed
  }
}`;

export const HARDEST = `query($roleSlug: String, $first: Int) {
  hardestQuestions(roleSlug: $roleSlug, first: $first) { question { id } role { id } learners attempts againShare }
}`;

export const PRACTICE_EVENTS = `query($after: String, $first: Int) {
  practiceEvents(after: $after, first: $first) {
    edges { cursor node { id learner question { id } role { id } rating statusAfter practicedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface FeedPage {
  practiceEvents: {
    edges: {
      cursor: string;
      node: {
        id: string;
        learner: string;
        question: { id: string };
        role: { id: string };
        rating: string;
        practicedAt: string;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
