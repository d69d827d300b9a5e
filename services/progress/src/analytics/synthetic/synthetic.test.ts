import { openDatabase, type Database } from "@careergraph/db";
import { createTestDatabase, type TestDatabase } from "@careergraph/testing";
import { progressSubgraph } from "../../definition";
import { loadSyntheticPractice } from "./synthetic";
import { parseSyntheticArgs } from "./synthetic-options";

const END = new Date("2026-11-01T00:00:00.000Z");
const opened: { db: Database; database: TestDatabase }[] = [];

async function freshDatabase(): Promise<Database> {
  const database = await createTestDatabase("progress_synthetic");
  const db = await openDatabase({
    schema: progressSubgraph.dbSchema,
    url: database.url,
    poolSize: 2,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 60000,
    dataDir: null,
    entities: progressSubgraph.entities,
    migrations: progressSubgraph.migrations,
  });
  opened.push({ db, database });
  return db;
}

afterAll(async () => {
  for (const { db, database } of opened) {
    await db.close();
    await database.drop();
  }
});

const events = (db: Database) =>
  db.dataSource.query<
    { user_id: string; question_id: string; rating: string; status_after: string; at: string }[]
  >(
    `SELECT user_id, question_id, rating, status_after, practiced_at::text AS at FROM progress.practice_event ORDER BY seq`,
  );

describe("the synthetic load", () => {
  it("is reproducible from its seed, gives every learner an event, and differs with another seed", async () => {
    const options = { learners: 40, events: 1500, seed: 7, endDate: END, progressBar: false };
    const [first, second, other] = [await freshDatabase(), await freshDatabase(), await freshDatabase()];
    const report = await loadSyntheticPractice(first, options);
    await loadSyntheticPractice(second, options);
    await loadSyntheticPractice(other, { ...options, seed: 8 });
    const [a, b, c] = [await events(first), await events(second), await events(other)];
    expect(report).toMatchObject({ events: 1500, learners: 40 });
    expect(a).toHaveLength(1500);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(new Set(a.map((event) => event.user_id)).size).toBe(40);
    expect(a.every((event) => event.at <= "2026-11-01 00:00:00+00")).toBe(true);
    // every practice is in activity (its cell published) or held for its cell (not yet published)
    const [rollups] = await first.dataSource.query<{ practices: number }[]>(
      `SELECT (SELECT coalesce(sum(practices), 0) FROM progress.analytics_activity WHERE granularity = 'DAY')
         + (SELECT coalesce(sum(practices), 0) FROM progress.analytics_unpublished_day) AS practices`,
    );
    expect(Number(rollups.practices)).toBe(1500);
  });

  it("reads --learners, --events and --seed, and names a bad one", () => {
    const defaults = { learners: 10_000, events: 1_000_000, seed: 1 };
    expect(parseSyntheticArgs(["--learners", "5", "--events", "0"], defaults)).toEqual({
      learners: 5,
      events: 0,
      seed: 1,
    });
    expect(() => parseSyntheticArgs(["--learners", "0"], defaults)).toThrow("--learners");
    expect(() => parseSyntheticArgs(["--events", "1.5"], defaults)).toThrow("--events");
  });
});
