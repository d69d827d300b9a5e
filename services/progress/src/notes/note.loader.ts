import { batchLoad, newestFirstPageRows, rowsPerKey } from "@careergraph/db";
import { emptyPage, isUuid, pagesFromRows, type Page } from "@careergraph/schema";
import type { SubgraphDeps } from "@careergraph/service";
import type { ProgressKey } from "../progress/progress.loader";
import { Note } from "./note.entity";

/** A page of one learner's notes, newest first, after the keyset cursor (created_at, id). */
export interface NotePageKey {
  userId: string;
  first: number;
  afterCreatedAt: string | null;
  afterId: string | null;
  /** The cursor as the client sent it: an empty page hands it back. */
  after: string | null;
}

const noteKeyId = (key: ProgressKey) => `${key.userId}\u0000${key.questionId}`;

/** Per-user reads of notes: never cached, since they are one user's data. */
export function noteBatches({ db }: SubgraphDeps) {
  const columns = db.columns(Note, "n");
  return {
    notesOfQuestion: rowsPerKey<ProgressKey, Note>({
      validKey: (key) => isUuid(key.questionId),
      select: (keys) =>
        db.dataSource.query(
          `SELECT ${columns} FROM progress.note n
           WHERE (n.user_id, n.question_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))
           ORDER BY n.created_at DESC, n.id DESC`,
          [keys.map((k) => k.userId), keys.map((k) => k.questionId)],
        ),
      keyOf: (note) => noteKeyId(note),
      keyId: noteKeyId,
    }),
    notePage: batchLoad<NotePageKey, Page<Note>>({
      missing: emptyPage(),
      validKey: (key) => key.afterId === null || isUuid(key.afterId),
      fetch: async (keys) => {
        // timestamps are written at millisecond precision, so the cursor's ISO time compares exactly
        const rows = await newestFirstPageRows<Note>(
          db,
          { table: "progress.note", alias: "n", columns, scopeColumn: "user_id" },
          keys.map((k) => ({ ...k, scope: k.userId })),
        );
        return pagesFromRows(keys, rows, {
          kind: "note",
          keyOf: (note) => [note.createdAt.toISOString(), note.id],
        });
      },
    }),
  };
}
