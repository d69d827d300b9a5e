import { questionIdFor } from "@careergraph/content";
import { recordPractice } from "../../test-operations";
import { startProgressStack, type ProgressStack } from "../../test-progress-stack";
import {
  ACTIVITY,
  HARDEST,
  PRACTICE_EVENTS,
  RETENTION,
  ROLE_ANALYTICS,
  tokenWithRoles,
} from "../test-analytics";

/**
 * The threat model of docs/security.md: an analyst who may run any sequence of analytics queries and
 * knows facts about one learner. Here the analyst knows that L started backend-developer on Tuesday
 * 2026-03-10 around 10:00, alone in that week, and wants L's practices and AGAIN count.
 *
 * Every other learner practises each of their questions exactly twice, once AGAIN: every figure about
 * them is even (practices) and a whole number of learner-questions (AGAIN). L practises 5 times (odd),
 * 2 of them AGAIN, so a difference or sum of published figures equals 5 only if it isolates L.
 */
const ROLE = "backend-developer";
const OTHER_ROLE = "data-engineer";
const LONE = { practices: 5, again: 2 };
const DAY0 = Date.parse("2026-03-02T09:00:00.000Z"); // a Monday
const at = (day: number, minute = 0) => new Date(DAY0 + day * 86_400_000 + minute * 60_000);
const WEEKS = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"];
const WEEK_ENDS = ["2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29"];
const DAYS = Array.from({ length: 21 }, (_, i) => new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10));

let keys = 0;

async function practise(stack: ProgressStack, userId: string, role: string, ratings: string[], when: Date) {
  stack.clock.set(when);
  for (const rating of ratings) {
    const result = await recordPractice(stack, await stack.tokenFor(userId), {
      questionId: questionIdFor(role, 1),
      rating,
      idempotencyKey: `attack-${keys++}`,
    });
    expect(result.errors).toBeUndefined();
    stack.clock.advance(60_000);
  }
}

/**
 * - 6 learners start backend-developer on Monday 03-02, 5 more on Tuesday 03-17;
 * - L starts it on Tuesday 03-10, alone in that week: `lone.practices` practices, `lone.again` AGAIN;
 * - the same Tuesday 03-10, 5 learners start data-engineer and never come back, so that day has
 *   enough learners to be shown on its own.
 */
async function buildDataSet(stack: ProgressStack, lone: { practices: number; again: number }) {
  const pair = ["AGAIN", "GOOD"];
  for (let i = 1; i <= 6; i++) await practise(stack, `early-${i}`, ROLE, pair, at(0, i * 5));
  const ratings = Array.from({ length: lone.practices }, (_, i) => (i < lone.again ? "AGAIN" : "GOOD"));
  await practise(stack, "lone-learner", ROLE, ratings, at(8, 60));
  for (let i = 1; i <= 5; i++) await practise(stack, `other-role-${i}`, OTHER_ROLE, pair, at(8, 90 + i * 5));
  for (let i = 1; i <= 5; i++) await practise(stack, `late-${i}`, ROLE, pair, at(15, i * 5));
}

interface Observation {
  /** Which answer and where in it. */
  label: string;
  practices: number;
  /** The AGAIN count the same figure implies, when it gives one (attempts × againShare). */
  again?: number;
}

/** Every view, over every range and filter: all that an analyst's token can be answered. */
async function everyAnswer(stack: ProgressStack, token: string) {
  const asked: { label: string; query: string; variables: Record<string, unknown> }[] = [];
  const ask = (label: string, query: string, variables: Record<string, unknown>) =>
    asked.push({ label: `${label} ${JSON.stringify(variables)}`, query, variables });
  const froms = [null, ...WEEKS];
  const tos = [null, ...WEEK_ENDS];
  for (const slug of [ROLE, OTHER_ROLE])
    for (const from of froms)
      for (const to of tos)
        if (!from || !to || from <= to) ask("roleAnalytics", ROLE_ANALYTICS, { slug, from, to });
  for (const granularity of ["DAY", "WEEK"])
    for (const [i, from] of DAYS.entries())
      for (const to of DAYS.slice(i)) ask("activity", ACTIVITY, { from, to, granularity });
  for (const [i, from] of WEEKS.entries())
    for (const to of WEEK_ENDS.slice(i)) ask("retention", RETENTION, { from, to });
  for (const roleSlug of [null, ROLE, OTHER_ROLE])
    for (const first of [1, 2, 5, 10, 100]) ask("hardestQuestions", HARDEST, { roleSlug, first });
  ask("practiceEvents", PRACTICE_EVENTS, { first: 100 });
  const answers: { label: string; data: unknown }[] = [];
  for (let i = 0; i < asked.length; i += 4) {
    const batch = asked.slice(i, i + 4);
    const results = await Promise.all(batch.map((a) => stack.request<unknown>(a.query, a.variables, token)));
    results.forEach((result, j) => answers.push({ label: batch[j].label, data: result.data ?? null }));
  }
  return answers;
}

