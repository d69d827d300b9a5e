import { registerEnumType } from "type-graphql";

/** Where a piece of content is in its life: only PUBLISHED content is served to readers. */
export enum ContentStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

registerEnumType(ContentStatus, {
  name: "ContentStatus",
  description: "Only PUBLISHED content is served to readers.",
});
