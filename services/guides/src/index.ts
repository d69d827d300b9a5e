import "reflect-metadata";
export { guidesSubgraph } from "./definition";
export { buildGuidesSchema } from "./schema";
export { seedGuides } from "./pack/seed-guides";
export type { GuidesContext } from "./context";
