import { connectionType, type Page } from "@careergraph/federation";
import { Question } from "./question.entity";

export const QuestionConnection = connectionType(Question, "Question");
export type QuestionConnection = Page<Question>;
