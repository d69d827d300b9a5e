import "reflect-metadata";
export { rolesSubgraph } from "./definition";
export { buildRolesSchema } from "./schema";
export { seedCatalog } from "./seed/seed-catalog";
export { QuestionService } from "./question/question.service";
export type { NewQuestion } from "./question/question.service";
export { ContentStatus, QuestionType } from "./enums";
export { catalogServices } from "./context";
export type { RolesContext } from "./context";
