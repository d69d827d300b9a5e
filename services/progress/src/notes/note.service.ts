import type { SubgraphDeps } from "@careergraph/service";
import { checkedText, isUuid, notFound, quotaExceeded } from "@careergraph/schema";
import type { Clock } from "../clock";
import type { PublishedQuestionLoader } from "../context";
import { Note } from "./note.entity";
import type { AddNoteInput, UpdateNoteInput } from "./note.inputs";
import type { WriteRateLimiter } from "../write-rate/write-rate";

const MAX_BODY_LENGTH = 10_000;
const MAX_HIGHLIGHT_LENGTH = 1_000;

/**
 * Writes to a learner's notes. Every statement is scoped by `user_id`: another user's note is
 * exactly as absent as one that does not exist (NOT_FOUND either way). UPDATE and DELETE are
 * wrapped in a SELECT because TypeORM answers those commands with `[rows, rowCount]`, not rows.
 */
export class NoteService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly now: Clock,
    private readonly writeRate: WriteRateLimiter,
  ) {}

  private get columns(): string {
    return this.deps.db.columns(Note, "n");
  }

  /** Notes a published question; input is checked before anything is looked up or written. */
  async add(userId: string, input: AddNoteInput, publishedQuestion: PublishedQuestionLoader): Promise<Note> {
    const body = checkedBody(input.body);
    const highlight = checkedHighlight(input.highlight ?? null);
    await this.writeRate.spend(userId, "notes");
    const question = isUuid(input.questionId) ? await publishedQuestion.load(input.questionId) : null;
    if (!question) throw notFound("question", input.questionId);
    const now = this.now();
    const max = this.deps.config.operations.notesPerUserMax;
    // one statement: the count and the insert see the same snapshot (concurrent adds by one user can
    // each pass it, so the cap may be passed by as many adds as that user sends at the same instant)
    const [note]: Note[] = await this.deps.db.dataSource.query(
      `INSERT INTO progress.note AS n (user_id, question_id, body, highlight, created_at, updated_at)
       SELECT $1::text, $2::uuid, $3::text, $4::text, $5::timestamptz, $5::timestamptz
       WHERE (SELECT count(*) FROM progress.note WHERE user_id = $1) < $6
       RETURNING ${this.columns}`,
      [userId, question.id, body, highlight, now, max],
    );
    if (!note) throw quotaExceeded("notes per user", max);
    return note;
  }

  /** Changes the fields given: an omitted (or null) body stays, a null highlight is removed. */
  async update(userId: string, input: UpdateNoteInput): Promise<Note> {
    const body = input.body === undefined || input.body === null ? null : checkedBody(input.body);
    const changesHighlight = input.highlight !== undefined;
    const highlight = checkedHighlight(input.highlight ?? null);
    if (!isUuid(input.id)) throw notFound("note", input.id);
    await this.writeRate.spend(userId, "notes");
    const [note]: Note[] = await this.deps.db.dataSource.query(
      `WITH changed AS (
         UPDATE progress.note AS n SET body = coalesce($3, n.body),
           highlight = CASE WHEN $4::boolean THEN $5 ELSE n.highlight END, updated_at = $6
         WHERE n.id = $1 AND n.user_id = $2 RETURNING ${this.columns}
       ) SELECT * FROM changed`,
      [input.id, userId, body, changesHighlight, highlight, this.now()],
    );
    if (!note) throw notFound("note", input.id);
    return note;
  }

  async delete(userId: string, id: string): Promise<true> {
    if (!isUuid(id)) throw notFound("note", id);
    await this.writeRate.spend(userId, "notes");
    const deleted: { id: string }[] = await this.deps.db.dataSource.query(
      `WITH deleted AS (DELETE FROM progress.note WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    if (deleted.length === 0) throw notFound("note", id);
    return true;
  }
}

function checkedBody(body: string): string {
  return checkedText("body", body, { min: 1, max: MAX_BODY_LENGTH });
}

/** An empty highlight is no highlight. */
function checkedHighlight(highlight: string | null): string | null {
  const checked = checkedText("highlight", highlight ?? "", { min: 0, max: MAX_HIGHLIGHT_LENGTH });
  return checked.length > 0 ? checked : null;
}
