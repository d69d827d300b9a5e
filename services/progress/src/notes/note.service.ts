import type { SubgraphDeps } from "@careergraph/service";
import { badInput, limitExceeded, notFound, isUuid } from "@careergraph/federation";
import type { CatalogLoader } from "../catalog/catalog.loader";
import { NOTE_COLUMNS, type Note } from "./note.entity";
import type { AddNoteInput, UpdateNoteInput } from "./note.inputs";

export const MAX_BODY_LENGTH = 10_000;
export const MAX_HIGHLIGHT_LENGTH = 1_000;

/**
 * Writes to a learner's notes. Every statement is scoped by `user_id`: another user's note is
 * exactly as absent as one that does not exist (NOT_FOUND either way). UPDATE and DELETE are
 * wrapped in a SELECT because TypeORM answers those commands with `[rows, rowCount]`, not rows.
 */
export class NoteService {
  constructor(
    private readonly deps: SubgraphDeps,
    private readonly now: () => Date,
  ) {}

  /** Notes a published question; input is checked before anything is looked up or written. */
  async add(userId: string, input: AddNoteInput, catalog: CatalogLoader): Promise<Note> {
    const body = checkedBody(input.body);
    const highlight = checkedHighlight(input.highlight ?? null);
    const question = isUuid(input.questionId) ? await catalog.load(input.questionId) : null;
    if (!question) throw notFound("question", input.questionId);
    const now = this.now();
    const max = this.deps.config.operations.notesPerUserMax;
    // one statement: the count and the insert see the same snapshot (concurrent adds by one user can
    // each pass it, so the cap may be passed by as many adds as that user sends at the same instant)
    const [note]: Note[] = await this.deps.db.dataSource.query(
      `INSERT INTO progress.note AS n (user_id, question_id, body, highlight, created_at, updated_at)
       SELECT $1::text, $2::uuid, $3::text, $4::text, $5::timestamptz, $5::timestamptz
       WHERE (SELECT count(*) FROM progress.note WHERE user_id = $1) < $6
       RETURNING ${NOTE_COLUMNS}`,
      [userId, question.id, body, highlight, now, max],
    );
    if (!note) throw limitExceeded("notes per user", max);
    return note;
  }

  /** Changes the fields given: an omitted (or null) body stays, a null highlight is removed. */
  async update(userId: string, input: UpdateNoteInput): Promise<Note> {
    const body = input.body === undefined || input.body === null ? null : checkedBody(input.body);
    const changesHighlight = input.highlight !== undefined;
    const highlight = checkedHighlight(input.highlight ?? null);
    if (!isUuid(input.id)) throw notFound("note", input.id);
    const [note]: Note[] = await this.deps.db.dataSource.query(
      `WITH changed AS (
         UPDATE progress.note AS n SET body = coalesce($3, n.body),
           highlight = CASE WHEN $4::boolean THEN $5 ELSE n.highlight END, updated_at = $6
         WHERE n.id = $1 AND n.user_id = $2 RETURNING ${NOTE_COLUMNS}
       ) SELECT * FROM changed`,
      [input.id, userId, body, changesHighlight, highlight, this.now()],
    );
    if (!note) throw notFound("note", input.id);
    return note;
  }

  async delete(userId: string, id: string): Promise<true> {
    if (!isUuid(id)) throw notFound("note", id);
    const deleted: { id: string }[] = await this.deps.db.dataSource.query(
      `WITH deleted AS (DELETE FROM progress.note WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, userId],
    );
    if (deleted.length === 0) throw notFound("note", id);
    return true;
  }
}

/** Characters as PostgreSQL counts them (code points), so the check agrees with the table's. */
const characters = (text: string) => [...text].length;

function checkedBody(body: string): string {
  const trimmed = body.trim();
  if (characters(trimmed) === 0 || characters(trimmed) > MAX_BODY_LENGTH) {
    throw badInput("body", `must be 1 to ${MAX_BODY_LENGTH} characters`);
  }
  return trimmed;
}

/** An empty highlight is no highlight. */
function checkedHighlight(highlight: string | null): string | null {
  const trimmed = highlight?.trim() ?? "";
  if (characters(trimmed) > MAX_HIGHLIGHT_LENGTH)
    throw badInput("highlight", `must be at most ${MAX_HIGHLIGHT_LENGTH} characters`);
  return trimmed.length > 0 ? trimmed : null;
}
