import { connectionType, type Page } from "@careergraph/schema";
import { Question } from "./question.entity";

export const QuestionConnection = connectionType(Question, "Question");
export type QuestionConnection = Page<Question>;
