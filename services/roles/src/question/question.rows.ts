import type { EntityManager } from "typeorm";
import type { Database } from "@careergraph/db";
import { Question } from "./question.entity";

/** What runs a statement: the data source (reads) or a transaction's manager (writes). */
type Runner = Pick<EntityManager, "query">;

/** A question row's select list on `roles.question q`, with its topic slugs (a read-model field). */
export function questionColumns(db: Database): string {
  return `${db.columns(Question, "q")},
    ARRAY(SELECT qt.topic_slug FROM roles.question_topic qt WHERE qt.question_id = q.id ORDER BY qt.topic_slug) AS "topicSlugs"`;
}

/** Questions by id in any status; readers' loaders add `published`, which also needs a published role. */
export function selectQuestionsById(
  runner: Runner,
  db: Database,
  ids: readonly string[],
  { published }: { published: boolean },
): Promise<Question[]> {
  return runner.query(
    published
      ? `SELECT ${questionColumns(db)} FROM roles.question q JOIN roles.role r ON r.id = q.role_id
         WHERE q.id = ANY($1::uuid[]) AND q.status = 'PUBLISHED' AND r.status = 'PUBLISHED'`
      : `SELECT ${questionColumns(db)} FROM roles.question q WHERE q.id = ANY($1::uuid[])`,
    [ids],
  );
}
