import type { EntityManager } from "typeorm";
import { CONTENT_LIMITS } from "@careergraph/content";
import { badInput, checkedText, isSlug, isUuid, notFound } from "@careergraph/schema";
import type { ContentOutbox, SubgraphDeps } from "@careergraph/service";
import { writeAuditEntry, type Editor, lockCurrentVersion, type VersionedEdit } from "@careergraph/authoring";
import { AUDIT_TABLE } from "../audit/audit-table";
import { catalogKeys } from "../cache-keys";
import { ContentStatus, QuestionType } from "../enums";
import { type Question } from "./question.entity";
import { questionColumns, selectQuestionsById } from "./question.rows";

const PROMPT_LENGTH = CONTENT_LIMITS.prompt;
const ANSWER_TIP_LENGTH = CONTENT_LIMITS.answerTip;
const MAX_TOPICS = CONTENT_LIMITS.topicsPerQuestion.max;

/** Writes done by the platform itself (the content pack, tests), not by an editor. */
const SYSTEM_EDITOR: Editor = { id: "system" };

export interface NewQuestion {
  roleId: string;
  prompt: string;
  answerTip: string;
  type: QuestionType;
  topics: string[];
  /** Its place among the role's questions (1..n+1); the end when omitted. */
  position?: number | null;
  /** New questions start as drafts; the platform's own writes may publish at once. */
  status?: ContentStatus;
}

export interface QuestionChanges extends VersionedEdit {
  prompt?: string | null;
  answerTip?: string | null;
  type?: QuestionType | null;
  topics?: string[] | null;
}

/** What the audit trail compares of a question. */
const AUDITED = ["roleId", "position", "prompt", "answerTip", "type", "status", "topicSlugs"] as const;

/**
 * Writes to questions. Positions are the editorial order of all of a role's questions, 1..n without
 * gaps; readers see the published ones in that order. Every write locks the role's row first, so that
 * writes to one role's order queue, commits with its audit entry, then invalidates what it changed.
 */
