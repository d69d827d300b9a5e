import type { UserRole } from "@careergraph/auth";
import { questionIdFor, roleIdFor } from "@careergraph/content";
import { codes, recordPractice } from "../../test-operations";
import { startProgressStack, type ProgressStack } from "../../test-progress-stack";
import {
  ACTIVITY,
  HARDEST,
  PRACTICE_EVENTS,
  RETENTION,
  ROLE_ANALYTICS,
  tokenWithRoles,
} from "../test-analytics";

const ROLE = "backend-developer";
const q = (n: number) => questionIdFor(ROLE, n);
const DAY0 = new Date("2026-03-02T09:00:00.000Z"); // a Monday
const at = (days: number) => new Date(DAY0.getTime() + days * 24 * 60 * 60 * 1000);

let stack: ProgressStack;
let analyst: string;
let keys = 0;

async function practise(userId: string, questionNumber: number, rating: string, day: number) {
  stack.clock.set(at(day));
  const result = await recordPractice(stack, await stack.tokenFor(userId), {
    questionId: q(questionNumber),
    rating,
    idempotencyKey: `k-${keys++}`,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.recordPractice.progress.status;
}

/**
 * The hand-made data set (backend-developer has 16 questions):
 * - a1..a6 master questions 1..8 (EASY on day 0, EASY again on day 10 for a1..a3, day 12 for a4..a6);
 * - b1..b4 rate question 1 EASY once (in review, not mastered);
 * - c1..c3 rate question 1 AGAIN once (still learning);
 * - d1 rates question 9 GOOD once.
 */
beforeAll(async () => {
  stack = await startProgressStack(DAY0);
  analyst = await tokenWithRoles(stack, "analyst-1", ["ANALYST"]);
  for (const a of [1, 2, 3, 4, 5, 6]) for (let n = 1; n <= 8; n++) await practise(`a${a}`, n, "EASY", 0);
  for (const b of [1, 2, 3, 4]) await practise(`b${b}`, 1, "EASY", 0);
  for (const c of [1, 2, 3]) await practise(`c${c}`, 1, "AGAIN", 0);
  await practise("d1", 9, "GOOD", 0);
  for (const a of [1, 2, 3, 4, 5, 6]) {
    for (let n = 1; n <= 8; n++)
      expect(await practise(`a${a}`, n, "EASY", a <= 3 ? 10 : 12)).toBe("MASTERED");
  }
});

afterAll(async () => {
  await stack?.stop();
});

describe("roleAnalytics on a hand-made data set", () => {
  it("gives the funnel, suppressing a stage whose difference from the stage above is under 5", async () => {
    const result = await stack.request<{ roleAnalytics: Record<string, unknown> }>(
      ROLE_ANALYTICS,
      { slug: ROLE },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.roleAnalytics;
    expect(figures).toMatchObject({
      role: { id: roleIdFor(ROLE) },
      from: null,
      to: null,
      learners: 14,
      // 104 practices, less d1's one of question 9: alone in that cell, it is in no figure
      practices: 103,
      suppressed: true,
    });
    // 14 started, 10 practising (14 - 10 = 4 would single out c1..c3 and d1), 6 half ready, 0 ready.
    expect(figures.funnel).toEqual([
      { stage: "STARTED", learners: 14, suppressed: false },
      { stage: "PRACTISING", learners: null, suppressed: true },
      { stage: "HALF_READY", learners: 6, suppressed: false },
      { stage: "READY", learners: null, suppressed: true },
    ]);
  });

  it("gives each question's learners, attempts, rates and median days to mastery, suppressing small groups", async () => {
    const result = await stack.request<{ roleAnalytics: { questions: Record<string, unknown>[] } }>(
      ROLE_ANALYTICS,
      { slug: ROLE },
      analyst,
    );
    const questions = result.data!.roleAnalytics.questions;
    expect(questions).toHaveLength(9);
    // 13 learners, 19 practices of which 3 AGAIN; 6 of 13 mastered, after 10, 10, 10, 12, 12, 12 days.
    expect(questions[0]).toEqual({
      question: { id: q(1) },
      learners: 13,
      attempts: 19,
      masteryRate: 6 / 13,
      againShare: 3 / 19,
      medianDaysToMastery: 11,
      suppressed: false,
    });
    // All 6 learners mastered it: the rate would say so of each of them, so it is withheld.
    for (let n = 2; n <= 8; n++) {
      expect(questions.find((row) => (row.question as { id: string }).id === q(n))).toEqual({
        question: { id: q(n) },
        learners: 6,
        attempts: 12,
        masteryRate: null,
        againShare: 0,
        medianDaysToMastery: 11,
        suppressed: true,
      });
    }
    expect(questions.at(-1)).toEqual({
      question: { id: q(9) },
      learners: null,
      attempts: null,
      masteryRate: null,
      againShare: null,
      medianDaysToMastery: null,
      suppressed: true,
    });
  });

  it("widens the range to whole weeks and counts the practices of the learners who started in it", async () => {
    const result = await stack.request<{ roleAnalytics: Record<string, unknown> }>(
      ROLE_ANALYTICS,
      { slug: ROLE, from: "2026-03-02", to: "2026-03-02" },
      analyst,
    );
    expect(result.data!.roleAnalytics).toMatchObject({
      from: "2026-03-02",
      to: "2026-03-08",
      learners: 14,
      practices: 103,
    });
    const later = await stack.request<{ roleAnalytics: Record<string, unknown> }>(
      ROLE_ANALYTICS,
      { slug: ROLE, from: "2026-03-10", to: "2026-04-01" },
      analyst,
    );
    // nobody started in those weeks: the 48 later practices belong to the week the learners started
    expect(later.data!.roleAnalytics).toMatchObject({
      from: "2026-03-09",
      to: "2026-04-05",
      learners: null,
      practices: null,
      suppressed: true,
      questions: [],
    });
  });

  it("is null for a slug the roles subgraph does not know", async () => {
    const result = await stack.request<{ roleAnalytics: unknown }>(
      ROLE_ANALYTICS,
      { slug: "no-such-role" },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.roleAnalytics).toBeNull();
  });
});

describe("differencing two ranges", () => {
  type Figures = {
    from: string;
    to: string;
    learners: number | null;
    practices: number | null;
    suppressed: boolean;
    funnel: { stage: string; learners: number | null; suppressed: boolean }[];
    questions: {
      question: { id: string };
      learners: number | null;
      attempts: number | null;
      suppressed: boolean;
    }[];
  };
  const roleAnalytics = async (from: string, to: string) => {
    const result = await stack.request<{ roleAnalytics: Figures }>(
      ROLE_ANALYTICS,
      { slug: ROLE, from, to },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.roleAnalytics;
  };
  const counts = (figures: Figures) => ({
    learners: figures.learners,
    practices: figures.practices,
    funnel: figures.funnel.map((step) => step.learners),
    questions: figures.questions.map((row) => [row.question.id, row.learners, row.attempts]),
  });

  /** f1..f3 first practise the role on Tuesday 2026-03-17, g1..g5 on Tuesday 2026-03-24 (question 10, once). */
  beforeAll(async () => {
    for (const f of [1, 2, 3]) await practise(`f${f}`, 10, "EASY", 15);
    for (const g of [1, 2, 3, 4, 5]) await practise(`g${g}`, 10, "GOOD", 22);
  });

  it("gives ranges a day apart the same whole weeks, so they cannot differ by a day's learners", async () => {
    const before = await roleAnalytics("2026-03-02", "2026-03-16");
    const after = await roleAnalytics("2026-03-02", "2026-03-17");
    expect([before.from, before.to, after.from, after.to]).toEqual([
      "2026-03-02",
      "2026-03-22",
      "2026-03-02",
      "2026-03-22",
    ]);
    expect(after).toEqual(before);
  });

  it("leaves a week of 3 new learners out of every sum: adding that week to a range changes no figure", async () => {
    const without = await roleAnalytics("2026-03-02", "2026-03-15");
    const withSmallWeek = await roleAnalytics("2026-03-02", "2026-03-22");
    const smallWeekAlone = await roleAnalytics("2026-03-16", "2026-03-22");
    const { questions, ...rest } = counts(withSmallWeek);
    expect({ ...rest, questions: questions.filter(([id]) => id !== q(10)) }).toEqual(counts(without));
    expect(questions).toContainEqual([q(10), null, null]);
    expect(withSmallWeek.funnel[0]).toEqual({ stage: "STARTED", learners: 14, suppressed: true });
    expect(without.funnel[0]).toEqual({ stage: "STARTED", learners: 14, suppressed: false });
    expect(smallWeekAlone).toMatchObject({ learners: null, practices: null, suppressed: true });
    expect(smallWeekAlone.questions).toEqual([
      expect.objectContaining({ question: { id: q(10) }, learners: null, attempts: null, suppressed: true }),
    ]);
  });

  it("counts a week of 5 new learners: the difference it makes is that week's own figures", async () => {
    const without = await roleAnalytics("2026-03-02", "2026-03-22");
    const withWeek = await roleAnalytics("2026-03-02", "2026-03-29");
    const weekAlone = await roleAnalytics("2026-03-23", "2026-03-29");
    expect(weekAlone).toMatchObject({ learners: 5, practices: 5 });
    expect(weekAlone.funnel[0]).toEqual({ stage: "STARTED", learners: 5, suppressed: false });
    expect(withWeek).toMatchObject({ learners: 19, practices: 103 + 5 });
    expect(withWeek.funnel.map((step) => step.learners)).toEqual([19, null, 6, null]);
    // question 10: 3 learners in one week (left out), 5 in the next (counted)
    expect(withWeek.questions.find((row) => row.question.id === q(10))).toEqual(
      expect.objectContaining({ learners: 5, attempts: 5, suppressed: true }),
    );
    expect(without.learners).toBe(14);
  });
});

describe("activity", () => {
  it("gives learners and practices per day, suppressing days with fewer than 5 learners", async () => {
    const result = await stack.request<{ activity: unknown[] }>(
      ACTIVITY,
      { from: "2026-03-02", to: "2026-03-14", granularity: "DAY" },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    const days = result.data!.activity as { periodStart: string }[];
    expect(days).toHaveLength(13);
    // 14 learners; 56 practices, of which d1's one of question 9 is in an unpublished cell
    expect(days[0]).toEqual({ periodStart: "2026-03-02", learners: 14, practices: 55, suppressed: false });
    expect(days[1]).toEqual({ periodStart: "2026-03-03", learners: null, practices: null, suppressed: true });
    expect(days[10]).toEqual({
      periodStart: "2026-03-12",
      learners: null,
      practices: null,
      suppressed: true,
    });
    expect(days[12]).toEqual({
      periodStart: "2026-03-14",
      learners: null,
      practices: null,
      suppressed: true,
    });
  });

  it("withholds a week's practices when one of its days is suppressed, so the days cannot be subtracted", async () => {
    const result = await stack.request<{ activity: unknown[] }>(
      ACTIVITY,
      { from: "2026-03-04", to: "2026-03-10", granularity: "WEEK" },
      analyst,
    );
    expect(result.data!.activity).toEqual([
      { periodStart: "2026-03-02", learners: 14, practices: 55, suppressed: false },
      // 6 learners that week, but on 03-12 and 03-14 only 3 each: 48 practices would give those days away
      { periodStart: "2026-03-09", learners: 6, practices: null, suppressed: true },
    ]);
  });
});

describe("differencing activity and retention", () => {
  it("gives each day and week the same figures in any range, so sums of ranges hold only shown buckets", async () => {
    const activity = async (from: string, to: string, granularity: string) =>
      (await stack.request<{ activity: unknown[] }>(ACTIVITY, { from, to, granularity }, analyst)).data!
        .activity;
    // 2026-03-17: f1..f3 only; 2026-03-24: g1..g5
    const days = await activity("2026-03-16", "2026-03-24", "DAY");
    expect(days[1]).toEqual({ periodStart: "2026-03-17", learners: null, practices: null, suppressed: true });
    expect(days[8]).toEqual({ periodStart: "2026-03-24", learners: 5, practices: 5, suppressed: false });
    expect(await activity("2026-03-17", "2026-03-24", "DAY")).toEqual(days.slice(1));
    const weeks = await activity("2026-03-09", "2026-03-29", "WEEK");
    expect(weeks.slice(1)).toEqual([
      { periodStart: "2026-03-16", learners: null, practices: null, suppressed: true },
      { periodStart: "2026-03-23", learners: 5, practices: 5, suppressed: false },
    ]);
    expect(await activity("2026-03-16", "2026-03-29", "WEEK")).toEqual(weeks.slice(1));
  });

  it("gives each weekly cohort the same figures in any range; a cohort of 3 is suppressed in all", async () => {
    const retention = async (from: string, to: string) =>
      (await stack.request<{ retention: unknown[] }>(RETENTION, { from, to }, analyst)).data!.retention;
    const wide = await retention("2026-03-09", "2026-03-29");
    expect(wide.slice(1)).toEqual([
      {
        cohortStart: "2026-03-16",
        learners: null,
        returnedAfter1Day: null,
        returnedAfter7Days: null,
        returnedAfter30Days: null,
        suppressed: true,
      },
      {
        cohortStart: "2026-03-23",
        learners: 5,
        returnedAfter1Day: null,
        returnedAfter7Days: null,
        returnedAfter30Days: null,
        suppressed: true,
      },
    ]);
    expect(await retention("2026-03-17", "2026-03-24")).toEqual(wide.slice(1));
  });
});

describe("retention", () => {
  it("gives the weekly cohort's return shares, each nested share suppressed like a funnel stage", async () => {
    const result = await stack.request<{ retention: unknown[] }>(
      RETENTION,
      { from: "2026-03-02", to: "2026-03-09" },
      analyst,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.retention).toEqual([
      {
        cohortStart: "2026-03-02",
        learners: 14,
        returnedAfter1Day: 6 / 14,
        // all 6 who came back after a day also did after 7: 0 would be the difference, so it is withheld
        returnedAfter7Days: null,
        returnedAfter30Days: null,
        suppressed: true,
      },
      {
        cohortStart: "2026-03-09",
        learners: null,
        returnedAfter1Day: null,
        returnedAfter7Days: null,
        returnedAfter30Days: null,
        suppressed: true,
      },
    ]);
  });
});

describe("hardestQuestions", () => {
  it("ranks only questions with at least 20 practices, just under and just over", async () => {
    const under = await stack.request<{ hardestQuestions: unknown[] }>(HARDEST, { roleSlug: ROLE }, analyst);
    expect(under.errors).toBeUndefined();
    expect(under.data!.hardestQuestions).toEqual([]); // question 1 has 19 practices
    await practise("c1", 1, "AGAIN", 12);
    const over = await stack.request<{ hardestQuestions: unknown[] }>(HARDEST, { first: 5 }, analyst);
    expect(over.data!.hardestQuestions).toEqual([
      {
        question: { id: q(1) },
        role: { id: roleIdFor(ROLE) },
        learners: 13,
        attempts: 20,
        againShare: 4 / 20,
      },
    ]);
  });

  it("is NOT_FOUND for an unknown role and BAD_USER_INPUT for first over 100", async () => {
    const unknown = await stack.request(HARDEST, { roleSlug: "no-such-role" }, analyst);
    const tooMany = await stack.request(HARDEST, { first: 101 }, analyst);
    expect(codes(unknown)).toEqual(["NOT_FOUND"]);
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("authorization", () => {
  const aggregates: [string, string, Record<string, unknown>][] = [
    ["roleAnalytics", ROLE_ANALYTICS, { slug: ROLE }],
    ["activity", ACTIVITY, { from: "2026-03-02", to: "2026-03-03", granularity: "DAY" }],
    ["retention", RETENTION, { from: "2026-03-02", to: "2026-03-03" }],
    ["hardestQuestions", HARDEST, {}],
  ];
  const operations = [...aggregates, ["practiceEvents", PRACTICE_EVENTS, { first: 1 }] as const];

  it.each(operations)(
    "%s is UNAUTHENTICATED anonymously and FORBIDDEN to LEARNER and EDITOR",
    async (name, query, variables) => {
      const anonymous = await stack.request<Record<string, unknown>>(query, variables);
      const learner = await stack.request<Record<string, unknown>>(
        query,
        variables,
        await tokenWithRoles(stack, "l", ["LEARNER"]),
      );
      const editor = await stack.request<Record<string, unknown>>(
        query,
        variables,
        await tokenWithRoles(stack, "e", ["EDITOR", "LEARNER"]),
      );
      expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
      expect(codes(learner)).toEqual(["FORBIDDEN"]);
      expect(codes(editor)).toEqual(["FORBIDDEN"]);
      expect([anonymous.data, learner.data, editor.data].every((data) => !data || data[name] === null)).toBe(
        true,
      );
    },
  );

  const answers = async (query: string, variables: Record<string, unknown>, roles: UserRole[]) =>
    stack.request<Record<string, unknown>>(query, variables, await tokenWithRoles(stack, "x", roles));

  it.each(aggregates)(
    "%s answers ANALYST and ADMIN, and is FORBIDDEN to ANALYTICS_EXPORT alone",
    async (name, query, variables) => {
      for (const roles of [["ANALYST"], ["ADMIN"]] as UserRole[][]) {
        const result = await answers(query, variables, roles);
        expect(result.errors).toBeUndefined();
        expect(result.data![name]).toBeDefined();
      }
      expect(codes(await answers(query, variables, ["ANALYTICS_EXPORT"]))).toEqual(["FORBIDDEN"]);
    },
  );

  it("practiceEvents answers ANALYTICS_EXPORT and ADMIN, and is FORBIDDEN to ANALYST alone", async () => {
    for (const roles of [["ANALYTICS_EXPORT"], ["ADMIN"]] as UserRole[][]) {
      const result = await answers(PRACTICE_EVENTS, { first: 1 }, roles);
      expect(result.errors).toBeUndefined();
      expect(result.data!.practiceEvents).toBeDefined();
    }
    expect(codes(await answers(PRACTICE_EVENTS, { first: 1 }, ["ANALYST"]))).toEqual(["FORBIDDEN"]);
  });
});

describe("dates", () => {
  it("refuses from after to, naming from", async () => {
    const result = await stack.request(
      ACTIVITY,
      { from: "2026-03-03", to: "2026-03-02", granularity: "DAY" },
      analyst,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0].extensions?.field).toBe("from");
  });

  it("accepts exactly one year and refuses a day more, naming to", async () => {
    const year = await stack.request<{ activity: unknown[] }>(
      ACTIVITY,
      { from: "2026-01-01", to: "2027-01-01", granularity: "WEEK" },
      analyst,
    );
    const over = await stack.request(RETENTION, { from: "2026-01-01", to: "2027-01-02" }, analyst);
    const overRole = await stack.request(
      ROLE_ANALYTICS,
      { slug: ROLE, from: "2026-01-01", to: "2027-01-02" },
      analyst,
    );
    expect(year.errors).toBeUndefined();
    expect(year.data!.activity).toHaveLength(53);
    expect(codes(over)).toEqual(["BAD_USER_INPUT"]);
    expect(over.errors![0].extensions?.field).toBe("to");
    expect(codes(overRole)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("cost", () => {
  it("roleAnalytics costs the same single SQL statement however many events there are", async () => {
    const measure = async () => {
      stack.progress.deps.db.statements.reset();
      const result = await stack.request(ROLE_ANALYTICS, { slug: ROLE }, analyst);
      expect(result.errors).toBeUndefined();
      return stack.progress.deps.db.statements.count;
    };
    const before = await measure();
    for (let i = 0; i < 12; i++) await practise(`e${i}`, 1 + (i % 4), i % 2 ? "GOOD" : "AGAIN", 13);
    const after = await measure();
    expect([before, after]).toEqual([1, 1]);
  });
});
