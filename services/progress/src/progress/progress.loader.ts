import { batchLoad, oneRowPerKey, rowsGroupedByKey } from "@careergraph/db";
import { isUuid } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import type { Clock } from "../clock";
import { toQuestionProgress, type QuestionProgress } from "./question-progress";
import { QuestionProgressRecord } from "./question-progress.entity";

/** One learner's progress on one question. */
export interface ProgressKey {
  userId: string;
  questionId: string;
}

/** The first `first` of a learner's questions due for review now, earliest first. */
export interface DueKey {
  userId: string;
  first: number;
}

const progressKeyId = (key: ProgressKey) => `${key.userId}\u0000${key.questionId}`;

/** What a learner sees of a progress row, with whose it is. */
export type UserQuestionProgress = QuestionProgress & { userId: string };

const ofUser = (row: QuestionProgressRecord): UserQuestionProgress => ({
  ...toQuestionProgress(row),
  userId: row.userId,
});

/** Per-user reads of progress rows: never cached, since they are one user's data. */
export function progressBatches({ db }: SubgraphDeps, now: Clock) {
  const columns = db.columns(QuestionProgressRecord, "p");
  return {
    questionProgress: oneRowPerKey<ProgressKey, UserQuestionProgress>({
      validKey: (key) => isUuid(key.questionId),
      select: async (keys) => {
        const rows: QuestionProgressRecord[] = await db.dataSource.query(
          `SELECT ${columns} FROM progress.question_progress p
           WHERE (p.user_id, p.question_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
          [keys.map((k) => k.userId), keys.map((k) => k.questionId)],
        );
        return rows.map(ofUser);
      },
      keyOf: (row) => progressKeyId(row),
      keyId: progressKeyId,
    }),
    dueProgress: batchLoad<DueKey, UserQuestionProgress[]>({
      missing: [],
      fetch: async (keys) => {
        const rows: (QuestionProgressRecord & { request: string })[] = await db.dataSource.query(
          `SELECT k.request::text AS request, due.* FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(user_id, row_limit, request)
           CROSS JOIN LATERAL (
             SELECT ${columns} FROM progress.question_progress p
             WHERE p.user_id = k.user_id AND p.next_review_at <= $3
             ORDER BY p.next_review_at, p.question_id LIMIT k.row_limit
           ) due ORDER BY k.request`,
          [keys.map((k) => k.userId), keys.map((k) => k.first), now()],
        );
        const requests = keys.map((_, i) => String(i + 1));
        return rowsGroupedByKey(requests, rows, (row) => row.request).map((due) => due.map(ofUser));
      },
    }),
  };
}
