export { runMain, readConfig } from "./run-main";
export { repoRoot, fromRepoRoot } from "./repo-root";
