import { registerEnumType } from "type-graphql";

export { ContentStatus } from "@careergraph/authoring";

export enum QuestionType {
  BEHAVIORAL = "BEHAVIORAL",
  TECHNICAL = "TECHNICAL",
  SITUATIONAL = "SITUATIONAL",
}

registerEnumType(QuestionType, { name: "QuestionType" });
