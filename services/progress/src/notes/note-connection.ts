import { connectionType, type Page } from "@careergraph/schema";
import { Note } from "./note.entity";

export const NoteConnection = connectionType(Note, "Note");
export type NoteConnection = Page<Note>;
