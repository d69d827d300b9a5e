import { openDatabase, type Database } from "@careergraph/db";
import { createTestDatabase, type TestDatabase } from "@careergraph/testing";
import { guidesSubgraph } from "../definition";
import { CreateGuides1767225600000 } from "./1767225600000-create-guides";
import { GuidesAuthoring1767484800000 } from "./1767484800000-guides-authoring";

/** Guides written before authoring existed stay in front of readers: published, at their version. */
let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase("guides_migration");
  db = await openDatabase({
    schema: guidesSubgraph.dbSchema,
    url: database.url,
    poolSize: 2,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 60000,
    dataDir: null,
    entities: guidesSubgraph.entities,
    migrations: [CreateGuides1767225600000],
  });
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

const ROLE = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";

it("publishes the guides that exist, keeps their versions, and starts new guides as drafts", async () => {
  const q = (sql: string, params: unknown[] = []) =>
    db.dataSource.query<Record<string, unknown>[]>(sql, params);
  await q(`INSERT INTO guides.interview_guide (role_id, headline, intro, version) VALUES ($1, 'H', 'I', 3)`, [
    ROLE,
  ]);
  await q(`INSERT INTO guides.career_guide (role_id, slug, title, summary) VALUES ($1, 'c', 'T', 'S')`, [
    ROLE,
  ]);
  await q(`INSERT INTO guides.related_guide (role_id, related_role_id, position) VALUES ($1, $2, 1)`, [
    ROLE,
    OTHER,
  ]);
  await q(`INSERT INTO guides.learning_path (slug, title, description, position) VALUES ('p', 'P', 'D', 1)`);

  const runner = db.dataSource.createQueryRunner();
  try {
    await new GuidesAuthoring1767484800000().up(runner);
  } finally {
    await runner.release();
  }

  expect(
    await q(
      `SELECT 'guide' AS kind, status, version FROM guides.interview_guide
       UNION ALL SELECT 'career', status, version FROM guides.career_guide
       UNION ALL SELECT 'list', status, version FROM guides.related_guide_list
       UNION ALL SELECT 'path', status, version FROM guides.learning_path ORDER BY 1`,
    ),
  ).toEqual([
    { kind: "career", status: "PUBLISHED", version: 1 },
    { kind: "guide", status: "PUBLISHED", version: 3 },
    { kind: "list", status: "PUBLISHED", version: 1 },
    { kind: "path", status: "PUBLISHED", version: 1 },
  ]);
  await q(`INSERT INTO guides.interview_guide (role_id, headline, intro) VALUES ($1, 'H', 'I')`, [OTHER]);
  expect(await q(`SELECT status FROM guides.interview_guide WHERE role_id = $1`, [OTHER])).toEqual([
    { status: "DRAFT" },
  ]);
  // a related guide belongs to a list
  await expect(
    q(`INSERT INTO guides.related_guide (role_id, related_role_id, position) VALUES ($1, $2, 1)`, [
      OTHER,
      ROLE,
    ]),
  ).rejects.toThrow(/related_guide_list_fk/);
});
