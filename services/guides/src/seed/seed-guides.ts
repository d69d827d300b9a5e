import { invalidateContent } from "@careergraph/cache";
import {
  learningPaths,
  roleIdFor,
  rolePacks,
  type LearningPathContent,
  type RolePack,
} from "@careergraph/content";
import type { SubgraphDeps } from "@careergraph/service";
import type { EntityManager } from "typeorm";
import { guideKeys } from "../cache-keys";

/**
 * Loads the pack's interview guides, related guides, career guides and learning paths, published.
 * Idempotent: rows are written only where they differ, so a second run changes nothing (and a
 * guide's status, which editors own, is set only when it is created).
 */
export async function seedGuides(
  deps: SubgraphDeps,
  packs: RolePack[] = rolePacks,
  paths: LearningPathContent[] = learningPaths,
) {
  await deps.db.dataSource.transaction((tx) => writeGuides(tx, packs, paths));
  await invalidateContent(deps.cache, guideKeysOf(packs));
}

/** Writes a pack's guides in the caller's transaction; `onRole` after each role. */
export async function writeGuides(
  tx: EntityManager,
  packs: RolePack[],
  paths: LearningPathContent[],
  onRole: () => void = () => undefined,
): Promise<void> {
  for (const pack of packs) {
    await upsertInterviewGuide(tx, pack);
    await replaceRelatedGuides(tx, pack);
    await upsertCareerGuide(tx, pack);
    onRole();
  }
  await upsertLearningPaths(tx, paths);
}

/** The guides subgraph's entries that loading these packs may have changed. */
export function guideKeysOf(packs: RolePack[]): string[] {
  return [
    guideKeys.learningPaths(),
    ...packs.flatMap((pack) => {
      const roleId = roleIdFor(pack.slug);
      return [
        guideKeys.guideOfRole(roleId),
        guideKeys.relatedOfRole(roleId),
        guideKeys.careerGuideOfRole(roleId),
      ];
    }),
  ];
}

async function upsertInterviewGuide(tx: EntityManager, pack: RolePack) {
  const g = pack.guide;
  await tx.query(
    `INSERT INTO guides.interview_guide AS g
       (role_id, headline, intro, preparation_tips, common_mistakes, interviewer_focus, smart_questions, faqs, status)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::text[], $7::text[], $8::jsonb, 'PUBLISHED')
     ON CONFLICT (role_id) DO UPDATE SET headline = EXCLUDED.headline, intro = EXCLUDED.intro,
       preparation_tips = EXCLUDED.preparation_tips, common_mistakes = EXCLUDED.common_mistakes,
       interviewer_focus = EXCLUDED.interviewer_focus, smart_questions = EXCLUDED.smart_questions, faqs = EXCLUDED.faqs,
       version = g.version + 1, updated_at = now()
     WHERE (g.headline, g.intro, g.preparation_tips, g.common_mistakes, g.interviewer_focus, g.smart_questions, g.faqs)
       IS DISTINCT FROM (EXCLUDED.headline, EXCLUDED.intro, EXCLUDED.preparation_tips, EXCLUDED.common_mistakes,
         EXCLUDED.interviewer_focus, EXCLUDED.smart_questions, EXCLUDED.faqs)`,
    [
      roleIdFor(pack.slug),
      g.headline,
      g.intro,
      JSON.stringify(g.preparationTips),
      JSON.stringify(g.commonMistakes),
      g.interviewerFocus,
      g.smartQuestions,
      JSON.stringify(g.faqs),
    ],
  );
}

async function replaceRelatedGuides(tx: EntityManager, pack: RolePack) {
  const roleId = roleIdFor(pack.slug);
  const relatedIds = pack.relatedRoleSlugs.map(roleIdFor);
  const positions = relatedIds.map((_, i) => i + 1);
  await tx.query(
    `INSERT INTO guides.related_guide_list (role_id, status) VALUES ($1, 'PUBLISHED') ON CONFLICT DO NOTHING`,
    [roleId],
  );
  await tx.query(
    `DELETE FROM guides.related_guide WHERE role_id = $1
       AND (related_role_id, position) NOT IN (SELECT * FROM unnest($2::uuid[], $3::int[]))`,
    [roleId, relatedIds, positions],
  );
  await tx.query(
    `INSERT INTO guides.related_guide (role_id, related_role_id, position)
     SELECT $1, id, position FROM unnest($2::uuid[], $3::int[]) AS t(id, position) ON CONFLICT DO NOTHING`,
    [roleId, relatedIds, positions],
  );
}

async function upsertCareerGuide(tx: EntityManager, pack: RolePack) {
  const c = pack.careerGuide;
  await tx.query(
    `INSERT INTO guides.career_guide AS c (role_id, slug, title, summary, sections, status)
     VALUES ($1, $2, $3, $4, $5::jsonb, 'PUBLISHED')
     ON CONFLICT (role_id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
       sections = EXCLUDED.sections, version = c.version + 1, updated_at = now()
     WHERE (c.slug, c.title, c.summary, c.sections) IS DISTINCT FROM (EXCLUDED.slug, EXCLUDED.title, EXCLUDED.summary, EXCLUDED.sections)`,
    [roleIdFor(pack.slug), c.slug, c.title, c.summary, JSON.stringify(c.sections)],
  );
}

async function upsertLearningPaths(tx: EntityManager, paths: LearningPathContent[]) {
  for (const [index, path] of paths.entries()) {
    await tx.query(
      `INSERT INTO guides.learning_path AS p (slug, title, description, position, status)
       VALUES ($1, $2, $3, $4, 'PUBLISHED')
       ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
         position = EXCLUDED.position, version = p.version + 1, updated_at = now()
       WHERE (p.title, p.description, p.position) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.position)`,
      [path.slug, path.title, path.description, index + 1],
    );
    const roleIds = path.roleSlugs.map(roleIdFor);
    const positions = roleIds.map((_, i) => i + 1);
    await tx.query(
      `DELETE FROM guides.learning_path_role WHERE path_slug = $1
         AND (role_id, position) NOT IN (SELECT * FROM unnest($2::uuid[], $3::int[]))`,
      [path.slug, roleIds, positions],
    );
    await tx.query(
      `INSERT INTO guides.learning_path_role (path_slug, role_id, position)
       SELECT $1, id, position FROM unnest($2::uuid[], $3::int[]) AS t(id, position) ON CONFLICT DO NOTHING`,
      [path.slug, roleIds, positions],
    );
  }
}

export async function isGuidesEmpty({ db }: SubgraphDeps): Promise<boolean> {
  const [row]: { empty: boolean }[] = await db.dataSource.query(
    `SELECT NOT EXISTS (SELECT 1 FROM guides.interview_guide) AND NOT EXISTS (SELECT 1 FROM guides.learning_path) AS empty`,
  );
  return row.empty;
}