export class QuestionService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly outbox: ContentOutbox,
  ) {}

  async create(input: NewQuestion, editor: Editor = SYSTEM_EDITOR): Promise<Question> {
    const prompt = checkedText("prompt", input.prompt, PROMPT_LENGTH);
    const answerTip = checkedText("answerTip", input.answerTip, ANSWER_TIP_LENGTH);
    checkedType(input.type);
    const topics = checkedTopics(input.topics);
    if (!isUuid(input.roleId)) throw notFound("role", input.roleId);
    const question = await this.deps.db.dataSource.transaction(async (tx) => {
      const count = await lockRoleOrder(tx, input.roleId);
      await requireTopics(tx, topics);
      const position = input.position ?? count + 1;
      if (!Number.isInteger(position) || position < 1 || position > count + 1)
        throw badInput("position", `must be from 1 to ${count + 1}`);
      await shiftPositions(tx, input.roleId, { from: position, to: count, by: 1 });
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO roles.question (role_id, position, prompt, answer_tip, type, status)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.roleId, position, prompt, answerTip, input.type, input.status ?? ContentStatus.DRAFT],
      );
      await replaceTopics(tx, id, topics);
      const created = await this.read(tx, id);
      await writeAuditEntry(tx, AUDIT_TABLE, this.audit(editor, "createQuestion", null, created));
      await this.recordChange(tx, created, false);
      return created;
    });
    await this.outbox.deliver();
    return question;
  }

  /** Changes the fields given (omitted ones keep their value) at the version the editor read. */
  async update(changes: QuestionChanges, editor: Editor): Promise<Question> {
    const prompt = changes.prompt == null ? null : checkedText("prompt", changes.prompt, PROMPT_LENGTH);
    const answerTip =
      changes.answerTip == null ? null : checkedText("answerTip", changes.answerTip, ANSWER_TIP_LENGTH);
    if (changes.type != null) checkedType(changes.type);
    const topics = changes.topics == null ? null : checkedTopics(changes.topics);
    return this.edit(changes, editor, "updateQuestion", async (tx, before) => {
      if (topics) await requireTopics(tx, topics);
      await tx.query(
        `UPDATE roles.question SET prompt = coalesce($2, prompt), answer_tip = coalesce($3, answer_tip),
           type = coalesce($4::roles.question_type, type), version = version + 1, updated_at = now()
         WHERE id = $1`,
        [before.id, prompt, answerTip, changes.type ?? null],
      );
      if (topics) await replaceTopics(tx, before.id, topics);
    });
  }

  /** Moves a question to another place in its role's order; the questions between shift by one. */
  async move(edit: VersionedEdit & { position: number }, editor: Editor): Promise<Question> {
    return this.edit(edit, editor, "moveQuestion", async (tx, before) => {
      const count = await countQuestions(tx, before.roleId);
      if (!Number.isInteger(edit.position) || edit.position < 1 || edit.position > count)
        throw badInput("position", `must be from 1 to ${count}`);
      const from = before.position;
      const to = edit.position;
      if (from === to) return;
      if (to < from) await shiftPositions(tx, before.roleId, { from: to, to: from - 1, by: 1 });
      else await shiftPositions(tx, before.roleId, { from: from + 1, to, by: -1 });
      await tx.query(
        `UPDATE roles.question SET position = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [before.id, to],
      );
    });
  }

  /** Publishes or archives a question at the version the editor read. */
  changeStatus(
    edit: VersionedEdit,
    status: ContentStatus,
    editor: Editor,
    action: string,
  ): Promise<Question> {
    return this.edit(edit, editor, action, (tx, before) => setStatus(tx, before.id, status));
  }

  /** The platform's own status change (tests, fixtures): no version check. */
  async setStatus(id: string, status: ContentStatus): Promise<Question> {
    if (!isUuid(id)) throw notFound("question", id);
    const current = await this.deps.db.dataSource.transaction((tx) => this.read(tx, id));
    return this.changeStatus(
      { id, expectedVersion: current.version },
      status,
      SYSTEM_EDITOR,
      status === ContentStatus.PUBLISHED ? "publishQuestion" : "archiveQuestion",
    );
  }

  /**
   * The shape of every edit: lock the role's order and the question at the version the editor read,
   * apply the change, write the audit entry with what changed, commit, then invalidate.
   */
  private async edit(
    edit: VersionedEdit,
    editor: Editor,
    action: string,
    apply: (tx: EntityManager, before: Question) => Promise<void>,
  ): Promise<Question> {
    if (!isUuid(edit.id)) throw notFound("question", edit.id);
    const question = await this.deps.db.dataSource.transaction(async (tx) => {
      const [owner]: { roleId: string }[] = await tx.query(
        `SELECT role_id AS "roleId" FROM roles.question WHERE id = $1`,
        [edit.id],
      );
      if (!owner) throw notFound("question", edit.id);
      await lockRoleOrder(tx, owner.roleId);
      const before = await lockCurrentVersion<Question>(
        tx,
        { name: "roles.question q", entity: "question", columns: questionColumns(this.deps.db) },
        edit,
      );
      await apply(tx, before);
      const after = await this.read(tx, edit.id);
      if (after.version !== before.version) {
        await writeAuditEntry(tx, AUDIT_TABLE, this.audit(editor, action, before, after));
        await this.recordChange(tx, after, after.status !== before.status);
      }
      return after;
    });
    await this.outbox.deliver();
    return question;
  }

  private async read(tx: EntityManager, id: string): Promise<Question> {
    const [row] = await selectQuestionsById(tx, this.deps.db, [id], { published: false });
    if (!row) throw notFound("question", id);
    return row;
  }

  private audit(editor: Editor, action: string, before: Question | null, after: Question) {
    const entity = (q: Question) => ({ ...q }) as Record<string, unknown>;
    return {
      editor,
      action,
      entityType: "Question" as const,
      entityId: after.id,
      before: before && entity(before),
      after: entity(after),
      fields: AUDITED,
    };
  }

  /**
   * A question's change shows in every cached page of its role and in the entries of its role's
   * questions (a create or a move shifts the others' positions). Progress keeps which questions are
   * published: it hears of this one when its status changed.
   */
  private async recordChange(tx: EntityManager, question: Question, statusChanged: boolean): Promise<void> {
    const questions: { id: string }[] = await tx.query(`SELECT id FROM roles.question WHERE role_id = $1`, [
      question.roleId,
    ]);
    await this.outbox.record(tx, {
      cacheKeys: [
        catalogKeys.questionPagesOfRole(question.roleId),
        ...questions.map((q) => catalogKeys.questionById(q.id)),
      ],
      questionIds: statusChanged ? [question.id] : [],
    });
  }
}

/** Locks the role's row (so that changes to its order queue) and counts its questions. */
async function lockRoleOrder(tx: EntityManager, roleId: string): Promise<number> {
  const [role]: { id: string }[] = await tx.query(`SELECT id FROM roles.role WHERE id = $1 FOR UPDATE`, [
    roleId,
  ]);
  if (!role) throw notFound("role", roleId);
  return countQuestions(tx, roleId);
}

async function countQuestions(tx: EntityManager, roleId: string): Promise<number> {
  const [{ count }]: { count: number }[] = await tx.query(
    `SELECT count(*)::int AS count FROM roles.question WHERE role_id = $1`,
    [roleId],
  );
  return count;
}

/** Moves the questions at positions from..to by one place; uniqueness is checked at commit. */
async function shiftPositions(
  tx: EntityManager,
  roleId: string,
  range: { from: number; to: number; by: 1 | -1 },
) {
  if (range.from > range.to) return;
  await tx.query(`SET CONSTRAINTS roles.question_role_position_unique DEFERRED`);
  await tx.query(
    `UPDATE roles.question SET position = position + $4, version = version + 1, updated_at = now()
     WHERE role_id = $1 AND position BETWEEN $2 AND $3`,
    [roleId, range.from, range.to, range.by],
  );
}

async function setStatus(tx: EntityManager, id: string, status: ContentStatus): Promise<void> {
  await tx.query(
    `UPDATE roles.question SET status = $2, version = version + 1, updated_at = now()
     WHERE id = $1 AND status <> $2`,
    [id, status],
  );
}

async function replaceTopics(tx: EntityManager, questionId: string, topics: string[]): Promise<void> {
  await tx.query(`DELETE FROM roles.question_topic WHERE question_id = $1`, [questionId]);
  await tx.query(
    `INSERT INTO roles.question_topic (question_id, topic_slug) SELECT $1, slug FROM unnest($2::text[]) AS slug`,
    [questionId, topics],
  );
}

/** Every topic must exist: an unknown one is NOT_FOUND, naming its place in the list. */
async function requireTopics(tx: EntityManager, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  const rows: { slug: string }[] = await tx.query(
    `SELECT slug FROM roles.topic WHERE slug = ANY($1::text[])`,
    [topics],
  );
  const known = new Set(rows.map((row) => row.slug));
  const missing = topics.findIndex((slug) => !known.has(slug));
  if (missing >= 0) {
    const error = notFound("topic", topics[missing]);
    Object.assign(error.extensions, { field: `topicSlugs.${missing}` });
    throw error;
  }
}

function checkedTopics(topics: string[]): string[] {
  if (topics.length > MAX_TOPICS) throw badInput("topicSlugs", `must name at most ${MAX_TOPICS} topics`);
  topics.forEach((slug, i) => {
    if (!isSlug(slug))
      throw badInput(`topicSlugs.${i}`, "must be a slug (lowercase words joined by hyphens)");
  });
  return [...new Set(topics)];
}

function checkedType(type: QuestionType): void {
  if (!Object.values(QuestionType).includes(type))
    throw badInput("type", "must be BEHAVIORAL, TECHNICAL or SITUATIONAL");
}
