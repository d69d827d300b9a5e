import "reflect-metadata";
export { guidesSubgraph } from "./definition";
export { buildGuidesSchema } from "./schema";
export { seedGuides } from "./seed/seed-guides";
export type { GuidesContext } from "./context";
