import fc from "fast-check";
import { questionIdFor, roleIdFor } from "@careergraph/content";
import { recordPractice } from "../test-operations";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";
import { AnalyticsService } from "./analytics.service";
import { rawEventSource, rollupSource } from "./analytics.source";
import { Granularity } from "./analytics.types";
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

/** Every rollup row, in a fixed order; bucket rows whose count went back to 0 count as absent. */
async function rollupContents(query: (sql: string) => Promise<unknown[]>) {
  const contents: Record<string, unknown[]> = {};
  for (const table of ROLLUP_TABLES) {
    const rows = (await query(`SELECT * FROM progress.${table}`)) as Record<string, unknown>[];
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
      }),
      { numRuns: 12, seed: 20261128 },
    );
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
