import { rolePacks } from "@careergraph/content";
import type { RunningSubgraph } from "@careergraph/service";
import { startTestSubgraph } from "@careergraph/testing";
import { rolesSubgraph } from "../definition";
import { seedCatalog } from "./seed-catalog";

let roles: RunningSubgraph;
beforeAll(async () => {
  roles = await startTestSubgraph(rolesSubgraph);
});
afterAll(() => roles.stop());

const snapshot = () =>
  roles.deps.db.dataSource.query(
    `SELECT 'role' AS kind, id::text, version, updated_at FROM roles.role
     UNION ALL SELECT 'question', id::text, version, updated_at FROM roles.question
     UNION ALL SELECT 'topic', slug || ':' || name, 0, NULL FROM roles.topic
     UNION ALL SELECT 'tag', question_id || ':' || topic_slug, 0, NULL FROM roles.question_topic
     ORDER BY 1, 2`,
  );

describe("seeding the catalog", () => {
  it("loads every role of the pack with its questions, and a second run changes nothing", async () => {
    await seedCatalog(roles.deps);
    const first = await snapshot();
    const [counts]: { roles: number; questions: number }[] = await roles.deps.db.dataSource.query(
      `SELECT (SELECT count(*) FROM roles.role)::int AS roles, (SELECT count(*) FROM roles.question WHERE status = 'PUBLISHED')::int AS questions`,
    );
    expect(counts).toEqual({
      roles: rolePacks.length,
      questions: rolePacks.reduce((n, pack) => n + pack.questions.length, 0),
    });
    await seedCatalog(roles.deps);
    expect(await snapshot()).toEqual(first);
  });

  it("updates only what changed in the pack, bumping that row's version", async () => {
    const edited = rolePacks.map((pack, i) =>
      i === 0
        ? {
            ...pack,
            questions: pack.questions.map((q, j) =>
              j === 0 ? { ...q, answerTip: `${q.answerTip} Edited.` } : q,
            ),
          }
        : pack,
    );
    await seedCatalog(roles.deps, edited);
    const rows: { prompt: string; answer_tip: string; version: number }[] =
      await roles.deps.db.dataSource.query(
        `SELECT prompt, answer_tip, version FROM roles.question WHERE version > 1`,
      );
    expect(rows).toEqual([
      {
        prompt: rolePacks[0].questions[0].prompt,
        answer_tip: `${rolePacks[0].questions[0].answerTip} Edited.`,
        version: 2,
      },
    ]);
    await seedCatalog(roles.deps);
  });
});
