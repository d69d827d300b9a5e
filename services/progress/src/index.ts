import "reflect-metadata";
export { progressSubgraph, createProgressSubgraph } from "./definition";
export type { ProgressOptions } from "./definition";
export { buildProgressSchema } from "./schema";
export { progressStatus, MASTERED_AFTER_DAYS } from "./progress/progress-status";
export { PracticeRating, ProgressStatus } from "./progress/enums";
export type { ProgressContext } from "./context";
export type { Clock } from "./clock";
export { loadSyntheticPractice } from "./analytics";
