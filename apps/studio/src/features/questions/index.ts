export { QuestionList } from "./question-list";
export { NewQuestionForm } from "./new-question-form";
export { QuestionEditorPage } from "./question-editor-page";
