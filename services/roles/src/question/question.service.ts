import { invalidateContent } from "@careergraph/cache";
import type { SubgraphDeps } from "@careergraph/service";
import { badInput, isUuid, notFound } from "@careergraph/federation";
import { catalogKeys } from "../cache-keys";
import { QuestionType, type ContentStatus } from "../enums";
import { Question } from "./question.entity";

export interface NewQuestion {
  roleId: string;
  prompt: string;
  answerTip: string;
  type: QuestionType;
  topics: string[];
  status: ContentStatus;
}

/** Writes to questions. Every write commits first and then invalidates the cache keys it affects. */
export class QuestionService {
  constructor(private readonly deps: SubgraphDeps) {}

  /** Appends a question at the end of its role's page. */
  async create(input: NewQuestion): Promise<Question> {
    validateNewQuestion(input);
    if (!isUuid(input.roleId)) throw notFound("role", input.roleId);
    const question = await this.deps.db.dataSource.transaction(async (tx) => {
      const [role]: { id: string }[] = await tx.query(`SELECT id FROM roles.role WHERE id = $1 FOR UPDATE`, [
        input.roleId,
      ]);
      if (!role) throw notFound("role", input.roleId);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO roles.question (role_id, position, prompt, answer_tip, type, status)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5 FROM roles.question WHERE role_id = $1
         RETURNING id`,
        [input.roleId, input.prompt.trim(), input.answerTip.trim(), input.type, input.status],
      );
      if (input.topics.length > 0) {
        await tx.query(
          `INSERT INTO roles.question_topic (question_id, topic_slug) SELECT $1, slug FROM unnest($2::text[]) AS slug`,
          [id, input.topics],
        );
      }
      const [row]: Question[] = await tx.query(
        `SELECT ${this.deps.db.columns(Question, "q")} FROM roles.question q WHERE q.id = $1`,
        [id],
      );
      return row;
    });
    await this.invalidate(question);
    return question;
  }

  /** Publishes, unpublishes or archives a question. */
  async setStatus(id: string, status: ContentStatus): Promise<Question> {
    if (!isUuid(id)) throw notFound("question", id);
    const [row]: Question[] = await this.deps.db.dataSource.query(
      `WITH updated AS (
         UPDATE roles.question q SET status = $2, version = version + 1, updated_at = now() WHERE q.id = $1
         RETURNING ${this.deps.db.columns(Question, "q")}
       )
       SELECT * FROM updated`,
      [id, status],
    );
    if (!row) throw notFound("question", id);
    await this.invalidate(row);
    return row;
  }

  private async invalidate(question: Question): Promise<void> {
    await invalidateContent(this.deps.cache, [
      catalogKeys.questionById(question.id),
      catalogKeys.questionPagesOfRole(question.roleId),
    ]);
  }
}

function validateNewQuestion(input: NewQuestion): void {
  if (input.prompt.trim().length === 0 || input.prompt.length > 2000)
    throw badInput("prompt", "must be 1 to 2000 characters");
  if (input.answerTip.trim().length === 0 || input.answerTip.length > 5000) {
    throw badInput("answerTip", "must be 1 to 5000 characters");
  }
  if (!Object.values(QuestionType).includes(input.type))
    throw badInput("type", "must be BEHAVIORAL, TECHNICAL or SITUATIONAL");
}
