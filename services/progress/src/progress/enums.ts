import { registerEnumType } from "type-graphql";

export enum ProgressStatus {
  NOT_STARTED = "NOT_STARTED",
  LEARNING = "LEARNING",
  REVIEWING = "REVIEWING",
  MASTERED = "MASTERED",
}

export enum PracticeRating {
  AGAIN = "AGAIN",
  HARD = "HARD",
  GOOD = "GOOD",
  EASY = "EASY",
}

registerEnumType(ProgressStatus, {
  name: "ProgressStatus",
  description:
    "Where a question stands in the caller's spaced repetition; see progress-status.ts for the rule.",
});
registerEnumType(PracticeRating, {
  name: "PracticeRating",
  description: "How well the caller recalled the answer.",
});
