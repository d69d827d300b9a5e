import { questionIdFor, roleIdFor } from "@careergraph/content";
import { openDatabase, type Database } from "@careergraph/db";
import { createTestDatabase, type TestDatabase } from "@careergraph/testing";
import { progressSubgraph } from "../definition";
import { fromEvents } from "../analytics/rollups/from-events";
import { rebuildRollups, ROLLUP_TABLES } from "../analytics/rollups/rebuild";
import { T } from "../analytics/tables/tables";
import { CreateProgress1767225600000 } from "./1767225600000-create-progress";
import { PracticeRequestRetention1767312000000 } from "./1767312000000-practice-request-retention";
import { CreateAnalytics1795824000000 } from "./1795824000000-create-analytics";
import { WeeklyAnalytics1795910400000 } from "./1795910400000-weekly-analytics";
import { AnalyticsCells1796083200000 } from "./1796083200000-analytics-cells";

/** Rollups written before the cells existed become what a rebuild from the events gives. */
let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase("progress_cells_migration");
  db = await openDatabase({
    schema: progressSubgraph.dbSchema,
    url: database.url,
    poolSize: 2,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 60000,
    dataDir: null,
    entities: progressSubgraph.entities,
    migrations: [
      CreateProgress1767225600000,
      PracticeRequestRetention1767312000000,
      CreateAnalytics1795824000000,
      WeeklyAnalytics1795910400000,
    ],
  });
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

const q = <T>(sql: string, params: unknown[] = []) => db.dataSource.query<T[]>(sql, params);

/** Every rollup table's rows, sorted. */
async function contents(query: (sql: string) => Promise<Record<string, unknown>[]>) {
  const tables: Record<string, string[]> = {};
  for (const table of ROLLUP_TABLES)
    tables[table] = (await query(`SELECT * FROM ${table}`))
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  return tables;
}

it("fills the cells, holds the unpublished ones' days and counts only published practices in activity", async () => {
  // 6 learners start backend-developer in one week (published), 2 in the next, 3 start data-engineer
  const learners = [
    ...[0, 1, 2, 3, 4, 5].map((i) => ({ user: `w1-${i}`, role: "backend-developer", day: i % 3 })),
    ...[0, 1].map((i) => ({ user: `w2-${i}`, role: "backend-developer", day: 8 + i })),
    ...[0, 1, 2].map((i) => ({ user: `de-${i}`, role: "data-engineer", day: 2 })),
  ];
  let key = 0;
  for (const { user, role, day } of learners)
    for (const [n, rating, status] of [
      [1, "AGAIN", "LEARNING"],
      [1, "GOOD", "MASTERED"],
      [2, "GOOD", "LEARNING"],
    ] as const)
      await q(
        `INSERT INTO progress.practice_event (user_id, question_id, role_id, rating, status_after, practiced_at, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          user,
          questionIdFor(role, n),
          roleIdFor(role),
          rating,
          status,
          new Date(Date.UTC(2026, 2, 2 + day, 9, key % 60)),
          `k${key++}`,
        ],
      );
  // the bookkeeping the weekly rollups kept (unchanged by the migration), and activity counting every practice
  for (const [table, select] of [
    [T.learner, fromEvents.learner()],
    [T.retention, fromEvents.retention(T.learner.name)],
    [T.learnerPeriod, fromEvents.learnerPeriod()],
    [T.learnerQuestion, fromEvents.learnerQuestion()],
    [T.learnerRole, fromEvents.learnerRole()],
    [T.roleWeek, fromEvents.roleWeek(T.learnerRole.name)],
  ] as const)
    await q(`INSERT INTO ${table.name} (${table.columns()}) SELECT ${table.columns()} FROM (${select}) rows`);
  await q(`
    INSERT INTO progress.analytics_activity (granularity, period, learners, practices)
    SELECT 'DAY', (practiced_at AT TIME ZONE 'UTC')::date, count(DISTINCT user_id), count(*) FROM progress.practice_event GROUP BY 2
    UNION ALL
    SELECT 'WEEK', date_trunc('week', (practiced_at AT TIME ZONE 'UTC')::date)::date, count(DISTINCT user_id), count(*)
    FROM progress.practice_event GROUP BY 2`);

  const runner = db.dataSource.createQueryRunner();
  try {
    await new AnalyticsCells1796083200000().up(runner);
  } finally {
    await runner.release();
  }
  const migrated = await contents((sql) => q(sql));
  expect(migrated[T.cell.name]).toHaveLength(6); // 2 questions × (2 backend weeks + 1 data-engineer week)
  expect(migrated[T.unpublishedDay.name].length).toBeGreaterThan(0);

  const check = db.dataSource.createQueryRunner();
  await check.startTransaction();
  try {
    await rebuildRollups(check.manager);
    expect(migrated).toEqual(await contents((sql) => check.query(sql)));
  } finally {
    await check.rollbackTransaction();
    await check.release();
  }
  const [week] = await q<{ practices: number }>(
    `SELECT practices FROM progress.analytics_activity WHERE granularity = 'WEEK' AND period = '2026-03-02'`,
  );
  expect(week.practices).toBe(6 * 3); // the 6 backend learners' cells only
});
