import "reflect-metadata";
export { guidesSubgraph } from "./definition";
export { buildGuidesSchema } from "./schema";
export { guideKeysOf, seedGuides, writeGuides } from "./seed/seed-guides";
export { createGuidesOutbox } from "./content-changes";
export type { GuidesContext } from "./context";
