import { questionIdFor } from "@careergraph/content";
import { recordPractice } from "../test-operations";
import { startProgressStack, type ProgressStack } from "../test-progress-stack";

const DAY0 = Date.parse("2026-01-05T10:00:00.000Z");
const day = (n: number, minute = 0) => new Date(DAY0 + n * 86_400_000 + minute * 60_000);
let stack: ProgressStack;
let keys = 0;

beforeAll(async () => {
  stack = await startProgressStack(day(0), { PRACTICE_WRITES_PER_MINUTE: "1000" });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function practise(userId: string, on: number, times = 1) {
  const token = await stack.tokenFor(userId);
  for (let i = 0; i < times; i++) {
    stack.clock.set(day(on, i));
    const result = await recordPractice(stack, token, {
      questionId: questionIdFor("backend-developer", 1 + ((on + i) % 16)),
      rating: "GOOD",
      idempotencyKey: `streak-${keys++}`,
    });
    expect(result.errors).toBeUndefined();
  }
}

/** Every day's events, as the answer must count them: consecutive days with a practice up to today. */
async function streakFromEvents(userId: string, today: Date): Promise<number> {
  const [row] = await stack.sql<{ streak: number }>(
    `WITH days AS (SELECT DISTINCT (practiced_at AT TIME ZONE 'UTC')::date AS day FROM progress.practice_event
                   WHERE user_id = $1 AND practiced_at <= $2),
          runs AS (SELECT day, day + (row_number() OVER (ORDER BY day DESC))::int AS run FROM days)
     SELECT count(*)::int AS streak FROM runs
     WHERE run = (SELECT run FROM runs ORDER BY day DESC LIMIT 1)
       AND (SELECT max(day) FROM days) >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1`,
    [userId, today],
  );
  return row.streak;
}

/** Runs `{ viewer { streakDays } }` and EXPLAIN ANALYZEs the statement it sent: the rows it read. */
async function streakAndRowsRead(userId: string): Promise<{ streak: number; rowsRead: number }> {
  const { dataSource } = stack.progress.deps.db;
  const sent: [string, unknown[]][] = [];
  const send = dataSource.query.bind(dataSource);
  const spy = jest.spyOn(dataSource, "query").mockImplementation((sql: string, params?: unknown) => {
    sent.push([sql, (params as unknown[] | undefined) ?? []]);
    return send(sql, params as unknown[] | undefined);
  });
  let streak: number;
  try {
    const result = await stack.request<{ viewer: { streakDays: number } }>(
      `{ viewer { streakDays } }`,
      {},
      await stack.tokenFor(userId),
    );
    expect(result.errors).toBeUndefined();
    streak = result.data!.viewer.streakDays;
  } finally {
    spy.mockRestore();
  }
  expect(sent).toHaveLength(1);
  const [[sql, params]] = sent;
  const [{ "QUERY PLAN": plan }] = await dataSource.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    params,
  );
  return { streak, rowsRead: rowsReadFromTables(plan[0].Plan) };
}

interface PlanNode {
  "Relation Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/** Rows every scan of a table produced or filtered out, over all its loops. */
function rowsReadFromTables(node: PlanNode): number {
  const own = node["Relation Name"]
    ? (node["Actual Rows"] +
        (node["Rows Removed by Filter"] ?? 0) +
        (node["Rows Removed by Index Recheck"] ?? 0)) *
      node["Actual Loops"]
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFromTables(child), 0);
}

describe("streakDays over a long history", () => {
  // 120 days: three practices a day, a day off every 10th day, then the last 15 days without a break
  beforeAll(async () => {
    for (let n = 0; n < 120; n++) if (n % 10 !== 9 || n >= 105) await practise("long-history", n, 3);
  }, 240_000);

  it("reads at most 2 rows, whatever the length of the history", async () => {
    stack.clock.set(day(119, 600));
    const { streak, rowsRead } = await streakAndRowsRead("long-history");
    expect(streak).toBe(await streakFromEvents("long-history", day(119, 600)));
    expect(streak).toBe(20); // days 100 to 119: day 99 was the last day off
    expect(rowsRead).toBeLessThanOrEqual(2);
  });

  it("gives the answer the events give: yesterday still counts, the day after that does not", async () => {
    for (const [on, expected] of [
      [120, 20],
      [121, 0],
    ] as const) {
      stack.clock.set(day(on, 600));
      const { streak } = await streakAndRowsRead("long-history");
      expect([streak, await streakFromEvents("long-history", day(on, 600))]).toEqual([expected, expected]);
    }
  });

  it("joins the runs on both sides of a day practised late (the day off 89 between 80..88 and 90..98)", async () => {
    stack.clock.set(day(95, 600));
    expect((await streakAndRowsRead("long-history")).streak).toBe(0 + 6); // days 90..95 as of day 95
    await practise("gap-filler", 0);
    await practise("gap-filler", 2);
    await practise("gap-filler", 1); // fills the gap, late (another question): 0..2 is one run
    stack.clock.set(day(2, 600));
    const { streak } = await streakAndRowsRead("gap-filler");
    expect([streak, await streakFromEvents("gap-filler", day(2, 600))]).toEqual([3, 3]);
  });

  it("counts a day a synced practice brings in late, before the card's last review", async () => {
    await practise("synced", 10);
    await practise("synced", 12);
    stack.clock.set(day(12, 600));
    expect((await streakAndRowsRead("synced")).streak).toBe(1);
    const result = await stack.request(
      `mutation($input: SyncPracticeInput!) { syncPractice(input: $input) { results { outcome } } }`,
      {
        input: {
          events: [
            {
              questionId: questionIdFor("backend-developer", 1 + (10 % 16)),
              rating: "GOOD",
              clientTime: day(11, 5),
              idempotencyKey: "synced-late",
            },
          ],
        },
      },
      await stack.tokenFor("synced"),
    );
    expect(result.errors).toBeUndefined();
    expect((await streakAndRowsRead("synced")).streak).toBe(3);
  });

  it("keeps the runs the migration computes from the events", async () => {
    const kept = await stack.sql(
      `SELECT user_id, first_day::text, last_day::text FROM progress.practice_run ORDER BY 1, 2`,
    );
    const fromEvents = await stack.sql(
      `SELECT user_id, min(day)::text AS first_day, max(day)::text AS last_day
       FROM (SELECT user_id, day, day + (row_number() OVER (PARTITION BY user_id ORDER BY day DESC))::int AS run
             FROM (SELECT DISTINCT user_id, (practiced_at AT TIME ZONE 'UTC')::date AS day FROM progress.practice_event) d) r
       GROUP BY user_id, run ORDER BY 1, 2`,
    );
    expect(kept).toEqual(fromEvents);
    expect(kept.length).toBeGreaterThan(10);
  });
});
