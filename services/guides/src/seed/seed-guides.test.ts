import { roleIdFor, rolePacks } from "@careergraph/content";
import type { RunningSubgraph } from "@careergraph/service";
import { startTestSubgraph } from "@careergraph/testing";
import { guidesSubgraph } from "../definition";
import { seedGuides } from "./seed-guides";

let guides: RunningSubgraph;
beforeAll(async () => {
  guides = await startTestSubgraph(guidesSubgraph);
});
afterAll(() => guides.stop());

const snapshot = (): Promise<{ kind: string; key: string }[]> =>
  guides.deps.db.dataSource.query(
    `SELECT 'guide' AS kind, role_id::text AS key, version, updated_at FROM guides.interview_guide
     UNION ALL SELECT 'career', role_id::text, version, updated_at FROM guides.career_guide
     UNION ALL SELECT 'path', slug, position, updated_at FROM guides.learning_path
     UNION ALL SELECT 'related', role_id || '>' || related_role_id, position, NULL FROM guides.related_guide
     UNION ALL SELECT 'path-role', path_slug || '>' || role_id, position, NULL FROM guides.learning_path_role
     ORDER BY 1, 2`,
  );

describe("seeding the guides", () => {
  it("loads a guide, a career guide and four related guides per role, and a second run changes nothing", async () => {
    await seedGuides(guides.deps);
    const first = await snapshot();
    const kinds: Record<string, number> = {};
    for (const row of first) kinds[row.kind] = (kinds[row.kind] ?? 0) + 1;
    expect(kinds).toMatchObject({
      guide: rolePacks.length,
      career: rolePacks.length,
      related: rolePacks.length * 4,
    });
    expect(kinds.path).toBeGreaterThanOrEqual(2);
    await seedGuides(guides.deps);
    expect(await snapshot()).toEqual(first);
  });

  it("reorders related guides when the pack does", async () => {
    const [backend, ...others] = rolePacks;
    const reordered = [{ ...backend, relatedRoleSlugs: [...backend.relatedRoleSlugs].reverse() }, ...others];
    await seedGuides(guides.deps, reordered);
    const related = async () => {
      const rows: { id: string }[] = await guides.deps.db.dataSource.query(
        `SELECT related_role_id AS id FROM guides.related_guide WHERE role_id = $1 ORDER BY position`,
        [roleIdFor(backend.slug)],
      );
      return rows.map((row) => row.id);
    };
    expect(await related()).toEqual([...backend.relatedRoleSlugs].reverse().map(roleIdFor));
    await seedGuides(guides.deps);
    expect(await related()).toEqual(backend.relatedRoleSlugs.map(roleIdFor));
  });
});
