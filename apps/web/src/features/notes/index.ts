export { NotesPage } from "./notes-page";
export { QuestionNotes } from "./question-notes";
