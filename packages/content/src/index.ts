export * from "./types";
export { rolePacks, topics, learningPaths } from "./pack";
export { roleIdFor, questionIdFor } from "./ids";
