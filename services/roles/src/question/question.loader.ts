import { isPublishedOnly } from "@careergraph/authoring";
import { batchLoad, oneRowPerKey, rowsPerKey, type Reads } from "@careergraph/db";
import { emptyPage, isSlug, isUuid, pagesFromRows, type Page, type PagedRow } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../cache-keys";
import { ContentStatus, type QuestionType } from "../enums";
import { Topic } from "../topic/topic.entity";
import { type Question } from "./question.entity";
import { questionColumns, selectQuestionsById } from "./question.rows";

/**
 * A page of a role's published questions in page order, optionally of one type or topic. A page of
 * `first: 0` without filters is how `questionCount` is read: its total, counted in the same statement.
 */
export interface QuestionPageKey {
  roleId: string;
  first: number;
  afterPosition: number | null;
  /** The cursor as the client sent it: an empty page hands it back. */
  after: string | null;
  type: QuestionType | null;
  topic: string | null;
  /** Readers see PUBLISHED only; editors may ask for drafts and archived questions too. */
  statuses: ContentStatus[];
}

export const PUBLISHED_ONLY: ContentStatus[] = [ContentStatus.PUBLISHED];

/** The count-only page behind `Role.questionCount`: published questions. */
export function questionCountKey(roleId: string): QuestionPageKey {
  return {
    roleId,
    first: 0,
    afterPosition: null,
    after: null,
    type: null,
    topic: null,
    statuses: PUBLISHED_ONLY,
  };
}

/** Published questions by id, pages of a role's questions, and the topics a role's questions cover. */
export function questionBatches({ db, cache, config }: SubgraphDeps) {
  const ttlSeconds = config.cache.ttlSeconds;
  const columns = questionColumns(db);

  return {
    questionById: oneRowPerKey<string, Question>({
      validKey: isUuid,
      select: (ids) => selectQuestionsById(db.reads, db, ids, { published: true }),
      keyOf: (question) => question.id,
      cached: { cache, address: catalogKeys.questionById, ttlSeconds },
    }),
    questionPage: batchLoad<QuestionPageKey, Page<Question>>({
      missing: emptyPage(),
      validKey: (page) => isPublishedOnly(page.statuses) && validPage(page),
      fetch: (pages) => fetchQuestionPages(db.reads, columns, pages),
      cached: { cache, address: catalogKeys.questionPage, ttlSeconds },
    }),
    /** Editors' pages with drafts or archived questions: never cached, always current. */
    questionPageForEditors: batchLoad<QuestionPageKey, Page<Question>>({
      missing: emptyPage(),
      validKey: validPage,
      fetch: (pages) => fetchQuestionPages(db.dataSource, columns, pages),
    }),
    topicsOfRole: rowsPerKey<string, Topic & { roleId: string }>({
      validKey: isUuid,
      select: (roleIds) =>
        db.reads.query(
          `SELECT DISTINCT q.role_id AS "roleId", ${db.columns(Topic, "t")}
           FROM roles.question q JOIN roles.question_topic qt ON qt.question_id = q.id JOIN roles.topic t ON t.slug = qt.topic_slug
           WHERE q.role_id = ANY($1::uuid[]) AND q.status = 'PUBLISHED' ORDER BY "name"`,
          [roleIds],
        ),
      keyOf: (topic) => topic.roleId,
      cached: { cache, address: catalogKeys.topicsOfRole, ttlSeconds },
    }),
  };
}

const validPage = (page: QuestionPageKey) =>
  isUuid(page.roleId) && (page.topic === null || isSlug(page.topic));

/**
 * Every page of the batch (every role of a list) in one statement: page plus one, and its total.
 * Readers' pages come from `db.reads` (a replica), editors' from the primary.
 */
async function fetchQuestionPages(
  db: Reads,
  columns: string,
  pages: readonly QuestionPageKey[],
): Promise<Page<Question>[]> {
  const rows: PagedRow<Question>[] = await db.query(
    `WITH k AS (
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::roles.question_type[], $5::text[], $6::text[])
         WITH ORDINALITY AS k(role_id, after_position, row_limit, type, topic, statuses, request)
     ), matching AS (
       SELECT k.request, q.id, q.position FROM k JOIN roles.question q ON q.role_id = k.role_id
       WHERE q.status::text = ANY(string_to_array(k.statuses, ',')) AND (k.type IS NULL OR q.type = k.type)
         AND (k.topic IS NULL OR EXISTS (
           SELECT 1 FROM roles.question_topic qt WHERE qt.question_id = q.id AND qt.topic_slug = k.topic))
     )
     SELECT k.request::text AS request, (SELECT count(*) FROM matching m WHERE m.request = k.request)::int AS total, p.*
     FROM k LEFT JOIN LATERAL (
       SELECT ${columns} FROM matching m JOIN roles.question q ON q.id = m.id
       WHERE m.request = k.request AND (k.after_position IS NULL OR m.position > k.after_position)
       ORDER BY m.position LIMIT k.row_limit
     ) p ON true
     ORDER BY k.request, p.position`,
    [
      pages.map((p) => p.roleId),
      pages.map((p) => p.afterPosition),
      pages.map((p) => p.first + 1),
      pages.map((p) => p.type),
      pages.map((p) => p.topic),
      pages.map((p) => p.statuses.join(",")),
    ],
  );
  return pagesFromRows(pages, rows, { kind: "question", keyOf: (question) => [question.position] });
}
