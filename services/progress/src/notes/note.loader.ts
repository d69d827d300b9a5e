import { rowsGroupedByKey, type Database } from "@careergraph/db";
import { badInput, decodeCursor, encodeCursor, type Page, isUuid } from "@careergraph/federation";
import { NOTE_COLUMNS, type Note } from "./note.entity";

/** One learner's notes on these questions, newest first, grouped in key order: one statement. */
export async function fetchNotesOfQuestions(
  db: Database,
  userId: string,
  questionIds: readonly string[],
): Promise<Note[][]> {
  const valid = questionIds.filter(isUuid);
  const rows: Note[] = valid.length
    ? await db.dataSource.query(
        `SELECT ${NOTE_COLUMNS} FROM progress.note n WHERE n.user_id = $1 AND n.question_id = ANY($2::uuid[])
         ORDER BY n.created_at DESC, n.id DESC`,
        [userId, valid],
      )
    : [];
  return rowsGroupedByKey(questionIds, rows, (row) => row.questionId);
}

const CURSOR_KIND = "note";

/** A note's place in the newest-first order; timestamps are written at millisecond precision, so exact. */
function noteCursor(note: Note): string {
  return encodeCursor(CURSOR_KIND, `${note.createdAt.toISOString()}|${note.id}`);
}

function decodeNoteCursor(after: string | null): { createdAt: Date; id: string } | null {
  const key = decodeCursor(CURSOR_KIND, after);
  if (key === null) return null;
  const [time, id] = key.split("|");
  const createdAt = new Date(time);
  if (!id || !isUuid(id) || Number.isNaN(createdAt.getTime()))
    throw badInput("after", "is not a cursor from this list");
  return { createdAt, id };
}

/**
 * A page of one learner's notes, newest first, after a keyset cursor (created_at, id), with the
 * total: one statement, one row more than the page to know whether another follows.
 */
export async function fetchNotePage(
  db: Database,
  userId: string,
  first: number,
  after: string | null,
): Promise<Page<Note>> {
  const cursor = decodeNoteCursor(after);
  const rows: (Note & { total: number })[] = await db.dataSource.query(
    `SELECT t.total, page.* FROM (SELECT count(*)::int AS total FROM progress.note WHERE user_id = $1) t
     LEFT JOIN LATERAL (
       SELECT ${NOTE_COLUMNS} FROM progress.note n
       WHERE n.user_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
       ORDER BY n.created_at DESC, n.id DESC LIMIT $4
     ) page ON true`,
    [userId, cursor?.createdAt ?? null, cursor?.id ?? null, first + 1],
  );
  const notes = rows.filter((row) => row.id !== null).map(({ total: _total, ...note }) => note);
  const edges = notes.slice(0, first).map((node) => ({ cursor: noteCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: notes.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: rows[0]?.total ?? 0,
  };
}
