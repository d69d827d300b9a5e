import { rowsInKeyOrder, type Database } from "@careergraph/db";
import { isUuid } from "@careergraph/federation";
import { PROGRESS_COLUMNS } from "./question-progress.entity";
import { notStarted, toQuestionProgress, type QuestionProgress } from "./question-progress";

/** One learner's progress on these questions, in key order; never practised → NOT_STARTED. One statement. */
export async function fetchQuestionProgress(
  db: Database,
  userId: string,
  questionIds: readonly string[],
): Promise<QuestionProgress[]> {
  const valid = questionIds.filter(isUuid);
  const rows: QuestionProgress[] = valid.length
    ? await db.dataSource.query(
        `SELECT ${PROGRESS_COLUMNS} FROM progress.question_progress p WHERE p.user_id = $1 AND p.question_id = ANY($2::uuid[])`,
        [userId, valid],
      )
    : [];
  return rowsInKeyOrder(questionIds, rows.map(toQuestionProgress), (row) => row.questionId, notStarted);
}

/** The learner's questions due for review at `now`, earliest first. One statement. */
export async function fetchDueProgress(
  db: Database,
  userId: string,
  now: Date,
  limit: number,
): Promise<QuestionProgress[]> {
  const rows: QuestionProgress[] = await db.dataSource.query(
    `SELECT ${PROGRESS_COLUMNS} FROM progress.question_progress p
     WHERE p.user_id = $1 AND p.next_review_at <= $2
     ORDER BY p.next_review_at, p.question_id LIMIT $3`,
    [userId, now, limit],
  );
  return rows.map(toQuestionProgress);
}
