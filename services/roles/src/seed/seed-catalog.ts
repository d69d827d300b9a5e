import { invalidateContent } from "@careergraph/cache";
import {
  questionIdFor,
  roleIdFor,
  rolePacks,
  topics,
  type RolePack,
  type TopicContent,
} from "@careergraph/content";
import type { SubgraphDeps } from "@careergraph/service";
import type { EntityManager } from "typeorm";
import { catalogKeys } from "../cache-keys";

/**
 * Loads the content pack's roles, questions and topics. Idempotent: rows are upserted only where
 * they differ, so a second run changes nothing (no version bump, no new timestamp).
 */
export async function seedCatalog(
  deps: SubgraphDeps,
  packs: RolePack[] = rolePacks,
  topicList: TopicContent[] = topics,
) {
  await deps.db.dataSource.transaction((tx) => writeCatalog(tx, packs, topicList));
  await invalidateContent(deps.cache, catalogChangeOf(packs, topicList).cacheKeys);
}

/** Upserts a pack's topics, roles and questions in the caller's transaction; `onRole` after each role. */
export async function writeCatalog(
  tx: EntityManager,
  packs: RolePack[],
  topicList: TopicContent[],
  onRole: () => void = () => undefined,
): Promise<void> {
  await upsertTopics(tx, topicList);
  for (const pack of packs) {
    await upsertRole(tx, pack);
    await upsertQuestions(tx, pack);
    onRole();
  }
}

/** What loading these packs may have changed: this subgraph's entries, and the pack's questions. */
export function catalogChangeOf(packs: RolePack[], topicList: TopicContent[]) {
  const questionIds = packs.flatMap((pack) => pack.questions.map((_, i) => questionIdFor(pack.slug, i + 1)));
  return {
    cacheKeys: [
      catalogKeys.rolePages(),
      ...topicList.map((t) => catalogKeys.topicBySlug(t.slug)),
      ...packs.flatMap((pack) => {
        const roleId = roleIdFor(pack.slug);
        return [
          catalogKeys.roleById(roleId),
          catalogKeys.roleBySlug(pack.slug),
          catalogKeys.questionPagesOfRole(roleId),
        ];
      }),
      ...questionIds.map((id) => catalogKeys.questionById(id)),
    ],
    questionIds,
  };
}

async function upsertTopics(tx: EntityManager, topicList: TopicContent[]) {
  await tx.query(
    `INSERT INTO roles.topic (slug, name) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name WHERE roles.topic.name IS DISTINCT FROM EXCLUDED.name`,
    [topicList.map((t) => t.slug), topicList.map((t) => t.name)],
  );
}

async function upsertRole(tx: EntityManager, pack: RolePack) {
  await tx.query(
    `INSERT INTO roles.role AS r (id, slug, title, summary, status) VALUES ($1, $2, $3, $4, 'PUBLISHED')
     ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
       status = 'PUBLISHED', version = r.version + 1, updated_at = now()
     WHERE (r.slug, r.title, r.summary, r.status) IS DISTINCT FROM (EXCLUDED.slug, EXCLUDED.title, EXCLUDED.summary, EXCLUDED.status)`,
    [roleIdFor(pack.slug), pack.slug, pack.title, pack.summary],
  );
}

async function upsertQuestions(tx: EntityManager, pack: RolePack) {
  const roleId = roleIdFor(pack.slug);
  const ids = pack.questions.map((_, i) => questionIdFor(pack.slug, i + 1));
  await tx.query(`SET CONSTRAINTS roles.question_role_position_unique DEFERRED`);
  await tx.query(
    `INSERT INTO roles.question AS q (id, role_id, position, prompt, answer_tip, type, status)
     SELECT id, $1::uuid, position, prompt, tip, type::roles.question_type, 'PUBLISHED'
     FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[]) AS t(id, position, prompt, tip, type)
     ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, prompt = EXCLUDED.prompt, answer_tip = EXCLUDED.answer_tip,
       type = EXCLUDED.type, status = 'PUBLISHED', version = q.version + 1, updated_at = now()
     WHERE (q.position, q.prompt, q.answer_tip, q.type, q.status)
       IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.prompt, EXCLUDED.answer_tip, EXCLUDED.type, EXCLUDED.status)`,
    [
      roleId,
      ids,
      pack.questions.map((_, i) => i + 1),
      pack.questions.map((q) => q.prompt),
      pack.questions.map((q) => q.answerTip),
      pack.questions.map((q) => q.type),
    ],
  );
  const pairs = pack.questions.flatMap((q, i) => q.topics.map((slug) => [ids[i], slug] as const));
  await tx.query(
    `DELETE FROM roles.question_topic qt WHERE qt.question_id = ANY($1::uuid[])
       AND (qt.question_id, qt.topic_slug) NOT IN (SELECT * FROM unnest($2::uuid[], $3::text[]))`,
    [ids, pairs.map(([id]) => id), pairs.map(([, slug]) => slug)],
  );
  await tx.query(
    `INSERT INTO roles.question_topic (question_id, topic_slug) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [pairs.map(([id]) => id), pairs.map(([, slug]) => slug)],
  );
}

/** True when the catalog has no roles at all. */
export async function isCatalogEmpty({ db }: SubgraphDeps): Promise<boolean> {
  const [row]: { empty: boolean }[] = await db.dataSource.query(
    `SELECT NOT EXISTS (SELECT 1 FROM roles.role) AS empty`,
  );
  return row.empty;
}
