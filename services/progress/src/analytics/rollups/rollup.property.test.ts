import fc from "fast-check";
import { questionIdFor, roleIdFor } from "@careergraph/content";
import { recordPractice } from "../../test-operations";
import { startProgressStack, type ProgressStack } from "../../test-progress-stack";
import { AnalyticsService } from "../views/analytics.service";
import { rawEventSource, rollupSource } from "../views/analytics.queries";
import { Granularity } from "../views/analytics.types";
import { rebuildRollups, ROLLUP_TABLES } from "./rebuild";

const ROLES = ["backend-developer", "data-engineer"];
const RATINGS = ["AGAIN", "HARD", "GOOD", "EASY"];
const HOUR = 60 * 60 * 1000;

let stack: ProgressStack;
let keys = 0;

beforeAll(async () => {
  stack = await startProgressStack(new Date("2026-03-02T09:00:00.000Z"));
});

afterAll(async () => {
  await stack?.stop();
});

/** The rollups as they are equal the rollups rebuilt from the events (in a transaction rolled back). */
async function expectRollupsEqualRebuild() {
  const incremental = await rollupContents((sql) => stack.sql(sql));
  const runner = stack.progress.deps.db.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await rebuildRollups(runner.manager);
    expect(incremental).toEqual(await rollupContents((sql) => runner.query(sql)));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Every rollup row, in a fixed order; bucket rows whose count went back to 0 count as absent. */
async function rollupContents(query: (sql: string) => Promise<unknown[]>) {
  const contents: Record<string, unknown[]> = {};
  for (const table of ROLLUP_TABLES) {
    const rows = (await query(`SELECT * FROM ${table}`)) as Record<string, unknown>[];
    contents[table] = rows
      .filter((row) => row.learners !== 0)
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  }
  return contents;
}

const practice = fc.record({
  learner: fc.integer({ min: 0, max: 5 }),
  role: fc.integer({ min: 0, max: 1 }),
  question: fc.integer({ min: 1, max: 4 }),
  rating: fc.constantFrom(...RATINGS),
  // hours since the previous practice: same day, next days, weeks later
  hoursLater: fc.oneof(
    fc.constant(0),
    fc.constant(0),
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 100, max: 900 }),
  ),
});

describe("rollups", () => {
  it("equal a recomputation from the raw events after any sequence of practices", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(practice, { minLength: 1, maxLength: 25 }), async (practices) => {
        for (const p of practices) {
          stack.clock.advance(p.hoursLater * HOUR);
          const result = await recordPractice(stack, await stack.tokenFor(`learner-${p.learner}`), {
            questionId: questionIdFor(ROLES[p.role], p.question),
            rating: p.rating,
            idempotencyKey: `p-${keys++}`,
          });
          expect(result.errors).toBeUndefined();
        }
        await expectRollupsEqualRebuild();
      }),
      { numRuns: 12, seed: 20261128 },
    );
  });

  it("hold a cell's practices until its fifth learner publishes it, then count them on their own days", async () => {
    const question = questionIdFor("devops-engineer", 1);
    const practicesOn = async (day: string) =>
      (
        await stack.sql<{ practices: number }>(
          `SELECT practices FROM progress.analytics_activity WHERE granularity = 'DAY' AND period = $1`,
          [day],
        )
      )[0]?.practices ?? 0;
    stack.clock.set(new Date("2027-06-07T10:00:00.000Z")); // a Monday, after every run above
    for (const [i, learner] of ["p1", "p2", "p3", "p4"].entries()) {
      stack.clock.set(new Date(Date.parse("2027-06-07T10:00:00.000Z") + i * 86_400_000));
      for (const rating of ["AGAIN", "GOOD"])
        expect(
          (
            await recordPractice(stack, await stack.tokenFor(learner), {
              questionId: question,
              rating,
              idempotencyKey: `p-${keys++}`,
            })
          ).errors,
        ).toBeUndefined();
    }
    expect([await practicesOn("2027-06-07"), await practicesOn("2027-06-10")]).toEqual([0, 0]);
    await expectRollupsEqualRebuild();
    stack.clock.set(new Date("2027-06-13T10:00:00.000Z")); // Sunday, the same week
    const fifth = await recordPractice(stack, await stack.tokenFor("p5"), {
      questionId: question,
      rating: "GOOD",
      idempotencyKey: `p-${keys++}`,
    });
    expect(fifth.errors).toBeUndefined();
    expect([
      await practicesOn("2027-06-07"),
      await practicesOn("2027-06-10"),
      await practicesOn("2027-06-13"),
    ]).toEqual([2, 2, 1]);
    await expectRollupsEqualRebuild();
  });

  it("give the figures the raw events give", async () => {
    const { dataSource } = stack.progress.deps.db;
    const fromRollups = new AnalyticsService(rollupSource(dataSource));
    const fromEvents = new AnalyticsService(rawEventSource(dataSource));
    const range = { from: "2026-03-01", to: "2027-02-28" };
    for (const slug of ROLES) {
      const role = { id: roleIdFor(slug), questionCount: 16 };
      expect(await fromRollups.roleAnalytics(role, { from: null, to: null })).toEqual(
        await fromEvents.roleAnalytics(role, { from: null, to: null }),
      );
      expect(await fromRollups.roleAnalytics(role, range)).toEqual(
        await fromEvents.roleAnalytics(role, range),
      );
    }
    for (const granularity of [Granularity.DAY, Granularity.WEEK]) {
      expect(await fromRollups.activity(granularity, range)).toEqual(
        await fromEvents.activity(granularity, range),
      );
    }
    expect(await fromRollups.retention(range)).toEqual(await fromEvents.retention(range));
    expect(await fromRollups.hardestQuestions(null, 100)).toEqual(
      await fromEvents.hardestQuestions(null, 100),
    );
  });
});
