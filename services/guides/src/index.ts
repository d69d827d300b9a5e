import "reflect-metadata";
export { guidesSubgraph } from "./definition";
export { buildGuidesSchema } from "./schema";
export { guideKeysOf, seedGuides, writeGuides } from "./seed/seed-guides";
export type { GuidesContext } from "./context";