/** The practice counts (and AGAIN counts) an answer publishes, and the sum of each list's practices. */
function observationsOf(label: string, value: unknown, out: Observation[]): void {
  if (Array.isArray(value)) {
    const practices = value
      .map((item) => (item as { practices?: unknown })?.practices)
      .filter((n): n is number => typeof n === "number");
    if (practices.length > 1)
      out.push({ label: `${label} (sum)`, practices: practices.reduce((a, b) => a + b) });
    value.forEach((item, i) => observationsOf(`${label}[${i}]`, item, out));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const figures = value as Record<string, unknown>;
  if (typeof figures.practices === "number") out.push({ label, practices: figures.practices });
  if (typeof figures.attempts === "number")
    out.push({
      label,
      practices: figures.attempts,
      again:
        typeof figures.againShare === "number"
          ? Math.round(figures.againShare * figures.attempts)
          : undefined,
    });
  for (const [key, inner] of Object.entries(figures)) observationsOf(`${label}.${key}`, inner, out);
}

/**
 * The attacker: every published figure, every pairwise difference and sum. What it finds is L's
 * practices (a figure, difference or sum equal to them), and L's practices with their AGAIN count
 * together (both from the same two figures). It also reads the event feed when the token allows:
 * the events of the learner whose first event falls at the hour it knows.
 */
function attack(answers: { label: string; data: unknown }[], lone: { practices: number; again: number }) {
  const observations: Observation[] = [];
  for (const { label, data } of answers) observationsOf(label, data, observations);
  const found: string[] = [];
  for (const [i, a] of observations.entries()) {
    if (a.practices === lone.practices) found.push(`practices: ${a.label}`);
    for (const b of observations.slice(i + 1)) {
      const apart = Math.abs(a.practices - b.practices);
      if (apart === lone.practices || a.practices + b.practices === lone.practices)
        found.push(`practices: ${a.label} and ${b.label}`);
      if (apart === lone.practices && a.again !== undefined && b.again !== undefined)
        if (Math.abs(a.again - b.again) === lone.again)
          found.push(`practices and AGAIN: ${a.label} − ${b.label}`);
    }
  }
  const feed = answers.find((answer) => answer.label.startsWith("practiceEvents"))?.data as {
    practiceEvents?: { edges: { node: { learner: string; rating: string; practicedAt: string } }[] };
  } | null;
  const events = feed?.practiceEvents?.edges.map((edge) => edge.node) ?? [];
  const suspect = events.find((event) => event.practicedAt.startsWith("2026-03-10T10"))?.learner;
  const theirs = events.filter((event) => event.learner === suspect);
  if (
    suspect &&
    theirs.length === lone.practices &&
    theirs.filter((event) => event.rating === "AGAIN").length === lone.again
  )
    found.push("practices and AGAIN: the event feed");
  return found;
}

describe("an analyst differencing every view over every range and filter", () => {
  const worlds: { answers: { label: string; data: unknown }[]; found: string[] }[] = [];

  // Two data sets that differ only in L's counts; the second answers the same questions.
  beforeAll(async () => {
    for (const lone of [LONE, { practices: 7, again: 4 }]) {
      const stack = await startProgressStack(at(0));
      try {
        await buildDataSet(stack, lone);
        const answers = await everyAnswer(stack, await tokenWithRoles(stack, "analyst", ["ANALYST"]));
        worlds.push({ answers, found: attack(answers, lone) });
      } finally {
        await stack.stop();
      }
    }
  }, 300_000);

  it("recovers neither the lone learner's practices nor their AGAIN count", () => {
    const summary = (found: string[]) => ({
      found: found.length,
      both: found.filter((finding) => finding.startsWith("practices and AGAIN")).slice(0, 4),
    });
    expect(summary(worlds[0].found)).toEqual({ found: 0, both: [] });
    expect(summary(worlds[1].found)).toEqual({ found: 0, both: [] });
  });

  it("gets the same answers whatever the lone learner's counts: nothing published depends on them", () => {
    const differing = worlds[0].answers
      .filter((answer, i) => JSON.stringify(answer.data) !== JSON.stringify(worlds[1].answers[i].data))
      .map((answer) => answer.label);
    expect({ differing: differing.length, first: differing.slice(0, 3) }).toEqual({
      differing: 0,
      first: [],
    });
  });

  it("has figures to work with: the other learners' weeks and days are published", () => {
    const observations: Observation[] = [];
    for (const { label, data } of worlds[0].answers) observationsOf(label, data, observations);
    const values = new Set(observations.map((o) => o.practices));
    // 6 and 5 learners of backend-developer (12 and 10 practices), 5 of data-engineer (10), together 22
    expect([...values]).toEqual(expect.arrayContaining([12, 10, 22]));
  });
});
