import { rowsGroupedByKey, rowsInKeyOrder } from "@careergraph/db";
import { readThrough } from "@careergraph/cache";
import { isUuid } from "@careergraph/federation";
import type { SubgraphDeps } from "@careergraph/service";
import { catalogKeys } from "../catalog/cache-keys";
import type { Question } from "./question.entity";

export const QUESTION_COLUMNS = `q.id, q.role_id AS "roleId", q.position, q.prompt, q.answer_tip AS "answerTip", q.type,
  q.status, q.version, q.created_at AS "createdAt", q.updated_at AS "updatedAt",
  ARRAY(SELECT qt.topic_slug FROM roles.question_topic qt WHERE qt.question_id = q.id ORDER BY qt.topic_slug) AS "topicSlugs"`;

/** Published questions of published roles, by id, in key order. */
async function fetchQuestionsById(
  { db }: SubgraphDeps,
  ids: readonly string[],
): Promise<(Question | null)[]> {
  const valid = ids.filter(isUuid);
  const rows: Question[] = valid.length
    ? await db.dataSource.query(
        `SELECT ${QUESTION_COLUMNS} FROM roles.question q JOIN roles.role r ON r.id = q.role_id
         WHERE q.id = ANY($1::uuid[]) AND q.status = 'PUBLISHED' AND r.status = 'PUBLISHED'`,
        [valid],
      )
    : [];
  return rowsInKeyOrder(
    ids,
    rows,
    (row) => row.id,
    () => null,
  );
}

/** Each role's published questions in page order: one statement for all the roles of a batch. */
async function fetchQuestionsOfRoles(
  { db }: SubgraphDeps,
  roleIds: readonly string[],
): Promise<Question[][]> {
  const valid = roleIds.filter(isUuid);
  const rows: Question[] = valid.length
    ? await db.dataSource.query(
        `SELECT ${QUESTION_COLUMNS} FROM roles.question q
         WHERE q.role_id = ANY($1::uuid[]) AND q.status = 'PUBLISHED' ORDER BY q.role_id, q.position`,
        [valid],
      )
    : [];
  return rowsGroupedByKey(roleIds, rows, (row) => row.roleId);
}

export function createQuestionBatches(deps: SubgraphDeps) {
  const ttlSeconds = deps.config.cache.ttlSeconds;
  return {
    questionById: readThrough<string, Question>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: catalogKeys.questionById,
      fetch: (ids) => fetchQuestionsById(deps, ids),
      ttlSeconds,
    }),
    questionsOfRole: readThrough<string, Question[]>({
      cache: deps.cache,
      isPossibleKey: isUuid,
      cacheKeyOf: catalogKeys.questionsOfRole,
      fetch: (roleIds) => fetchQuestionsOfRoles(deps, roleIds),
      ttlSeconds,
    }),
  };
}

export type QuestionBatches = ReturnType<typeof createQuestionBatches>;
