export * from "./types";
export { rolePacks, topics, learningPaths } from "./pack";
export { roleIdFor, questionIdFor } from "./ids";
export { CONTENT_LIMITS, SLUG_PATTERN } from "./limits";
export { checkContentPack } from "./pack-file";
export type { ContentPackFile, PackProblem } from "./pack-file";
