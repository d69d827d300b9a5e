import { registerEnumType } from "type-graphql";

export enum ContentStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

export enum QuestionType {
  BEHAVIORAL = "BEHAVIORAL",
  TECHNICAL = "TECHNICAL",
  SITUATIONAL = "SITUATIONAL",
}

registerEnumType(ContentStatus, {
  name: "ContentStatus",
  description: "Only PUBLISHED content is served to readers.",
});
registerEnumType(QuestionType, { name: "QuestionType" });
